package io.pulse.messaging.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The dispatched pattern finds exactly what {@code \b(alternatives)\b} finds, for lists written as the cues write them. */
class AlternativesTest {

    /** Lists in the shapes the cues use: groups leading, optional parts, digits, classes, lazy repeats. */
    private static final List<String> LISTS = List.of(
            "outages?|crash(es|ed|ing)?|broken|(is|are|was|were|went|goes|been|it's|site's|app's) down|down again|cancell?ed|"
                    + "errors?|bugs?|fail(s|ed|ing|ure)?|on hold|times out|doesn't work|never (arrives?|arrived|came|works)|"
                    + "charg(ed|ing) me twice|double[- ]charged|late|waiting|won't load|missing",
            "(fix|fixes|fixed|fixing|resolv(e|es|ed|ing)|look(ing)? into|sort(ing)? out|work(ing)? on) (the |this |a |my )?"
                    + "([\\w'-]+ ){0,3}?(bugs?|errors?|crash(es)?|outages?|issues?|problems?)",
            "again|another|still|every (single )?time|(second|third|nth|\\d+(st|nd|rd|th)) time|(two|three|\\d+) times|"
                    + "for the (second|third|\\d+(st|nd|rd|th)) (time|day|week)|in a row",
            "(after|for|in|over|since) (over |more than |almost |nearly )?(\\d+|two|three|several|many|a|one) (full )?"
                    + "(days|weeks|months|hours|week|month)|(\\d+|two|three) (days|weeks|months) (later|now|ago)|for ages|waited (\\d+|an?)",
            "(i'm|i am|we're|so|really|truly) sorry|sorry (for|about|to hear|to hear that|that you|again for)|apologies|apologi[sz]e",
            "great|love it|nice|thanks a lot|thanks so much|just what i needed|what a (joy|treat|delight)|fun|joy|yay|cool");

    private static final String[] WORDS = {"the", "site", "is", "down", "again", "still", "3", "33rd", "time", "times", "after",
        "for", "two", "weeks", "week", "sorry", "to", "hear", "that", "i'm", "great", "nice", "fixing", "fix", "login", "bug",
        "bugs", "crash", "crashes", "crashed", "outage", "double-charged", "double charged", "charged", "me", "twice", "in", "a",
        "row", "every", "single", "on", "hold", "what", "joy", "apologise", "apologize", "waited", "an", "hour", "never",
        "arrived", "won't", "load", "late", "later", "looking", "into", "error", "errors", "it's", "cancelled", "canceled",
        "second", "nth", "7th", "more", "than", "months", "ago", "fun", "funny", "cool", "coolant", "x", "-", "...", "!", ","};

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + ":" + m.group() + "|" + m.group(1));
        }
        return found;
    }

    @Test
    void findsWhatThePlainPatternFinds() {
        Random random = new Random(16);
        int matched = 0;
        for (String list : LISTS) {
            Pattern plain = Alternatives.plain(list);
            Pattern fast = Alternatives.words(list);
            assertNotEquals(plain.pattern(), fast.pattern(), "dispatched: " + list);
            for (int round = 0; round < 4000; round++) {
                StringBuilder text = new StringBuilder();
                int n = 1 + random.nextInt(14);
                for (int w = 0; w < n; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
                }
                List<String> expected = matches(plain, text.toString());
                matched += expected.isEmpty() ? 0 : 1;
                assertEquals(expected, matches(fast, text.toString()), list + " on: " + text);
                assertEquals(plain.matcher(text).replaceAll(m -> "#"), fast.matcher(text).replaceAll(m -> "#"));
            }
        }
        assertTrue(matched > 3000, "the texts exercise the lists: " + matched);
    }

    @Test
    void firstCharacters() {
        assertEquals(new TreeSet<>(List.of('a', 'b', 'f', 'i', 'w')), FirstChars.of("(is|are|was) down|bugs?|fail(s)?|(fix )?bug"));
        assertEquals(new TreeSet<>(List.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 's')), FirstChars.of("\\d+(st|nd) time|second"));
        assertEquals(new TreeSet<>(List.of('\u201c', '"')), FirstChars.of("[\"\u201c]fixed"));
        assertNull(FirstChars.of("(the )?"), "may match nothing");
        assertEquals(63, FirstChars.of("\\w+ bug").size(), "\\w: ASCII letters, digits and _");
        assertNull(FirstChars.of(".+ bug"), ". is not read");
        assertNull(FirstChars.of("(?=a)b"), "look-arounds are not read");
        assertEquals(Alternatives.plain("\\p{L}+ bug|crash").pattern(), Alternatives.words("\\p{L}+ bug|crash").pattern());
    }
}
