package io.pulse.messaging.autoresponse.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeywordConditionTest {

    private static boolean matches(KeywordMode mode, List<String> terms, String content) {
        return new KeywordCondition(mode, terms, null).check(Messages.of(content).facts()).passed();
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
        Check check = new KeywordCondition(KeywordMode.ALL, List.of("invoice", "overdue"), null)
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
        assertThrows(IllegalArgumentException.class, () -> new KeywordCondition(KeywordMode.ANY, List.of("!!"), null));
    }

    @Test
    void regexMatchesCaseInsensitivelyAndCombinesWithKeywords() {
        KeywordCondition order = new KeywordCondition(KeywordMode.ANY, List.of("order"), SafeRegex.compile("#\\d{5}"));
        assertTrue(order.check(Messages.of("Where is ORDER #12345?").facts()).passed());
        assertFalse(order.check(Messages.of("Where is order #12?").facts()).passed());
        assertFalse(order.check(Messages.of("Where is #12345?").facts()).passed());
        KeywordCondition onlyRegex = new KeywordCondition(null, List.of(), SafeRegex.compile("\\bREFUND\\b"));
        assertTrue(onlyRegex.check(Messages.of("i want a refund").facts()).passed());
    }

    @Test
    void regexLengthAndSyntaxAreCheckedOnCompile() {
        assertThrows(IllegalArgumentException.class, () -> SafeRegex.compile("a".repeat(SafeRegex.MAX_LENGTH + 1)));
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class, () -> SafeRegex.compile("(unclosed"));
        assertTrue(broken.getMessage().contains("missing closing )"), broken.getMessage());
        SafeRegex.compile("a".repeat(SafeRegex.MAX_LENGTH));
    }
}
