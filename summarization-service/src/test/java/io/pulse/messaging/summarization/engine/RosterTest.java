package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Display names as the text calls people, and a reader who never takes a name from a sender. */
class RosterTest {

    @Test
    void displayNamesLoseTheirRoleAndCompany() {
        assertEquals("Sam", Roster.clean("Sam (Support)"));
        assertEquals("Lee Park", Roster.clean("Lee Park [Returns]"));
        assertEquals("Ana Ruiz", Roster.clean("Ana Ruiz - Sales"));
        assertEquals("Tom", Roster.clean("Tom | ACME"));
        assertEquals("Priya Nair", Roster.clean("🎧 Priya Nair"));
        assertEquals("Jean-Luc O'Neil", Roster.clean("  Jean-Luc   O'Neil "));
    }

    @Test
    void aSenderWithARoleInTheirNameIsAddressedByFirstName() {
        Person ana = Conversation.person("Ana Ruiz - Sales");
        Person ben = Conversation.person("Ben Cole (Ops)");
        ThreadSummary s = new ExtractiveSummaryEngine().summarize(Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(ana, "The Q4 forecast sheet is out of date.")
                .say(ben, "Ana, please update the Q4 forecast by Friday.")
                .say(ana, "Updated.").messages(), SummaryOptions.defaults());
        assertEquals(ana, s.actionItems().get(0).owner());
        assertEquals(true, s.actionItems().get(0).done());
    }

    @Test
    void theReaderIsTheSenderOfTheSameNameOrAPersonOfTheirOwn() {
        var messages = IssueThreads.blender().messages();
        assertEquals(IssueThreads.SAM, new Roster(messages, new Person(UUID.randomUUID(), "Sam (Support)")).reader());
        assertEquals(IssueThreads.SAM, new Roster(messages, new Person(UUID.randomUUID(), "Sam Okoro")).reader());
        Person carol = new Person(UUID.randomUUID(), "Carol Diaz");
        assertEquals(carol, new Roster(messages, carol).reader());
        assertEquals(IssueThreads.MARTA, new Roster(messages, new Person(IssueThreads.MARTA.id(), "Marta")).reader());
    }

    @Test
    void aReaderWithAnotherSurnameIsNotTheSenderOfTheSameFirstName() {
        var messages = IssueThreads.blender().messages();
        Person samLee = new Person(UUID.randomUUID(), "Sam Lee");
        assertEquals(samLee, new Roster(messages, samLee).reader());
        assertEquals(IssueThreads.SAM, new Roster(messages, new Person(UUID.randomUUID(), "Sam")).reader());
    }

    @Test
    void aReaderWithAnotherSurnameDoesNotGetTheSendersItems() {
        Person okoro = Conversation.person("Sam Okoro");
        var messages = Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(Conversation.person("Priya Nair"), "Sam, please update the pricing page with the new tiers.")
                .say(okoro, "Sure, I'll update it this afternoon.").messages();
        Person samLee = new Person(UUID.randomUUID(), "Sam Lee");
        ThreadSummary s = new ExtractiveSummaryEngine().summarize(messages, SummaryOptions.defaults());
        var ranked = Highlights.ranked(s, messages, SummaryOptions.defaults().withReader(samLee.id(), samLee.name()));
        assertEquals(false, ranked.stream().anyMatch(r -> r.highlight().concernsReader() && okoro.equals(r.highlight().person())));
    }
}
