package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;


/** Rewrites the recap must not make: wrong people, wrong subjects, cut conditions, values replaced by another kind. */
class ProseRewritesTest {

    private static final Person AISHA = Conversation.person("Aisha Khan");
    private static final Person TOM = Conversation.person("Tom Berg");
    private static final Person NINA = Conversation.person("Nina Park");
    private static final Person LEO = Conversation.person("Leo Grant");
    private static final Person OMAR = Conversation.person("Omar Haddad");
    private static final Person ALICE = Conversation.person("Alice Moreau");
    private static final Person CAROL = Conversation.person("Carol King");

    private static String summary(Conversation c) {
        return new ExtractiveSummaryEngine().summarize(c.messages(), SummaryOptions.defaults()).summary();
    }

    @Test
    void weOfASupportAgentIsNotBothPeople() {
        String s = summary(Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(TOM, "My headphones stopped charging after two weeks.")
                .say(AISHA, "Sorry about that. We'll send you a replacement pair today."));
        assertFalse(s.contains("Aisha and Tom"), s);
        assertTrue(s.contains("Aisha will send Tom a replacement pair today."), s);
    }

    @Test
    void youIsOnlyWhomTheSentenceAddresses() {
        String s = summary(Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(ALICE, "Sorry to hear that, Bob.")
                .say(ALICE, "Thanks for the quick fix, the dashboard is back.")
                .say(CAROL, "Sorry for the delay, I was in meetings all morning."));
        assertFalse(s.contains("to hear that"), s);
        assertFalse(s.contains("tells Carol"), s);
    }

    @Test
    void theRequestKeepsItsAddresseeAndTheDoneReportItsSender() {
        String s = summary(Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(LEO, "I'm on call today, ping me if anything breaks.")
                .say(NINA, "Leo, can you disable the reindex job?")
                .reply(1, OMAR, "Disabled the reindex job myself, Leo was in a meeting."));
        assertTrue(s.contains("Nina asks Leo to disable the reindex job; Omar reports it done."), s);
    }

    @Test
    void conditionsAndHedgesStay() {
        String s = summary(Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(TOM, "The courier says the parcel with order #55102 was delivered but I never got it.")
                .say(AISHA, "We'll refund the full amount of 120 EUR to your card, if the courier confirms the loss."));
        assertTrue(s.contains("if the courier confirms the loss"), s);
        assertEquals("Alice says the migration probably finishes tonight.",
                new ReportedSpeech("Alice", null, PronounShift.we("Alice", null, 3), w -> false)
                        .report("The migration probably finishes tonight."));
    }

    @Test
    void aValueIsReplacedOnlyByOneOfItsKind() {
        assertEquals("Jess's team is going with $14 instead of $15.",
                ChangedValues.changed("Jess's team is going with $14 instead.", "we're going with $14 instead",
                        "we decided Pro goes to $15 on January 15"));
    }

    @Test
    void aThreadInAnotherLanguageIsQuotedNotConverted() {
        String s = summary(Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(AISHA, "Hallo Tom, kannst du bitte den Bericht bis Freitag schicken?")
                .say(TOM, "Ja, mache ich. Der Bericht ist fast fertig."));
        assertFalse(s.contains(" asks "), s);
        assertTrue(s.contains("Aisha wrote: \u201cHallo Tom, kannst du bitte den Bericht bis Freitag schicken?\u201d"), s);
    }

    @Test
    void twoPeopleWithTheSameFirstNameAreNamedInFull() {
        Person okoro = Conversation.person("Sam Okoro");
        Person lee = Conversation.person("Sam Lee");
        String s = summary(Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(NINA, "Sam, can you update the pricing page with the new tiers?")
                .say(okoro, "I'll update it this afternoon.")
                .say(lee, "I can review the copy once it's up.")
                .say(okoro, "Updated the pricing page."));
        assertTrue(s.contains("Sam Lee can review the copy"), s);
    }

    @Test
    void theLatestValueOfAMeasureIsSaid() {
        String s = summary(Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(NINA, "Checkout error rate is at 12% since the 14:00 deploy.")
                .say(OMAR, "Looks like the nightly reindex job is hammering the DB.")
                .say(NINA, "Leo, can you disable that job?")
                .say(LEO, "Disabled.")
                .say(NINA, "Error rate back to 2%, recovering. Success rate now 98%.")
                .say(OMAR, "I'll write the postmortem by Thursday."));
        assertTrue(s.contains("back to 2%") && s.contains("98%"), s);
    }
}
