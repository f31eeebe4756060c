package io.pulse.messaging.autoresponse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class KeywordConditionTest {

    private static boolean matches(KeywordMode mode, List<String> terms, String content) {
        return new KeywordCondition(mode, terms, null, null).check(Messages.of(content).facts()).passed();
    }

    @Test
    void anyMatchesWholeWordsOnly() {
        assertTrue(matches(KeywordMode.ANY, List.of("price"), "What is the price?"));
        assertFalse(matches(KeywordMode.ANY, List.of("price"), "That was priceless"));
        assertFalse(matches(KeywordMode.ANY, List.of("cat"), "concatenate the catalogue"));
        assertTrue(matches(KeywordMode.ANY, List.of("cat", "dog"), "my dog is ill"));
        assertTrue(matches(KeywordMode.ANY, List.of("e-mail"), "send me an e mail please")); // punctuation is a word break
    }

    @Test
    void caseAndAccentsAreIgnoredInBothDirections() {
        assertTrue(matches(KeywordMode.ANY, List.of("café"), "Meet at the CAFE"));
        assertTrue(matches(KeywordMode.ANY, List.of("cafe"), "Rendez-vous au Café"));
        assertTrue(matches(KeywordMode.ANY, List.of("Straße"), "die STRASSE ist gesperrt"));
        assertTrue(matches(KeywordMode.ANY, List.of("naïve"), "a NAIVE question"));
        assertFalse(matches(KeywordMode.ANY, List.of("résumé"), "resumes"));
    }

    @Test
    void unicodeWordsInOtherScripts() {
        assertTrue(matches(KeywordMode.ANY, List.of("привет"), "Привет, как дела?"));
        assertTrue(matches(KeywordMode.ANY, List.of("Ελλάδα"), "ταξίδι στην ελλαδα"));
        assertFalse(matches(KeywordMode.ANY, List.of("привет"), "приветствую"));
        assertTrue(matches(KeywordMode.ANY, List.of("２０２６"), "in 2026 we"), "full-width digits fold (NFKD)");
    }

    @Test
    void scriptsWithoutSpacesMatchTheKeywordsCharactersInOrder() {
        assertTrue(matches(KeywordMode.ANY, List.of("会议"), "明天的会议改到下午三点"));
        assertFalse(matches(KeywordMode.ANY, List.of("会议"), "议会明天开会"), "the characters must be adjacent and in order");
        assertTrue(matches(KeywordMode.ANY, List.of("ミーティング"), "明日のミーティングは中止です"));
        assertTrue(matches(KeywordMode.ANY, List.of("iPhone"), "我的iPhone坏了"), "a Latin word inside Chinese text stays a word");
        assertFalse(matches(KeywordMode.ANY, List.of("phone"), "我的iPhone坏了"));
        assertTrue(matches(KeywordMode.ANY, List.of("ประชุม"), "พรุ่งนี้มีประชุมตอนเช้า"));
        assertTrue(matches(KeywordMode.ALL, List.of("退款", "订单"), "订单12345还没有退款"));
    }

    @Test
    void allNeedsEveryKeywordAnywhere() {
        assertTrue(matches(KeywordMode.ALL, List.of("invoice", "overdue"), "The overdue amount on invoice 12"));
        assertFalse(matches(KeywordMode.ALL, List.of("invoice", "overdue"), "Invoice 12 is paid"));
        Check check = new KeywordCondition(KeywordMode.ALL, List.of("invoice", "overdue"), null, null)
                .check(Messages.of("invoice attached").facts());
        assertTrue(check.reason().contains("'overdue'"), check.reason());
    }

    @Test
    void phraseNeedsTheWordsAdjacentAndInOrder() {
        assertTrue(matches(KeywordMode.PHRASE, List.of("out of office"), "I am OUT of Office today"));
        assertFalse(matches(KeywordMode.PHRASE, List.of("out of office"), "office is out of paper"));
        assertFalse(matches(KeywordMode.PHRASE, List.of("out of office"), "out of the office"));
        assertTrue(matches(KeywordMode.PHRASE, List.of("call me", "ring me"), "please, ring   me back"));
    }

    @Test
    void aKeywordWithoutLettersIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new KeywordCondition(KeywordMode.ANY, List.of("!!"), null, null));
    }

    @Test
    void regexMatchesCaseInsensitivelyAndCombinesWithKeywords() {
        KeywordCondition order = new KeywordCondition(KeywordMode.ANY, List.of("order"), SafeRegex.compile("#\\d{5}"), null);
        assertTrue(order.check(Messages.of("Where is ORDER #12345?").facts()).passed());
        assertFalse(order.check(Messages.of("Where is order #12?").facts()).passed());
        assertFalse(order.check(Messages.of("Where is #12345?").facts()).passed());
        KeywordCondition onlyRegex = new KeywordCondition(null, List.of(), SafeRegex.compile("\\bREFUND\\b"), null);
        assertTrue(onlyRegex.check(Messages.of("i want a refund").facts()).passed());
    }

    @Test
    void regexLengthAndSyntaxAreCheckedOnCompile() {
        assertThrows(IllegalArgumentException.class, () -> SafeRegex.compile("a".repeat(SafeRegex.MAX_LENGTH + 1)));
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class, () -> SafeRegex.compile("(unclosed"));
        assertTrue(broken.getMessage().contains("position"), broken.getMessage());
        SafeRegex.compile("a".repeat(SafeRegex.MAX_LENGTH));
    }

    @Test
    void theMessagesBudgetIsSharedByEveryPatternOfEveryRule() {
        KeywordCondition benign = new KeywordCondition(null, List.of(), SafeRegex.compile("refund"), Duration.ofMillis(25));
        IncomingMessage message = Messages.of("I want a refund").build();
        assertTrue(benign.check(new MessageFacts(message, Duration.ofSeconds(10))).passed());
        // Once earlier patterns have spent the message's budget, later ones are not run and count as no match.
        MessageFacts spent = new MessageFacts(message, Duration.ofMillis(5));
        spent.spentOnRegex(Duration.ofMillis(5).toNanos());
        Check check = benign.check(spent);
        assertFalse(check.passed());
        assertTrue(check.reason().contains("budget"), check.reason());
        assertFalse(benign.matches(spent));
        // What is left of the message's budget caps a pattern's own.
        MessageFacts low = new MessageFacts(message, Duration.ofMillis(3));
        assertEquals(Duration.ofMillis(3), low.regexBudget(Duration.ofMillis(25)));
        assertEquals(Duration.ofMillis(1), new MessageFacts(message, Duration.ofSeconds(1)).regexBudget(Duration.ofMillis(1)));
    }

    @Test
    void aCatastrophicPatternIsAbandonedWithinItsBudget() {
        SafeRegex evil = SafeRegex.compile("(.*a){12}$"); // polynomial backtracking of degree 12: hours on this input
        String hostile = "a".repeat(60) + "!";
        // A fake clock that advances 1 ms on every read: the budget of 25 ms runs out after ~25 checks.
        AtomicLong fakeNanos = new AtomicLong();
        assertEquals(SafeRegex.Outcome.TIMED_OUT, evil.find(hostile, Duration.ofMillis(25), () -> fakeNanos.addAndGet(1_000_000)));
        // With the real clock too, it returns (the unbounded search would take longer than the universe's age).
        assertEquals(SafeRegex.Outcome.TIMED_OUT, evil.find(hostile, Duration.ofMillis(25)));
        Check check = new KeywordCondition(null, List.of(), evil, Duration.ofMillis(10)).check(Messages.of(hostile).facts());
        assertFalse(check.passed());
        assertTrue(check.reason().contains("time budget"), check.reason());
        // The same pattern on benign input still answers normally (a frozen clock: the verdict must not depend on load).
        assertEquals(SafeRegex.Outcome.MATCH, evil.find("a".repeat(12), Duration.ofMillis(25), () -> 0L));
        assertEquals(SafeRegex.Outcome.NO_MATCH, SafeRegex.compile("b{3}").find("a".repeat(5000), Duration.ofMillis(25), () -> 0L));
    }
}
