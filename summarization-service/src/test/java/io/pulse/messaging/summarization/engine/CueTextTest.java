package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnJre;
import org.junit.jupiter.api.condition.JRE;

class CueTextTest {

    /**
     * The phrase lists stand for {@code \b(...)\b} alternations, so a word must end where {@code \b} says it does, for
     * every character: alone, and after a letter (where a combining mark joins the word).
     */
    // Compared with java.util.regex as it behaves on Java 17, whose \b CueText reproduces (Java 19 made \b
    // ASCII-only unless UNICODE_CHARACTER_CLASS is set). CueText keeps the engine's words the same on every JDK; on a
    // newer one this reference is not Java 17's any more, so the comparison runs on 17 only (what CI and the images use).
    @EnabledOnJre(JRE.JAVA_17)
    @Test
    void wordCharactersAreThoseOfTheRegularExpressionWordBoundary() {
        Pattern boundaryAtStart = Pattern.compile("\\b");
        Pattern boundaryAfterA = Pattern.compile("a\\b");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String alone = String.valueOf(c);
            assertEquals(boundaryAtStart.matcher(alone).lookingAt(), CueText.isWordAt(alone, 0), "U+" + Integer.toHexString(c));
            String afterA = "a" + c;
            assertEquals(!boundaryAfterA.matcher(afterA).lookingAt(), CueText.isWordAt(afterA, 1), "a U+" + Integer.toHexString(c));
        }
    }

    @Test
    void cutsTheLowerCasedTextIntoWordsOnce() {
        CueText text = CueText.of("I’ll send it, don't-forget_x Café\u0301 #42!");
        assertEquals("i'll send it, don't-forget_x café\u0301 #42!", text.lower());
        List<String> words = new ArrayList<>();
        for (int k = 0; k < text.size(); k++) {
            words.add(text.word(k));
            assertEquals(text.word(k), text.lower().substring(text.start(k), text.end(k)));
        }
        assertEquals(List.of("i", "ll", "send", "it", "don", "t", "forget_x", "café\u0301", "42"), words);
        assertTrue(text.hasDigit());
        assertTrue(text.has("forget_x"));
        assertFalse(text.has("forget"));
        assertEquals(1, text.wordFrom(2)); // "ll"
        assertEquals(2, text.wordFrom(3)); // "send"
        assertEquals(text.size(), text.wordFrom(text.lower().length()));
    }
}
