package io.pulse.messaging.summarization.engine.llm;

import static io.pulse.messaging.summarization.engine.llm.LaunchThread.BOB;
import static io.pulse.messaging.summarization.engine.llm.LaunchThread.CAROL;
import static io.pulse.messaging.summarization.engine.llm.LaunchThread.NEW_YORK;
import static io.pulse.messaging.summarization.engine.llm.LaunchThread.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.summarization.engine.DailyDigest;
import io.pulse.messaging.summarization.engine.DailyDigester;
import io.pulse.messaging.summarization.engine.ExtractiveSummaryEngine;
import io.pulse.messaging.summarization.engine.SummaryOptions;

/** A digest's answer: items stay within their conversation, and are laid out for the reader like the local digest. */
class DigestTaskTest {

    private static final UUID LAUNCH = UUID.nameUUIDFromBytes("launch".getBytes());
    private static final UUID INFRA = UUID.nameUUIDFromBytes("infra".getBytes());
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static DigestTask task() throws ModelFailure {
        List<DailyDigest.Conversation> conversations = List.of(
                new DailyDigest.Conversation(LAUNCH, "#launch", LaunchThread.messages()),
                new DailyDigest.Conversation(INFRA, "#infra", List.of(
                        LaunchThread.message(20, BOB, "We decided to upgrade the production database to PostgreSQL 17 next week.",
                                Instant.parse("2026-11-25T15:00:00Z"), null),
                        LaunchThread.message(21, BOB, "Carol, can you review the rollback runbook before Monday?",
                                Instant.parse("2026-11-25T15:02:00Z"), null),
                        LaunchThread.message(22, BOB, "Old note from last week.", Instant.parse("2026-11-18T15:00:00Z"), null))));
        SummaryOptions options = SummaryOptions.defaults().withZone(NEW_YORK).withReader(CAROL.id(), null);
        DigestTask task = new DigestTask(new DailyDigester(new ExtractiveSummaryEngine()), conversations, DAY, options, 3);
        task.prompt(6000);
        return task;
    }

    @Test
    void itemsCiteTheirOwnConversationAndTheReadersComeFirst() throws ModelFailure {
        String answer = """
                {"summary": [{"text": "Carol is to review the rollback runbook before Monday.", "messageIds": ["%3$s"]}],
                 "conversations": [
                  {"conversationId": "%4$s", "actionItems": [
                    {"text": "Prepare the app store screenshots", "owner": "%6$s", "dueDate": "2026-11-26", "messageIds": ["%1$s"], "done": false},
                    {"text": "Review the rollback runbook", "owner": "%6$s", "messageIds": ["%3$s"], "done": false}]},
                  {"conversationId": "%5$s", "decisions": [
                    {"text": "Upgrade the production database to PostgreSQL 17 next week.", "decidedBy": "%7$s", "messageIds": ["%2$s"]}],
                   "actionItems": [{"text": "Review the rollback runbook", "owner": "%6$s", "dueDate": "2026-11-30", "dueText": "before Monday", "messageIds": ["%3$s"], "done": false}]},
                  {"conversationId": "%5$s", "keyPoints": []},
                  {"conversationId": "not-a-conversation", "keyPoints": []}]}
                """.formatted(id(5), id(20), id(21), LAUNCH, INFRA, CAROL.id(), BOB.id());
        Drops drops = Drops.uncounted();
        DailyDigest d = task().accept(answer, drops);
        assertEquals("Carol is to review the rollback runbook before Monday.", d.summary());
        // the runbook cited from #launch, the repeated #infra entry, the unknown conversation
        assertEquals(3, drops.count());
        assertEquals(2, d.actionItems().size());
        assertTrue(d.actionItems().stream().allMatch(a -> a.item().owner().equals(CAROL)));
        assertEquals(INFRA, d.actionItems().stream().filter(a -> a.item().text().contains("runbook")).findFirst().orElseThrow()
                .conversationId());
        assertEquals(1, d.decisions().size());
        assertEquals(12, d.coverage().messagesTotal());
        assertEquals(11, d.coverage().messagesUsed());
        assertEquals("other-day", d.coverage().leftOut().get(0).reason());
        assertTrue(d.conversations().stream().allMatch(DailyDigest.ConversationDigest::concernsReader));
    }
}
