package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @Test
    void splitsSentencesButNotAbbreviationsOrUrls() {
        assertEquals(List.of("See https://example.com/a.b?c=1 for details.", "Then e.g. ask Dr. Who!", "Ok?", "new line here"),
                Text.sentences("See https://example.com/a.b?c=1 for details. Then e.g. ask Dr. Who! Ok?\nnew line here"));
    }

    /** What {@link Text#words} reads in one pass, said with the regular expressions it stands for. */
    private static List<String> wordsByPattern(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’_-]*").matcher(Pattern.compile("https?://\\S+").matcher(text).replaceAll(" "));
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[-'_]+$", "");
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    @Test
    void wordsAreTheTokensOfTheWordPatternWithUrlsLeftOut() {
        assertEquals(List.of("i'll", "send", "the", "deck", "to", "bob", "it's", "3rd", "q4", "re-check", "ok"),
                Text.words("I’ll send the deck to @Bob (https://x.io/a?b=1) — it's 3rd/Q4 re-check-- ok_'"));
        String[] parts = {"http://", "https://", "http", "https:/", "x.io/a", " ", "\t", "\n", "Bob", "don’t", "it's", "re-", "-", "_",
                "'", "’", "é", "e\u0301", "İ", "Ⅻ", "²", "٣", "\uD835\uDC00", "42", ",", ".", "?", "\u00A0"};
        Random random = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            assertEquals(wordsByPattern(text.toString()), Text.words(text.toString()), text.toString());
        }
    }

    @Test
    void termsDropStopwordsAndMeetAcrossInflections() {
        assertEquals(List.of("review", "pull", "request"), Text.terms("I reviewed the pull requests"));
        assertEquals(List.of("review", "releas"), Text.terms("reviewing releases"));
        assertEquals(List.of("review", "releas"), Text.terms("reviews released"));
        assertTrue(Text.terms("ok thanks, sure!").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Alice|I'll send the deck tomorrow.|Alice will send the deck tomorrow.",
            "Bob|I think we should ship it|Bob thinks we should ship it.",
            "Bob|I'm on it!|Bob is on it!",
            "Carol|I fixed the build.|Carol fixed the build.",
            "Carol|I can take the notes.|Carol can take the notes.",
            "Dave|ok so the build is green again|Dave: The build is green again.",
            "Dave|Is the build green?|Dave asks: Is the build green?",
            "Erin|I have the keys|Erin has the keys.",
            "Erin|I carry the boxes|Erin carries the boxes.",
    })
    void attributesStatementsInTheThirdPerson(String name, String sentence, String expected) {
        assertEquals(expected, Attribution.attribute(name, sentence));
    }
}
