package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The article a word takes, and a user's quoted idea left as written. */
class AgreementTest {

    @Test
    void articlesFollowTheSoundNotTheLetter() {
        assertEquals("a", Agreement.indefinite("user"));
        assertEquals("a", Agreement.indefinite("unique"));
        assertEquals("a", Agreement.indefinite("one-page"));
        assertEquals("an", Agreement.indefinite("hour"));
        assertEquals("an", Agreement.indefinite("SMS"));
        assertEquals("an", Agreement.indefinite("uninstall"));
        assertEquals("an", Agreement.indefinite("unintended"));
        assertEquals("an", Agreement.indefinite("unimportant"));
        assertEquals("an", Agreement.indefinite("idea"));
    }

    @Test
    void aQuotedIdeaKeepsItsOwnArticles() {
        SentencePlan plan = SentencePlan.of("Reverse {idea}: what if it were a {thing} instead?");
        String sentence = plan.render(Map.of(
                "idea", new SentencePlan.Filler("\"Warn users about an unintended charge\"", false),
                "thing", new SentencePlan.Filler("opt-in", false)));
        assertEquals("Reverse \"Warn users about an unintended charge\": what if it were an opt-in instead?", sentence);
    }
}
