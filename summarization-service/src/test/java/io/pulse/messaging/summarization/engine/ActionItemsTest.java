package io.pulse.messaging.summarization.engine;

import static io.pulse.messaging.summarization.engine.ExtractiveSummaryEngineTest.ALICE;
import static io.pulse.messaging.summarization.engine.ExtractiveSummaryEngineTest.BOB;
import static io.pulse.messaging.summarization.engine.ExtractiveSummaryEngineTest.CAROL;
import static io.pulse.messaging.summarization.engine.ExtractiveSummaryEngineTest.DAVE;
import static io.pulse.messaging.summarization.engine.ExtractiveSummaryEngineTest.item;
import static io.pulse.messaging.summarization.engine.ExtractiveSummaryEngineTest.launchThread;
import static io.pulse.messaging.summarization.engine.ExtractiveSummaryEngineTest.summarize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;

/** Action items through the engine: owners, due dates in the reader's zone, merged promises, done reports. */
class ActionItemsTest {

    private final ExtractiveSummaryEngine engine = new ExtractiveSummaryEngine();

    @Test
    void actionItemsHaveOwnersDueDatesSourcesAndDoneFlags() {
        Conversation c = launchThread();
        ThreadSummary s = summarize(c);

        ActionItem notes = item(s, "release notes");
        assertEquals(BOB, notes.owner(), "addressed by name, accepted by Bob");
        assertEquals(LocalDate.of(2026, 11, 27), notes.dueDate(), "by Friday, said on Wednesday");
        assertTrue(notes.messageIds().containsAll(List.of(c.id(1), c.id(2))), "the request and Bob's promise are one item");
        assertTrue(notes.done(), "Bob reported it sent");
        assertEquals(List.of(c.id(13)), notes.doneMessageIds());

        ActionItem screenshots = item(s, "screenshots tomorrow");
        assertEquals(CAROL, screenshots.owner(), "addressed by @mention");
        assertEquals(LocalDate.of(2026, 11, 26), screenshots.dueDate());
        assertFalse(screenshots.done());

        ActionItem draft = item(s, "share a draft");
        assertEquals(DAVE, draft.owner(), "a commitment belongs to its speaker");
        assertEquals(LocalDate.of(2026, 11, 30), draft.dueDate(), "Monday after a Wednesday");

        ActionItem venue = item(s, "book the venue");
        assertNull(venue.owner(), "\"we need to\" names nobody");
        assertEquals(LocalDate.of(2026, 11, 30), venue.dueDate(), "end of month");
        assertFalse(venue.done());
    }

    @Test
    void dueDatesResolveInTheReadersZone() {
        // 23:30 on Thursday in UTC is still Thursday evening in New York, but already Friday in Tokyo.
        Conversation c = Conversation.startingAt("2026-11-26T23:00:00Z")
                .say(BOB, "The invoice numbers are in the shared sheet.")
                .say(ALICE, "Bob, please send the invoice to the client tomorrow.");
        ActionItem ny = engine.summarize(c.messages(), SummaryOptions.defaults().withZone(ZoneId.of("America/New_York"))).actionItems().get(0);
        ActionItem tokyo = engine.summarize(c.messages(), SummaryOptions.defaults().withZone(ZoneId.of("Asia/Tokyo"))).actionItems().get(0);
        assertEquals(LocalDate.of(2026, 11, 27), ny.dueDate());
        assertEquals(LocalDate.of(2026, 11, 28), tokyo.dueDate());
        assertEquals(BOB, ny.owner());
        assertEquals("tomorrow", ny.dueText());
    }

    @Test
    void requestsAndCommitmentsAreFoundButChatterIsNot() {
        Conversation c = Conversation.startingAt("2026-11-23T09:00:00Z") // a Monday
                .say(ALICE, "Hey all, hope everyone had a nice weekend!")
                .say(BOB, "I'll be late to standup today.")
                .say(ALICE, "No worries. Let me know if you need anything.")
                .say(CAROL, "TODO: rotate the API keys before 2026-12-01")
                .say(DAVE, "@Bob please review my pull request for the payment retries in 2 days.")
                .say(BOB, "Could you also update the runbook, Dave?")
                .say(DAVE, "Can you believe it snowed in April last year?")
                .say(CAROL, "Dave needs to renew the SSL certificate next Tuesday.");
        ThreadSummary s = engine.summarize(c.messages(), SummaryOptions.defaults());
        List<String> texts = s.actionItems().stream().map(ActionItem::text).toList();
        assertEquals(4, s.actionItems().size(), texts::toString);
        assertEquals(LocalDate.of(2026, 12, 1), item(s, "rotate the API keys").dueDate());
        assertNull(item(s, "rotate the API keys").owner());
        ActionItem review = item(s, "review my pull request");
        assertEquals(BOB, review.owner());
        assertEquals(LocalDate.of(2026, 11, 25), review.dueDate());
        assertEquals(DAVE, item(s, "update the runbook").owner(), "addressed by a trailing name");
        ActionItem cert = item(s, "renew the SSL certificate");
        assertEquals(DAVE, cert.owner(), "the named subject of \"needs to\"");
        assertEquals(LocalDate.of(2026, 12, 1), cert.dueDate(), "next Tuesday is in the following week");
    }

    @Test
    void anAcceptanceBelongsToTheLatestRequestNotToAnEarlierNeed() {
        Conversation c = Conversation.startingAt("2026-11-25T14:00:00Z")
                .say(ALICE, "We need to finalize the launch plan for the mobile app release.")
                .say(ALICE, "Bob, can you send the updated release notes by Friday?")
                .say(BOB, "Sure, I'll send the release notes by Friday.")
                .say(CAROL, "Let's go with December 3 as the launch date.");
        ThreadSummary s = summarize(c);
        assertNull(item(s, "finalize the launch plan").owner(), "Bob's \"Sure\" answers the release notes, not the plan");
        assertEquals(BOB, item(s, "release notes").owner());
    }

    @Test
    void aRequestToSomeoneOutsideTheThreadIsNotTheOtherSpeakers() {
        Conversation c = Conversation.startingAt("2026-11-25T14:00:00Z")
                .say(ALICE, "The release notes are ready for review.")
                .say(BOB, "Great, the changelog looks complete.")
                .say(ALICE, "Carol, please prepare the app store screenshots by Friday.");
        assertNull(item(summarize(c), "screenshots").owner(), "Carol wrote nothing here: not Bob's just because he is the other speaker");
        Conversation toBob = Conversation.startingAt("2026-11-25T14:00:00Z")
                .say(ALICE, "The release notes are ready for review.")
                .say(BOB, "Great, the changelog looks complete.")
                .say(ALICE, "Please prepare the app store screenshots by Friday.");
        assertEquals(BOB, item(summarize(toBob), "screenshots").owner(), "in a two-person chat an unaddressed request is for the other one");
    }
}
