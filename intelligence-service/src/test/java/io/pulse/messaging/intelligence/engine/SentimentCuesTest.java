package io.pulse.messaging.intelligence.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The sarcasm, complaint and apology cues on the rules alone (no learned layer, no embedding): the examples,
 * which the lexicon alone reads the wrong way.
 */
class SentimentCuesTest {

    private final LexiconSentimentAnalyzer lexicon = LexiconSentimentAnalyzer.builtIn();
    private final LearnedSentimentAnalyzer rules = new LearnedSentimentAnalyzer(lexicon, text -> {
        throw new AssertionError("the rules alone embed nothing");
    }, null);

    private void negativeWhereTheLexiconWasNot(String text, String cue) {
        assertNotEquals(SentimentLabel.NEGATIVE, lexicon.analyze(text).label(), "the lexicon alone: " + text);
        SentimentResult result = rules.analyze(text);
        assertEquals(SentimentLabel.NEGATIVE, result.label(), text + " -> " + result);
        assertTrue(result.signals().stream().anyMatch(s -> s.kind().equals(cue) && s.effect() < 0), result.signals().toString());
    }

    @Test
    void sarcasmAboutAnOutageIsNegative() {
        negativeWhereTheLexiconWasNot("great, another outage. third time this week. love it.", "sarcasm");
        negativeWhereTheLexiconWasNot("Oh wonderful... the dashboard is down again. Fantastic monitoring", "sarcasm");
    }

    @Test
    void praiseExclaimedAndTrailedOffIsIronyOnItsOwn() {
        negativeWhereTheLexiconWasNot("Oh wonderful... Fantastic monitoring", "sarcasm");
        negativeWhereTheLexiconWasNot("oh great... just what we needed", "sarcasm");
        assertNotEquals(SentimentLabel.NEGATIVE, rules.analyze("Oh wonderful, thank you so much!").label());
        assertNotEquals(SentimentLabel.NEGATIVE, rules.analyze("The launch went great... everyone loved it").label());
    }

    @Test
    void complaintsAreNegative() {
        negativeWhereTheLexiconWasNot("second time this happens with your shop. I'd like a full refund", "complaint");
        negativeWhereTheLexiconWasNot("The refund still hasn't arrived after 3 weeks.", "complaint");
    }

    @Test
    void praiseOfAFixIsNoSarcasmAndRepetitionAloneIsNoSituation() {
        assertEquals(SentimentLabel.POSITIVE, rules.analyze("great, the outage is resolved and everything is back up").label());
        assertEquals(SentimentLabel.POSITIVE, rules.analyze("nice, the tests are green again").label());
        assertEquals(SentimentLabel.POSITIVE, rules.analyze("love the new dark mode").label());
    }

    @Test
    void anApologyIsEmpathyNotNegativity() {
        String apology = "I'm really sorry to hear that";
        assertEquals(SentimentLabel.NEGATIVE, lexicon.analyze(apology).label(), "the lexicon alone reads it negative");
        SentimentResult result = rules.analyze(apology);
        assertNotEquals(SentimentLabel.NEGATIVE, result.label(), result.toString());
        assertTrue(result.score() >= 0, result.toString());
        assertTrue(result.signals().stream().anyMatch(s -> s.kind().equals("apology") && s.effect() > 0));
        assertFalse(rules.analyze("sorry, but this is unacceptable").score() >= 0, "sorry, but ... is no apology");
    }
}
