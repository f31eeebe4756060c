package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.engine.DailyDigest.ConversationDigest;
import io.pulse.messaging.summarization.engine.DailyDigest.Highlight;
import io.pulse.messaging.summarization.engine.DailyDigest.Kind;

/** The daily digest ranks what concerns the reader first, within and across conversations, for one day of the reader's zone. */
class DailyDigesterTest {

    static final Person ALICE = Conversation.person("Alice Martin");
    static final Person BOB = Conversation.person("Bob Chen");
    static final Person CAROL = Conversation.person("Carol Diaz");
    static final Person DAVE = Conversation.person("Dave Okafor");

    static final UUID RANDOM = UUID.nameUUIDFromBytes("random".getBytes());
    static final UUID LAUNCH = UUID.nameUUIDFromBytes("launch".getBytes());
    static final UUID INFRA = UUID.nameUUIDFromBytes("infra".getBytes());
    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final DailyDigester digester = new DailyDigester(new ExtractiveSummaryEngine());

    /** Busy chatter that never concerns Carol: more messages than the others, but it must not come first. */
    static Conversation random() {
        return Conversation.startingAt("2026-11-25T13:00:00Z")
                .say(BOB, "The coffee machine on the third floor is finally fixed.")
                .say(DAVE, "Great news, the coffee machine was broken for a week.")
                .say(BOB, "Someone left a birthday cake in the kitchen, help yourselves.")
                .say(DAVE, "The birthday cake in the kitchen is chocolate, it is delicious.")
                .say(BOB, "The parking garage will be repainted over the weekend.")
                .say(DAVE, "Thanks for the heads up about the parking garage.");
    }

    /** Carol is assigned the screenshots; a message of the day before (in New York) is left out. */
    static Conversation launch() {
        return Conversation.startingAt("2026-11-25T02:00:00Z") // 21:00 on the 24th in New York
                .say(ALICE, "Yesterday's launch checklist is in the wiki.")
                .after(java.time.Duration.ofHours(12))
                .say(ALICE, "We need to finalize the launch plan for the mobile app release.")
                .say(BOB, "The release notes for the mobile app are almost done.")
                .say(ALICE, "Carol, please prepare the app store screenshots by Friday.")
                .say(BOB, "The launch blog post is drafted and waiting for review.");
    }

    /** A decision, and a question nobody answers; Carol is mentioned only in passing. */
    static Conversation infra() {
        return Conversation.startingAt("2026-11-25T15:00:00Z")
                .say(DAVE, "The database upgrade to PostgreSQL 17 went fine in staging.")
                .say(BOB, "We decided to upgrade the production database to PostgreSQL 17 next week.")
                .say(DAVE, "Has anyone checked whether the backup scripts support PostgreSQL 17?");
    }

    /** The reader's name comes from the request (or the caller's token): Carol wrote nothing that day. */
    private DailyDigest digest(Person reader) {
        List<DailyDigest.Conversation> conversations = List.of(
                new DailyDigest.Conversation(RANDOM, "#random", random().messages()),
                new DailyDigest.Conversation(INFRA, "#infra", infra().messages()),
                new DailyDigest.Conversation(LAUNCH, "#launch", launch().messages()));
        return digester.digest(conversations, DAY, SummaryOptions.defaults().withZone(NEW_YORK).withReader(reader.id(), reader.name()), 3);
    }

    @Test
    void whatAssignsTheReaderAnActionItemComesFirst() {
        DailyDigest d = digest(CAROL);

        ConversationDigest first = d.conversations().get(0);
        assertEquals(LAUNCH, first.conversationId(), () -> "the conversation that assigns Carol work leads: " + d.conversations());
        assertTrue(first.concernsReader());
        Highlight top = first.highlights().get(0);
        assertEquals(Kind.ACTION_ITEM, top.kind());
        assertEquals(CAROL, top.person());
        assertTrue(top.text().contains("screenshots"));
        assertTrue(top.concernsReader());

        ConversationDigest chatter = d.conversations().stream().filter(c -> c.conversationId().equals(RANDOM)).findFirst().orElseThrow();
        assertFalse(chatter.concernsReader());
        assertTrue(d.conversations().indexOf(chatter) > 0);
        assertTrue(chatter.highlights().size() <= 3);

        assertEquals(CAROL, d.actionItems().get(0).item().owner(), "the reader's own action items lead the list");
        assertEquals(LAUNCH, d.actionItems().get(0).conversationId());
        assertTrue(d.summary().startsWith("You have 1 open action item."), d.summary());
    }

    @Test
    void decisionsAndOpenQuestionsAreGatheredAcrossConversations() {
        DailyDigest d = digest(CAROL);
        assertTrue(d.decisions().stream().anyMatch(x -> x.conversationId().equals(INFRA) && x.item().text().contains("PostgreSQL 17")
                && x.item().decidedBy().equals(BOB)), d.decisions()::toString);
        assertTrue(d.openQuestions().stream().anyMatch(x -> x.conversationId().equals(INFRA) && x.item().text().contains("backup scripts")),
                d.openQuestions()::toString);
        ConversationDigest infra = d.conversations().stream().filter(c -> c.conversationId().equals(INFRA)).findFirst().orElseThrow();
        assertEquals(Kind.DECISION, infra.highlights().get(0).kind(), "a decision outranks the conversation's other key points");
    }

    @Test
    void onlyTheReadersDayIsCoveredAndTheCoverageSaysSo() {
        DailyDigest d = digest(CAROL);
        assertEquals(14, d.coverage().messagesTotal());
        assertEquals(13, d.coverage().messagesUsed());
        assertTrue(d.coverage().truncated());
        assertTrue(d.coverage().truncationReason().contains("2026-11-25"), d.coverage().truncationReason());
        ConversationDigest launch = d.conversations().stream().filter(c -> c.conversationId().equals(LAUNCH)).findFirst().orElseThrow();
        assertEquals(4, launch.messageCount());
        assertTrue(launch.highlights().stream().noneMatch(h -> h.text().contains("checklist")), "yesterday's message is not a highlight");
        assertEquals(List.of("Bob Chen", "Dave Okafor", "Alice Martin"), d.participants().stream().map(p -> p.name()).toList());
    }

    @Test
    void anotherReaderGetsAnotherOrder() {
        DailyDigest forBob = digest(BOB);
        assertTrue(forBob.conversations().stream().noneMatch(c -> c.highlights().stream()
                .anyMatch(h -> h.kind() == Kind.ACTION_ITEM && h.concernsReader())), "nothing is assigned to Bob");
        assertFalse(forBob.summary().startsWith("You have"), forBob.summary());
        assertFalse(forBob.conversations().get(0).conversationId().equals(LAUNCH), "Carol's assignment does not lead Bob's digest");
    }

    @Test
    void withoutTheReadersNameARequestToSomeoneOutsideTheThreadIsNobodysAmongTheSpeakers() {
        DailyDigest d = digester.digest(List.of(new DailyDigest.Conversation(LAUNCH, "#launch", launch().messages())), DAY,
                SummaryOptions.defaults().withZone(NEW_YORK).withReader(UUID.randomUUID(), null), 3);
        var screenshots = d.actionItems().stream().filter(a -> a.item().text().contains("screenshots")).findFirst().orElseThrow();
        assertEquals(null, screenshots.item().owner(), "addressed to Carol, who is not in the thread: not Bob's, though he is the only other speaker");
    }
}
