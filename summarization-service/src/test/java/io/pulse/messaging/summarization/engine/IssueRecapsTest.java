package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.engine.DailyDigest.Highlight;
import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;

/**
 * The outcomes, owners and completion of issue 14's example threads ({@link IssueThreads}): commitments of the party
 * responsible decide, one-word reports complete, threats, complaints and greetings are no items, the reader's name
 * never moves an owner, and a digest's headline is an outcome, not a question.
 */
class IssueRecapsTest {

    private final ExtractiveSummaryEngine engine = new ExtractiveSummaryEngine();

    private ThreadSummary summarize(Conversation c, SummaryOptions options) {
        return engine.summarize(c.messages(), options);
    }

    private static ActionItem item(ThreadSummary s, String fragment) {
        return s.actionItems().stream().filter(a -> a.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no action item with \"" + fragment + "\": " + s.actionItems()));
    }

    private static Decision decision(ThreadSummary s, String fragment) {
        return s.decisions().stream().filter(d -> d.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no decision with \"" + fragment + "\": " + s.decisions()));
    }

    // ---- decisions: commitments by the party responsible ---------------------------------------------------------

    @Test
    void theRefundPromisedByReturnsIsTheBlendersDecision() {
        ThreadSummary s = summarize(IssueThreads.blender(), SummaryOptions.defaults());
        Decision refund = decision(s, "We'll refund the full 349 EUR");
        assertEquals(IssueThreads.LEE, refund.decidedBy());
        assertFalse(refund.reversed());
        assertEquals(1, s.decisions().size(), s.decisions()::toString);
    }

    @Test
    void goingWithSomethingDecidesAndTheLaterPriceReversesTheEarlier() {
        ThreadSummary pricing = summarize(IssueThreads.pricing(), SummaryOptions.defaults());
        assertTrue(decision(pricing, "$15").reversed());
        Decision fourteen = decision(pricing, "we're going with $14 instead");
        assertFalse(fourteen.reversed());
        assertEquals(IssueThreads.JESS, fourteen.decidedBy());

        ThreadSummary db = summarize(Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(IssueThreads.OMAR, "MySQL or Postgres for the new billing service?")
                .say(IssueThreads.JESS, "We need JSONB and the team knows it well, so we're going with Postgres."), SummaryOptions.defaults());
        assertEquals(IssueThreads.JESS, decision(db, "going with Postgres").decidedBy());
    }

    @Test
    void aCustomersThreatOrComplaintIsNeitherADecisionNorAnActionItem() {
        ThreadSummary s = summarize(IssueThreads.blender(), SummaryOptions.defaults());
        for (String chatter : List.of("chargeback", "expected better", "second time", "Lee here")) {
            assertTrue(s.actionItems().stream().noneMatch(a -> a.text().contains(chatter)), () -> chatter + ": " + s.actionItems());
            assertTrue(s.decisions().stream().noneMatch(d -> d.text().contains(chatter)), () -> chatter + ": " + s.decisions());
            assertTrue(s.keyPoints().stream().noneMatch(k -> k.text().contains(chatter)), () -> chatter + ": " + s.keyPoints());
        }
        assertTrue(s.actionItems().stream().noneMatch(a -> a.text().startsWith("Order #")), "\"Order #88213.\" names an order, it asks nothing");
    }

    // ---- completion ----------------------------------------------------------------------------------------------

    @Test
    void aOneWordReportCompletesTheRequestItAnswersAndAnAcceptanceDoesNot() {
        Conversation c = IssueThreads.incident();
        ThreadSummary s = summarize(c, SummaryOptions.defaults());
        ActionItem disable = item(s, "disable that job");
        assertEquals(IssueThreads.LEO, disable.owner());
        assertTrue(disable.done(), "\"Disabled.\" reports it done");
        assertEquals(List.of(c.id(3)), disable.doneMessageIds());
        ActionItem postmortem = item(s, "postmortem");
        assertEquals(IssueThreads.KEN, postmortem.owner());
        assertFalse(postmortem.done(), "\"Sure.\" accepts it");
        assertEquals(LocalDate.of(2026, 12, 10), postmortem.dueDate(), "by Thursday, said on Thursday 3 December");

        ThreadSummary pricing = summarize(IssueThreads.pricing(), SummaryOptions.defaults());
        assertFalse(item(pricing, "update the pricing page").done(), "\"Will do.\" accepts it");
    }

    @Test
    void theRefundIsDoneByTheMessageThatIssuedItAndThePhotoByTheCustomerWhoSentIt() {
        Conversation c = IssueThreads.blender();
        ThreadSummary s = summarize(c, SummaryOptions.defaults());
        ActionItem refund = item(s, "issue the refund");
        assertEquals(IssueThreads.SAM, refund.owner());
        assertEquals(List.of(c.id(8)), refund.doneMessageIds(), "\"Refund issued, it should show up ...\"");
        ActionItem photo = item(s, "send a photo");
        assertEquals(IssueThreads.MARTA, photo.owner());
        assertEquals(List.of(c.id(3)), photo.doneMessageIds(), "\"Sent.\" right after the request");
    }

    @Test
    void shortReportsInOtherWordsAndLanguagesComplete() {
        Person ana = Conversation.person("Ana Ruiz");
        Person jan = Conversation.person("Jan Vogel");
        ThreadSummary s = summarize(Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(ana, "Jan, kannst du bitte den Export-Job neu starten?")
                .say(jan, "Erledigt.")
                .say(ana, "Jan, can you roll back the 2.4 deploy?")
                .say(jan, "Rolled back."), SummaryOptions.defaults());
        assertTrue(s.actionItems().stream().allMatch(ActionItem::done), s.actionItems()::toString);
        assertEquals(2, s.actionItems().size(), s.actionItems()::toString);
    }

    // ---- the reader's name never moves an owner --------------------------------------------------------------------

    @Test
    void samReadingTheBlenderThreadDoesNotTakeTheRefundFromSam() {
        for (SummaryOptions reader : List.of(SummaryOptions.defaults(),
                SummaryOptions.defaults().withReader(UUID.randomUUID(), "Sam (Support)"),
                SummaryOptions.defaults().withReader(IssueThreads.SAM.id(), "Sam (Support)"),
                SummaryOptions.defaults().withReader(UUID.randomUUID(), "Sam Okoro"),
                SummaryOptions.defaults().withReader(IssueThreads.MARTA.id(), "Marta Silva"))) {
            ThreadSummary s = summarize(IssueThreads.blender(), reader);
            assertEquals(IssueThreads.SAM, item(s, "issue the refund").owner(), reader::toString);
            assertEquals(IssueThreads.MARTA, item(s, "send a photo").owner(), reader::toString);
        }
    }

    @Test
    void omarReadingThePricingThreadDoesNotGiveThePricingPageToJess() {
        Conversation withoutReply = Conversation.startingAt("2026-12-01T10:00:00Z");
        List<ChatMessage> all = IssueThreads.pricing().messages();
        for (int i = 0; i < all.size(); i++) {
            if (i != 6) { // without Omar's "Will do."
                withoutReply.say(all.get(i).sender(), all.get(i).content());
            }
        }
        for (Conversation c : List.of(IssueThreads.pricing(), withoutReply)) {
            for (SummaryOptions reader : List.of(SummaryOptions.defaults(),
                    SummaryOptions.defaults().withReader(UUID.randomUUID(), "Omar Haddad"),
                    SummaryOptions.defaults().withReader(IssueThreads.OMAR.id(), "Omar Haddad"),
                    SummaryOptions.defaults().withReader(UUID.randomUUID(), "Omar (Web)"),
                    SummaryOptions.defaults().withReader(IssueThreads.JESS.id(), "Jess Moreau"))) {
                ThreadSummary s = summarize(c, reader);
                assertEquals(IssueThreads.OMAR, item(s, "update the pricing page").owner(), reader::toString);
                assertEquals(IssueThreads.NINA, item(s, "tell the sales team").owner(), reader::toString);
            }
        }
    }

    @Test
    void aReaderWhoWroteNothingAndSharesNoNameIsStillAddressable() {
        Person carol = Conversation.person("Carol Diaz (Design)");
        ThreadSummary s = summarize(Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(IssueThreads.JESS, "The new onboarding flow is ready for review.")
                .say(IssueThreads.OMAR, "Carol, please check the illustrations on the last step."),
                SummaryOptions.defaults().withReader(carol.id(), carol.name()));
        assertEquals(carol, item(s, "illustrations").owner());
    }

    // ---- the digest headline ------------------------------------------------------------------------------------

    @Test
    void theSupportChannelsHeadlineIsTheRefundNotAQuestion() {
        DailyDigest d = new DailyDigester(engine).digest(List.of(new DailyDigest.Conversation(UUID.randomUUID(), "#support",
                IssueThreads.blender().messages())), LocalDate.of(2026, 12, 2), SummaryOptions.defaults(), 3);
        Highlight headline = d.conversations().get(0).highlights().get(0);
        assertFalse(Text.isQuestion(headline.text()), headline::toString);
        assertTrue(headline.text().contains("refund"), headline::toString);
        assertFalse(d.summary().contains("Could you send a photo"), d.summary());
        assertTrue(d.summary().contains("349 EUR"), d.summary());
    }

    @Test
    void theDigestParagraphReportsTheHeadlineInTheRecapsWordsNotAsAQuote() {
        DailyDigest d = new DailyDigester(engine).digest(List.of(new DailyDigest.Conversation(UUID.randomUUID(), "#support",
                IssueThreads.blender().messages())), LocalDate.of(2026, 12, 2), SummaryOptions.defaults(), 3);
        assertTrue(d.summary().contains("#support — Lee's team will refund the full 349 EUR to Marta's card."), d.summary());
        assertFalse(d.summary().contains("Lee:"), d.summary());
    }

    @Test
    void theIncidentsHeadlineIsAnOutcomeWithItsOwner() {
        DailyDigest d = new DailyDigester(engine).digest(List.of(new DailyDigest.Conversation(UUID.randomUUID(), "#incidents",
                IssueThreads.incident().messages())), LocalDate.of(2026, 12, 3), SummaryOptions.defaults(), 3);
        Highlight headline = d.conversations().get(0).highlights().get(0);
        assertFalse(Text.isQuestion(headline.text()), headline::toString);
        assertEquals(DailyDigest.Kind.ACTION_ITEM, headline.kind(), headline::toString);
        assertTrue(headline.person() != null, headline::toString);
    }
}
