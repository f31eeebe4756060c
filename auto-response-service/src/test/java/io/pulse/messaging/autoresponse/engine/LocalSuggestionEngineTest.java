package io.pulse.messaging.autoresponse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LocalSuggestionEngineTest {

    private final LocalSuggestionEngine engine = new LocalSuggestionEngine();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What time does the store open?|QUESTION",
            "Could you please send me the report by Friday|REQUEST",
            "Thank you so much for your help!|THANKS",
            "Are you free for a call on Tuesday at 3pm?|SCHEDULING",
            "Hi Bob!|GREETING",
            "This is unacceptable, the app is still not working and I want a refund!!|COMPLAINT",
            "Sorry, my mistake, I sent the wrong file|APOLOGY",
            "URGENT: the server is down, need help asap|URGENT",
            "FYI the new prices are attached|INFORMATION"
    })
    void classifiesEachKindAndOffersThreeDistinctReplies(String message, MessageKind expected) {
        SuggestionEngine.Result result = engine.suggest(message, "Anna");
        assertEquals(expected, result.kinds().get(0).kind(), result.kinds().toString());
        assertEquals(3, result.suggestions().size());
        assertEquals(3, new HashSet<>(result.suggestions().stream().map(SuggestionEngine.Suggestion::text).toList()).size());
        assertEquals(expected, result.suggestions().get(0).kind());
        for (SuggestionEngine.Suggestion s : result.suggestions()) {
            assertTrue(s.confidence() > 0 && s.confidence() <= 1, s.toString());
            assertTrue(s.text().length() <= 100, s.text());
        }
        assertTrue(result.suggestions().get(0).confidence() >= result.suggestions().get(1).confidence());
    }

    @Test
    void schedulingRepliesReuseTheProposedTime() {
        SuggestionEngine.Result result = engine.suggest("Can we meet on tuesday at 3 pm?", null);
        assertEquals("Tuesday at 3pm works for me.", result.suggestions().get(0).text());
    }

    @Test
    void deterministicForTheSameInput() {
        String message = "Hey, can you check the invoice? Thanks!";
        for (int call = 0; call < 2; call++) {
            SuggestionEngine.Result result = engine.suggest(message, "Anna");
            assertEquals(List.of(new SuggestionEngine.Classification(MessageKind.THANKS, 0.37),
                    new SuggestionEngine.Classification(MessageKind.REQUEST, 0.29),
                    new SuggestionEngine.Classification(MessageKind.QUESTION, 0.24),
                    new SuggestionEngine.Classification(MessageKind.GREETING, 0.1)), result.kinds(), "call " + call);
            assertEquals(List.of(new SuggestionEngine.Suggestion("You're welcome, Anna!", MessageKind.THANKS, 0.33),
                    new SuggestionEngine.Suggestion("Happy to help!", MessageKind.THANKS, 0.29),
                    new SuggestionEngine.Suggestion("Sure, Anna, I'll take care of it.", MessageKind.REQUEST, 0.26)),
                    result.suggestions(), "call " + call);
        }
        List<String> texts = engine.suggest("", null).suggestions().stream().map(SuggestionEngine.Suggestion::text).toList();
        assertEquals(List.of("Thanks for the update.", "Got it, thanks!", "Noted."), texts);
    }
}
