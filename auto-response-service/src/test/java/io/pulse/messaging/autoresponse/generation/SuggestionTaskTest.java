package io.pulse.messaging.autoresponse.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.engine.LocalSuggestionEngine;
import io.pulse.messaging.autoresponse.engine.MessageKind;
import io.pulse.messaging.autoresponse.engine.SuggestionEngine;
import io.pulse.messaging.autoresponse.engine.Tone;
import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.Prompt;

class SuggestionTaskTest {

    private static final String MESSAGE = "Could we push our call from Thursday to Friday morning? Something came up on Thursday.";

    private final SuggestionTask task = new SuggestionTask(MESSAGE, "Priya", Tone.BRIEF, "en", new LocalSuggestionEngine());

    @Test
    void thePromptCarriesTheMessageAsDataWithToneAndLanguage() throws ModelFailure {
        Prompt prompt = task.prompt(6000);
        assertTrue(prompt.instructions().contains("Write 3 distinct replies"), prompt.instructions());
        assertTrue(prompt.data().contains("\"message\":\"" + MESSAGE + "\""), prompt.data());
        assertTrue(prompt.data().contains("\"tone\":\"brief\"") && prompt.data().contains("\"languageHint\":\"en\""), prompt.data());
        assertTrue(prompt.data().contains("\"senderFirstName\":\"Priya\""), prompt.data());
    }

    @Test
    void aLongMessageIsCutToTheBudgetAndSaysSo() throws ModelFailure {
        String longMessage = "Could we move our call to Friday? " + "Here is some background on the project. ".repeat(400);
        Prompt prompt = new SuggestionTask(longMessage, null, null, null, new LocalSuggestionEngine()).prompt(1500);
        assertTrue(prompt.estimatedTokens() <= 1500, "estimated " + prompt.estimatedTokens());
        assertTrue(prompt.data().contains("\"messageCut\":true") && prompt.data().contains("Could we move our call to Friday?"));
        ModelFailure failure = assertThrows(ModelFailure.class,
                () -> new SuggestionTask(longMessage, null, null, null, new LocalSuggestionEngine()).prompt(500));
        assertEquals(FallbackReason.OVER_BUDGET, failure.reason());
    }

    @Test
    void validSuggestionsAreKeptAndBadOnesDropped() throws ModelFailure {
        String answer = """
                {"kinds": [{"kind": "reschedule", "score": 0.9}, {"kind": "postponement", "score": 0.5}],
                 "suggestions": [
                   {"text": "Sure, Friday morning works. 10am?", "kind": "reschedule", "confidence": 0.84},
                   {"text": "sure, friday morning works. 10am?", "kind": "scheduling", "confidence": 0.8},
                   {"text": "Friday is packed, could we do Monday instead?", "kind": "scheduling", "confidence": 1.4},
                   {"text": "Pick a slot at https://cal.example.com/me", "kind": "scheduling", "confidence": 0.6},
                   {"text": "No problem, what time on Friday suits you?", "kind": "question", "confidence": 0.55},
                   {"text": "Hope all is well!", "kind": "smalltalk", "confidence": 0.3}]}""";
        Drops drops = Drops.uncounted();
        SuggestionEngine.Result result = task.accept(answer, drops);
        assertEquals(List.of("Sure, Friday morning works. 10am?", "No problem, what time on Friday suits you?"),
                result.suggestions().stream().map(SuggestionEngine.Suggestion::text).toList());
        assertEquals(List.of(MessageKind.RESCHEDULE, MessageKind.QUESTION), result.suggestions().stream().map(SuggestionEngine.Suggestion::kind).toList());
        assertEquals(List.of(new SuggestionEngine.Classification(MessageKind.RESCHEDULE, 0.9)), result.kinds());
        assertEquals(5, drops.count()); // duplicate, confidence, link, kind of a suggestion, kind of the message
    }

    @Test
    void atMostFiveAreKeptAndKindsFollowTheSuggestionsWhenTheAnswerHasNone() throws ModelFailure {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            items.append(i > 1 ? "," : "").append("{\"text\": \"Option ").append(i).append(": Friday works.\", \"kind\": \"scheduling\", \"confidence\": 0.5}");
        }
        SuggestionEngine.Result result = task.accept("{\"suggestions\": [" + items + "]}", Drops.uncounted());
        assertEquals(5, result.suggestions().size());
        assertEquals(List.of(new SuggestionEngine.Classification(MessageKind.SCHEDULING, 0.5)), result.kinds());
    }

    @Test
    void anAnswerWithNothingUsableIsInvalidOutput() {
        for (String answer : List.of("Here are some replies: 1. Sure!", "{\"suggestions\": []}",
                "{\"suggestions\": [{\"text\": \"Sure\", \"kind\": \"scheduling\", \"confidence\": \"high\"}]}",
                "{\"suggestions\": [{\"text\": \"[Your reply here]\", \"kind\": \"scheduling\", \"confidence\": 0.5}]}")) {
            ModelFailure failure = assertThrows(ModelFailure.class, () -> task.accept(answer, Drops.uncounted()), answer);
            assertEquals(FallbackReason.INVALID_OUTPUT, failure.reason(), answer);
        }
    }
}
