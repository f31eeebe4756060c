package io.pulse.messaging.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WordsAndStemsTest {

    @Test
    void wordsKeepContractionsAndHyphensAndSkipUrls() {
        assertEquals(List.of("don't", "follow-up", "on", "the", "v2_api", "see", "ok"),
                Words.of("Don’t follow-up on the v2_api -- see https://example.com/x?y=1 OK'"));
    }

    @Test
    void wordFormsMeetAsOneStem() {
        assertEquals(Stemmer.stem("review"), Stemmer.stem("reviews"));
        assertEquals(Stemmer.stem("review"), Stemmer.stem("reviewed"));
        assertEquals(Stemmer.stem("review"), Stemmer.stem("reviewing"));
        assertEquals("reply", Stemmer.stem("replies"));
        assertEquals("reply", Stemmer.stem("replied"));
        assertEquals(Stemmer.stem("plan"), Stemmer.stem("planned"));
        assertEquals("customer", Stemmer.stem("customer's"));
        assertEquals("class", Stemmer.stem("class"));
        assertNotEquals(Stemmer.stem("general"), Stemmer.stem("generate"));
    }

    @Test
    void domainWordsAddToTheFunctionWords() {
        Set<String> chat = StopWords.plus("thanks", "ok");
        assertTrue(chat.contains("the") && chat.contains("thanks"));
        assertTrue(StopWords.isStopWord("would"));
        assertFalse(StopWords.isStopWord("refund"));
        assertFalse(StopWords.isStopWord("down"), "'the site is down' carries meaning");
    }
}
