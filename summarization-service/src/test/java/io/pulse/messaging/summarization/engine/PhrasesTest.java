package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnJre;
import org.junit.jupiter.api.condition.JRE;

/**
 * The phrase matcher finds what the regular expression it stands for finds ({@code \b(phrases)\b}, with the same
 * lookahead), at the same places: checked on many random texts built from the phrases' own words, the characters
 * that decide where words end (apostrophes, hyphens, underscores, accents, combining marks) and some noise.
 */
class PhrasesTest {

    private static final String[] PATTERNS = {
            "we decided|decided to|decided on|we've decided|(i|we)('ve| have)? approved|go ahead with|lets go with|let's go with",
            "need(s)? to|ha(s|ve) to|to-do|todo|follow up|follow-up|make sure (to|that|you|we)|don't forget to",
            "change of plans?|changed? our minds?|switch(ing)? to|no go|not anymore|decision is (still )?(pending|open|not)",
            "done|did it|taken care of|all set|sent|merged|complete|completed|wrapped up",
    };
    private static final String UNLESS = " (note|see (attached|below)|let me know if)";

    private static final String[] NOISE = {" ", " ", "  ", ", ", ". ", "'", "’", "-", "_", "é", "e\u0301", "\u0301", "x", "s", "d", "1",
            "\n", "!", ":", "@", "İ", "ß", "\uD835\uDC00", "it", "me"};

    @Test
    void expandsAlternativesInTheOrderARegularExpressionTriesThem() {
        assertEquals(List.of("i've approved", "i have approved", "i approved", "we've approved", "we have approved", "we approved"),
                Phrases.expand("(i|we)('ve| have)? approved"));
        assertEquals(List.of("change of plans", "change of plan", "let it go"), Phrases.expand("change of plans?|let it go"));
    }

    // Compared with java.util.regex as it behaves on Java 17, whose \b CueText reproduces (Java 19 made \b
    // ASCII-only unless UNICODE_CHARACTER_CLASS is set). CueText keeps the engine's words the same on every JDK; on a
    // newer one this reference is not Java 17's any more, so the comparison runs on 17 only (what CI and the images use).
    @EnabledOnJre(JRE.JAVA_17)
    @Test
    void findsWhatTheRegularExpressionFinds() {
        Random random = new Random(42);
        for (String pattern : PATTERNS) {
            Phrases phrases = Phrases.builder().add(pattern).build();
            Phrases unless = Phrases.builder().add(pattern, Phrases.wordEndUnlessFollowedBy(UNLESS)).build();
            Pattern regex = Pattern.compile("\\b(" + pattern + ")\\b");
            Pattern regexUnless = Pattern.compile("\\b(" + pattern + ")\\b(?!" + UNLESS + ")");
            List<String> words = new ArrayList<>(Phrases.expand(pattern));
            words.addAll(Phrases.expand(UNLESS.strip()));
            for (int n = 0; n < 20_000; n++) {
                String text = randomText(random, words);
                CueText cue = CueText.ofLower(text);
                assertEquals(regex.matcher(text).find(), phrases.in(cue), text);
                assertEquals(starts(regex, text), phrases.matches(cue), text);
                assertEquals(regexUnless.matcher(text).find(), unless.in(cue), text);
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(text.length() - from + 1);
                if (cutsNoWord(text, from) && cutsNoWord(text, to)) {
                    assertEquals(regex.matcher(text.substring(from, to)).find(), phrases.in(cue, from, to), text + " [" + from + ", " + to + ")");
                }
            }
        }
    }

    // Compared with java.util.regex as it behaves on Java 17, whose \b CueText reproduces (Java 19 made \b
    // ASCII-only unless UNICODE_CHARACTER_CLASS is set). CueText keeps the engine's words the same on every JDK; on a
    // newer one this reference is not Java 17's any more, so the comparison runs on 17 only (what CI and the images use).
    @EnabledOnJre(JRE.JAVA_17)
    @Test
    void findsTextAnywhereToo() {
        Phrases negation = Phrases.builder().add("not|no one").anywhere("n't", Phrases.WORD_END).build();
        Pattern regex = Pattern.compile("\\b(not|no one)\\b|n't\\b");
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random, List.of("not", "no one", "n't", "don't", "can't", "won't", "nothing", "t"));
            CueText cue = CueText.ofLower(text);
            assertEquals(regex.matcher(text).find(), negation.in(cue), text);
            assertEquals(starts(regex, text), negation.matches(cue), text);
        }
    }

    private static String randomText(Random random, List<String> words) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            if (random.nextInt(3) == 0) {
                text.append(NOISE[random.nextInt(NOISE.length)]);
            }
            String word = words.get(random.nextInt(words.size()));
            if (random.nextInt(4) == 0) {
                word = word.substring(0, random.nextInt(word.length() + 1)); // a phrase cut short
            }
            text.append(word).append(NOISE[random.nextInt(NOISE.length)]);
        }
        return text.toString();
    }

    private static List<Phrases.Match> starts(Pattern regex, String text) {
        List<Phrases.Match> found = new ArrayList<>();
        Matcher m = regex.matcher(text);
        while (m.find()) {
            found.add(new Phrases.Match(m.start(), m.end()));
        }
        return found;
    }

    private static boolean cutsNoWord(String text, int i) {
        if (i == 0 || i == text.length()) {
            return true;
        }
        return !Character.isLowSurrogate(text.charAt(i))
                && !(CueText.isWordAt(text, text.offsetByCodePoints(i, -1)) && CueText.isWordAt(text, i));
    }
}
