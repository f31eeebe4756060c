package io.pulse.messaging.autoresponse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Patterns run on RE2/J: linear in the text, so no pattern is catastrophic; what RE2 cannot run is refused on save. */
class SafeRegexTest {

    private static SafeRegex.Outcome find(String pattern, String text) {
        return SafeRegex.compile(pattern).find(text);
    }

    @Test
    void patternsThatBacktrackCatastrophicallyElsewhereAnswerCorrectly() {
        String hostile = "a".repeat(19_990) + "c ab";
        // Under a backtracking engine each of these runs for longer than the universe's age on this text.
        assertEquals(SafeRegex.Outcome.NO_MATCH, find("(a+)+$", hostile));
        assertEquals(SafeRegex.Outcome.MATCH, find("(a+)+b", hostile));
        assertEquals(SafeRegex.Outcome.NO_MATCH, find("(.*a){12}$", "a".repeat(60) + "!"));
        assertEquals(SafeRegex.Outcome.MATCH, find("(.*a){12}$", "a".repeat(12)));
        assertEquals(SafeRegex.Outcome.NO_MATCH, find("(x+x+)+y", "x".repeat(20_000)));
        assertEquals(SafeRegex.Outcome.NO_MATCH, find("(a|aa)+$", "a".repeat(20_000) + "!"));
        assertEquals(SafeRegex.Outcome.NO_MATCH, find("b{3}", "a".repeat(5000)));
    }

    @Test
    void syntaxTheLinearTimeEngineCannotRunIsRefused() {
        for (String pattern : List.of("(a)\\1", "(?=a)b", "a(?!b)", "(?<=a)b", "(?<!a)b", "a++", "(?>a)", "a\\Z", "\\Ga")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SafeRegex.compile(pattern), pattern);
            assertTrue(e.getMessage().contains("RE2") && e.getMessage().contains("backreferences"), e.getMessage());
        }
    }

    @Test
    void aPatternThatWouldCompileToAHugeProgramIsRefusedBeforeItIsCompiled() {
        for (String pattern : List.of("((a{1000}){1000}){1000}", "(a{100}){20}", "[a-z]{1000}(x|y){2}", "(\\w{999}){3}")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SafeRegex.compile(pattern), pattern);
            assertTrue(e.getMessage().contains("repeats too much"), e.getMessage());
        }
        assertTrue(SafeRegex.compile("order\\s+#?\\d{5,}").weight() > SafeRegex.STEP_COST);
        assertTrue(SafeRegex.compile("[a-z]{900}").weight() <= SafeRegex.MAX_PROGRAM + SafeRegex.STEP_COST);
    }

    @Test
    void classesAreUnicodeAndCaseIsIgnoredInEveryScript() {
        assertEquals(SafeRegex.Outcome.MATCH, find("^\\w+$", "Müller"));
        assertEquals(SafeRegex.Outcome.MATCH, find("^\\w+$", "東京"));
        assertEquals(SafeRegex.Outcome.MATCH, find("^[\\w-]+$", "jean-françois"));
        assertEquals(SafeRegex.Outcome.MATCH, find("^\\d{3}$", "٣٤٥"));
        assertEquals(SafeRegex.Outcome.MATCH, find("a\\sb", "a\u00A0b"));
        assertEquals(SafeRegex.Outcome.NO_MATCH, find("\\W", "café"));
        assertEquals(SafeRegex.Outcome.MATCH, find("\\S\\D", "é!"));
        assertEquals(SafeRegex.Outcome.MATCH, find("café", "CAFÉ"));
        assertEquals(SafeRegex.Outcome.MATCH, find("\\Qa.b\\E", "xa.by"));
        assertEquals(SafeRegex.Outcome.NO_MATCH, find("\\Qa.b\\E", "axb"));
        assertEquals(SafeRegex.Outcome.MATCH, find("[[:digit:]]{2}\\p{L}", "12é"));
    }

    @Test
    void aStoredPatternTheEngineCannotRunNeverMatchesAndSaysWhy() {
        SafeRegex stored = SafeRegex.lenient("(re)fund \\1");
        assertFalse(stored.supported());
        assertEquals(0, stored.weight());
        assertEquals(SafeRegex.Outcome.UNSUPPORTED, stored.find("refund re"));
        KeywordCondition condition = new KeywordCondition(null, List.of(), stored);
        Check check = condition.check(Messages.of("refund re").facts());
        assertFalse(check.passed());
        assertTrue(check.reason().contains("never matches") && check.reason().contains("backreferences"), check.reason());
        assertFalse(condition.matches(Messages.of("refund re").facts()));
        assertTrue(SafeRegex.lenient("refund").supported());
    }

    @Test
    void anyTextIsEitherAPatternOrAnErrorForTheUser() {
        String alphabet = "ab\\()[]{}|*+?^$.,-:=!<>0123456789wdsWDSbBpPQExuL\u00e9 ";
        Random random = new Random(15);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder pattern = new StringBuilder();
            for (int n = 1 + random.nextInt(40); n > 0; n--) {
                pattern.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String source = pattern.toString();
            try {
                SafeRegex.compile(source).find("abc 123 \u00e9t\u00e9 ((a)) [x]");
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank(), source);
            }
            assertFalse(SafeRegex.lenient(source).supported() && SafeRegex.lenient(source).weight() > SafeRegex.MAX_PROGRAM + SafeRegex.STEP_COST,
                    source);
        }
        SafeRegex.lenient("(".repeat(100) + ")".repeat(100));
        SafeRegex.lenient("[".repeat(200));
        SafeRegex.lenient("\\");
    }
}
