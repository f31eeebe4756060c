package io.pulse.messaging.autoresponse.engine.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pulse.messaging.autoresponse.engine.MessageKind;

/** What the review of issue 14's smart replies found, one test per finding (the set rows are in messages.tsv). */
class ReviewFindingsTest {

    private final IntentClassifier classifier = new IntentClassifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hi, how are you?|GREETING",
            "Could you fix the login bug today?|REQUEST",
            "Is the office open on Monday?|QUESTION",
            "Could you approve the invoice for 12.50?|REQUEST",
            "The meeting is cancelled tomorrow.|INFORMATION",
            "Please push the hotfix to production today.|REQUEST",
            "Thanks a lot for fixing the login bug!|THANKS",
            "Great, can you fix the bug in the export?|REQUEST",
            "The refund arrived, thanks!|THANKS",
            "I still haven't received my refund.|REFUND",
            "I want a refund, the item arrived broken.|REFUND",
            "The reporter from the local paper called about the launch.|INFORMATION",
            "Let's meet on Friday at 10am.|SCHEDULING",
            "Can we move the meeting?|RESCHEDULE",
            "great, another outage. third time this week. love it.|COMPLAINT"
    })
    void theKindIsWhatTheMessageAsks(String message, MessageKind kind) {
        assertEquals(kind, classifier.classify(message).top(), message);
    }

    @Test
    void openQuestionsAreFoundWithoutAccents() {
        assertTrue(IntentCues.openQuestion("Cuando estara lista la factura?", "es"));
        assertTrue(IntentCues.openQuestion("¿Qué hora es?", "es"));
        assertFalse(IntentCues.openQuestion("¿Crees que estará lista?", "es"));
        assertTrue(IntentCues.openQuestion("Ou est le rapport ?", "fr"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Could you confirm I'm registered for the workshop?|confirm you're registered for the workshop",
            "Could you check you've got my address?|check I've got your address",
            "Can you confirm we're booked for Friday?|confirm you're booked for Friday",
            "Could you approve the invoice for 12.50?|approve the invoice for 12.50"
    })
    void contractedPronounsAreTurnedRound(String message, String action) {
        assertEquals(action, RequestedAction.in(message));
    }

    @Test
    void aBarePronounWhoseVerbWouldChangeIsNotNamed() {
        assertNull(RequestedAction.in("Could you confirm I am registered?"));
    }

    /** Every phrase that names the sender closes the name with punctuation, in every language. */
    @Test
    void theNameIsAlwaysFollowedByPunctuation() {
        for (String language : ReplyPhrases.SUPPORTED) {
            ReplyPhrases phrases = ReplyPhrases.of(language);
            for (Phrase phrase : Phrase.values()) {
                String text = phrases.text(phrase, new ReplyPhrases.Slots("Alex", "Friday", "send it", "#1", "it is", "it isn't"));
                assertFalse(text != null && text.contains(", Alex") && !text.matches(".*, Alex\\s?[,.!?].*"),
                        language + " " + phrase + ": " + text);
            }
        }
        ReplyPhrases.Slots alex = new ReplyPhrases.Slots("Alex", null, null, null, null, null);
        assertEquals("¡Hola, Alex!", ReplyPhrases.of("es").text(Phrase.GREETING_3, alex));
    }
}
