package io.pulse.messaging.autoresponse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalSuggestionEngineTest {

    private final LocalSuggestionEngine engine = new LocalSuggestionEngine();

    private List<String> texts(SuggestionEngine.Result result) {
        return result.suggestions().stream().map(SuggestionEngine.Suggestion::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What time does the store open?|QUESTION",
            "Could you please send me the report by Friday|REQUEST",
            "Thank you so much for your help!|THANKS",
            "Are you free for a call on Tuesday at 3pm?|SCHEDULING",
            "Could we move our Thursday 2pm sync to Friday morning?|RESCHEDULE",
            "Hi Bob!|GREETING",
            "This is unacceptable, the app is still not working!!|COMPLAINT",
            "This is unacceptable, the app is still not working and I want a refund!!|REFUND",
            "Sorry, my mistake, I sent the wrong file|APOLOGY",
            "URGENT: the server is down, need help asap|URGENT",
            "FYI the new prices are attached|INFORMATION"
    })
    void classifiesEachKindAndOffersThreeDistinctReplies(String message, MessageKind expected) {
        SuggestionEngine.Result result = engine.suggest(message, "Anna");
        assertEquals(expected, result.kinds().get(0).kind(), result.kinds().toString());
        assertEquals("en", result.language());
        assertEquals(3, result.suggestions().size());
        assertEquals(3, new HashSet<>(texts(result)).size());
        assertEquals(expected, result.suggestions().get(0).kind());
        for (SuggestionEngine.Suggestion s : result.suggestions()) {
            assertTrue(s.confidence() > 0 && s.confidence() <= 1, s.toString());
            assertTrue(s.text().length() <= 120, s.text());
        }
        assertTrue(result.suggestions().get(0).confidence() >= result.suggestions().get(1).confidence());
    }

    /** Issue 14: the first suggestion was "Thursday at 2pm works for me." */
    @Test
    void aRescheduleIsAnsweredAboutTheProposedTime() {
        List<String> texts = texts(engine.suggest("Could we move our Thursday 2pm sync to Friday morning?", "Priya"));
        assertEquals(List.of("Friday morning works for me.", "Friday morning is difficult for me. Could we find another time?",
                "Sorry, Friday morning doesn't work for me. Could we keep the original time?"), texts);
        assertTrue(texts.stream().noneMatch(t -> t.contains("Thursday")), texts.toString());
    }

    /** Issue 14: the first suggestion was "Thanks for the update, Priya." */
    @Test
    void aSarcasticOutageMessageIsAComplaintAnsweredWithAnApologyAndANextStep() {
        SuggestionEngine.Result result = engine.suggest("great, another outage. third time this week. love it.", "Priya");
        assertEquals(MessageKind.COMPLAINT, result.kinds().get(0).kind());
        assertEquals("I'm sorry about this, Priya. I'll look into it right away and get back to you.", texts(result).get(0));
        assertTrue(texts(result).stream().noneMatch(t -> t.toLowerCase().contains("thank")), texts(result).toString());
        assertTrue(result.kinds().stream().noneMatch(k -> k.kind() == MessageKind.THANKS || k.kind() == MessageKind.INFORMATION));
    }

    /** Issue 14: a refund complaint got suggestions that never mentioned the refund. */
    @Test
    void aRefundComplaintIsAnsweredAboutTheRefund() {
        SuggestionEngine.Result result = engine.suggest(
                "The blender I ordered arrived cracked, order #88213. I'd like a full refund of the 349 EUR.", "Marta");
        assertEquals(MessageKind.REFUND, result.kinds().get(0).kind());
        assertEquals(MessageKind.COMPLAINT, result.kinds().get(1).kind());
        assertTrue(texts(result).stream().allMatch(t -> t.contains("refund")), texts(result).toString());
        assertTrue(texts(result).contains("Sorry for the trouble. I'll check the refund for order #88213 and get back to you today."));
        assertTrue(texts(result).stream().noneMatch(t -> t.matches("(?i).*\\b(refunded|have been|has been)\\b.*")), "claims nothing done");
    }

    /** Issue 14: a German message got English replies. */
    @Test
    void aGermanMessageGetsGermanReplies() {
        SuggestionEngine.Result result = engine.suggest("Können wir das Meeting am Donnerstag auf Freitag verschieben?", "Jonas");
        assertEquals("de", result.language());
        assertEquals(MessageKind.RESCHEDULE, result.kinds().get(0).kind());
        assertEquals(List.of("Freitag passt mir gut.", "Freitag ist bei mir schwierig. Können wir einen anderen Termin finden?",
                "Freitag passt mir leider nicht. Können wir beim ursprünglichen Termin bleiben?"), texts(result));
    }

    @Test
    void frenchAndSpanishMessagesGetRepliesInTheirLanguage() {
        SuggestionEngine.Result french = engine.suggest("Merci beaucoup pour votre aide !", "Claire");
        assertEquals("fr", french.language());
        assertEquals("Avec plaisir, Claire !", texts(french).get(0));
        SuggestionEngine.Result spanish = engine.suggest("Estoy muy decepcionado, la aplicación no funciona desde ayer.", "Lucía");
        assertEquals("es", spanish.language());
        assertEquals("Lo siento mucho, Lucía. Me ocupo de ello de inmediato y le respondo en cuanto sepa algo.", texts(spanish).get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ciao Marco, possiamo spostare la riunione a venerdì? Grazie mille per la pazienza.|it",
            "会議を金曜日に変更できますか？|ja",
            "Заказ так и не пришёл, это ужасно|und-Cyrl"
    })
    void aLanguageWithoutPhrasesGetsNoSuggestionRatherThanEnglish(String message, String language) {
        SuggestionEngine.Result result = engine.suggest(message, "Marco");
        assertEquals(language, result.language());
        assertEquals(List.of(), result.suggestions());
        assertEquals(List.of(), result.kinds());
        assertEquals(SuggestionEngine.LANGUAGE_NOT_SUPPORTED, result.unavailableReason());
    }

    @Test
    void yesNoQuestionsAreAnsweredWithTheirOwnVerb() {
        assertEquals(List.of("Yes, it is.", "No, it isn't, sorry.", "Good question, Sam, let me check and get back to you."),
                texts(engine.suggest("Is the Q3 report ready?", "Sam")));
        assertEquals("Yes, you can.", texts(engine.suggest("Can I bring a colleague to the workshop?", null)).get(0));
        assertEquals("Yes, I have.", texts(engine.suggest("Have you seen the new dashboard?", null)).get(0));
    }

    @Test
    void requestsNameTheRequestedActionWhenItCanBeNamedSafely() {
        List<String> texts = texts(engine.suggest("Could you send me your slides from the offsite?", "Ana"));
        assertEquals("Sure, Ana, I'll send you my slides from the offsite.", texts.get(0));
        assertEquals("Sorry, I can't send you my slides from the offsite right now.", texts.get(1));
        assertEquals("Sure, I'll take care of it.", texts(engine.suggest("Could you check https://example.com/x for me?", null)).get(0));
    }

    @Test
    void aTimeOrAMeetingWordAloneMakesNoSchedulingProposal() {
        SuggestionEngine.Result joining = engine.suggest("Is Marta joining the call?", null);
        assertEquals(MessageKind.QUESTION, joining.kinds().get(0).kind(), joining.kinds().toString());
        assertEquals("Yes, I think so.", texts(joining).get(0)); // no pronoun to answer with: nothing made up about Marta
        SuggestionEngine.Result build = engine.suggest("Why is the build red again?? This is the third time today.", null);
        assertTrue(build.kinds().stream().noneMatch(k -> k.kind() == MessageKind.SCHEDULING), build.kinds().toString());
        SuggestionEngine.Result news = engine.suggest("Hi team, the release is postponed to next week.", null);
        assertEquals(MessageKind.INFORMATION, news.kinds().get(0).kind(), news.kinds().toString());
        assertEquals("Yes, I did.", texts(engine.suggest("Hey Sam, quick question: did you get my email about the budget?", null)).get(0));
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
            assertEquals(MessageKind.REQUEST, result.kinds().get(0).kind(), result.kinds().toString());
            assertEquals(List.of("Sure, Anna, I'll check the invoice.", "Sorry, I can't check the invoice right now.",
                    "Happy to help. When do you need it by?"), texts(result), "call " + call);
        }
        SuggestionEngine.Result empty = engine.suggest("", null);
        assertEquals(List.of("Thanks for the update.", "Got it, thanks!", "Noted."), texts(empty));
        assertEquals("en", empty.language());
        assertNull(empty.unavailableReason());
        assertFalse(empty.kinds().isEmpty());
    }
}
