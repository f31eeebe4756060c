package io.pulse.messaging.summarization.engine;

import static io.pulse.messaging.summarization.engine.ExtractiveSummaryEngineTest.ALICE;
import static io.pulse.messaging.summarization.engine.ExtractiveSummaryEngineTest.BOB;
import static io.pulse.messaging.summarization.engine.ExtractiveSummaryEngineTest.CAROL;
import static io.pulse.messaging.summarization.engine.ExtractiveSummaryEngineTest.item;
import static io.pulse.messaging.summarization.engine.ExtractiveSummaryEngineTest.summarize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.engine.DailyDigest.Kind;
import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;

/** Decisions changed with the old decision's words, bare reports, reports by someone else, acceptances, request ranks. */
class ReviewedItemsTest {

    @Test
    void aNewDateWithTheSameWordsReversesTheDecision() {
        Conversation c = Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(ALICE, "We decided to launch the beta on Dec 3.")
                .say(BOB, "QA found a crash on Android 12 in the login flow.")
                .say(ALICE, "OK, we'll launch the beta on Dec 8 instead.");
        List<Decision> decisions = summarize(c).decisions();
        assertEquals(2, decisions.size(), () -> decisions.toString());
        assertTrue(decisions.get(0).reversed());
        assertEquals(List.of(c.id(2)), decisions.get(0).reversedByMessageIds());
        assertFalse(decisions.get(1).reversed());
    }

    @Test
    void aCommitmentAfterAChangeOfPlanLeadIsADecisionThatReversesTheOldOne() {
        Conversation c = Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(ALICE, "We decided to launch the beta on Dec 3 at 10am for 500 users.")
                .say(BOB, "QA found a crash on Android 12 in the login flow.")
                .say(ALICE, "Change of plan: we'll launch the beta on Dec 8 instead.");
        ThreadSummary s = summarize(c);
        assertEquals(2, s.decisions().size(), () -> s.decisions().toString());
        assertTrue(s.decisions().get(0).reversed());
        assertFalse(s.decisions().get(1).reversed());
        assertTrue(s.actionItems().isEmpty(), () -> s.actionItems().toString());
    }

    @Test
    void theSameDecisionSaidAgainWithTheSameValuesIsOneDecision() {
        Conversation c = Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(ALICE, "We decided to launch the beta on Dec 3.")
                .say(BOB, "Great, so we'll launch the beta on Dec 3.");
        List<Decision> decisions = summarize(c).decisions();
        assertEquals(1, decisions.size(), () -> decisions.toString());
        assertEquals(List.of(c.id(0), c.id(1)), decisions.get(0).messageIds());
    }

    @Test
    void aBareDoneClosesOnlyTheOwnersLatestItem() {
        Conversation c = Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(ALICE, "Bob, can you rotate the API keys for billing?")
                .say(CAROL, "Meanwhile the dashboard looks weird.")
                .say(ALICE, "Bob, also please restart the worker pods.")
                .say(BOB, "Done.");
        ThreadSummary s = summarize(c);
        assertFalse(item(s, "rotate the API keys").done());
        assertTrue(item(s, "restart the worker pods").done());
    }

    @Test
    void aBareDoneInReplyClosesTheItemItAnswers() {
        Conversation c = Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(ALICE, "Bob, can you rotate the API keys for billing?")
                .say(ALICE, "Bob, also please restart the worker pods.")
                .reply(0, BOB, "Done.");
        ThreadSummary s = summarize(c);
        assertTrue(item(s, "rotate the API keys").done());
        assertFalse(item(s, "restart the worker pods").done());
    }

    @Test
    void aReportBySomeoneElseNamesTheirMessage() {
        Conversation c = Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(BOB, "I'm on call today, ping me if anything breaks.")
                .say(ALICE, "Bob, can you disable the reindex job?")
                .reply(1, CAROL, "Disabled the reindex job myself, Bob was in a meeting.");
        ActionItem reindex = item(summarize(c), "disable the reindex job");
        assertEquals(BOB, reindex.owner());
        assertTrue(reindex.done());
        assertEquals(List.of(c.id(2)), reindex.doneMessageIds());
    }

    @Test
    void aReportBySomeoneElseOfARequestToAnAbsentColleague() {
        Conversation c = Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(ALICE, "Leo, can you disable the reindex job?")
                .say(CAROL, "I disabled the reindex job myself.");
        ActionItem reindex = item(summarize(c), "disable the reindex job");
        assertTrue(reindex.done());
        assertEquals(List.of(c.id(1)), reindex.doneMessageIds());
    }

    @Test
    void shortAcceptancesInOtherLanguagesJoinTheRequest() {
        for (String[] pair : new String[][] {{"Bernd, kannst du bitte den Bericht bis Freitag schicken?", "Ja, mache ich."},
                {"Bernd, ¿puedes enviar el informe antes del viernes?", "Sí, lo hago."},
                {"Bernd, peux-tu envoyer le rapport avant vendredi ?", "Oui, je m'en occupe."}}) {
            Conversation c = Conversation.startingAt("2026-12-01T09:00:00Z")
                    .say(ALICE, pair[0])
                    .say(Conversation.person("Bernd Keller"), pair[1]);
            List<ActionItem> items = summarize(c).actionItems();
            assertEquals(1, items.size(), () -> pair[1] + ": " + items);
            assertEquals(List.of(c.id(0), c.id(1)), items.get(0).messageIds(), pair[1]);
        }
    }

    @Test
    void anOpenRequestAskedAsAQuestionIsNoQuestionForTheHeadline() {
        Conversation c = Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(ALICE, "Checkout error rate is at 12% since the deploy.")
                .say(BOB, "I see the same errors in the logs.")
                .say(ALICE, "Bob, can you roll back the 2.4 release?");
        ThreadSummary s = summarize(c);
        var ranked = Highlights.ranked(s, c.messages(), SummaryOptions.defaults());
        var request = ranked.stream().filter(r -> r.highlight().kind() == Kind.ACTION_ITEM).findFirst().orElseThrow();
        assertTrue(request.rank() >= 2.5, () -> "rank " + request.rank());
        assertEquals(request, ranked.get(0), "the open request is the headline");
    }
}
