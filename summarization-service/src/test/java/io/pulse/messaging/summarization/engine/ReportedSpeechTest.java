package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** One sentence into a recap's third-person reported speech. */
class ReportedSpeechTest {

    private static String group(String speaker, String listener, String sentence) {
        return new ReportedSpeech(speaker, listener, PronounShift.we(speaker, listener, 3), w -> false).report(sentence);
    }

    private static String pair(String speaker, String listener, String sentence) {
        return new ReportedSpeech(speaker, listener, PronounShift.we(speaker, listener, 2), w -> false).report(sentence);
    }

    @Test
    void firstPersonBecomesTheSpeakerWithItsVerb() {
        assertEquals("Bob will send the updated release notes by Friday.", group("Bob", null, "I'll send the updated release notes by Friday."));
        assertEquals("Marta's Vortex 600 blender arrived yesterday with a cracked jar.",
                group("Marta", null, "Hi, my Vortex 600 blender arrived yesterday with a cracked jar."));
        assertEquals("Person2 has been having trouble breathing.", pair("Person2", "Person1", "I ' Ve been having trouble breathing lately."));
        assertEquals("Person1 needs to stop eating such unhealthy foods.", pair("Person1", "Person2", "I need to stop eating such unhealthy foods."));
    }

    @Test
    void weIsTheSpeakersTeamInAGroupAndTheSpeakerInAPair() {
        assertEquals("Lee's team will refund the full 349 EUR to Marta's card.",
                group("Lee", "Marta", "We'll refund the full 349 EUR to your card."));
        assertEquals("Jess's team is going with $14 instead, still starting January 15.",
                group("Jess", null, "Change of plan: we're going with $14 instead, still starting January 15."));
        // in a pair "we" may be the speaker's company (a support agent) as well as both people: the speaker said it
        assertEquals("Ann is only switching two days.", pair("Ann", "Ben", "We're only switching two days."));
        assertEquals("Aisha will send Tom a replacement pair.", pair("Aisha", "Tom", "We'll send you a replacement pair."));
        assertEquals("Bob and Alice are on it.", group("Alice", null, "Bob and I are on it."));
    }

    @Test
    void requestsAndQuestionsAreReported() {
        assertEquals("Priya asks Leo to disable that job.", group("Priya", "Leo", "Leo, can you disable that job?"));
        assertEquals("Priya asks Ken to write the postmortem by Thursday.", group("Priya", "Ken", "Ken, please write the postmortem by Thursday."));
        assertEquals("Ann asks Ben whether Ben has any allergies.", pair("Ann", "Ben", "Do you have any allergies?"));
        assertEquals("Ann asks Ben what foods Ben eats now.", pair("Ann", "Ben", "What foods do you eat now?"));
        assertEquals("Ann asks Ben whether this bus goes to the library.", pair("Ann", "Ben", "Does this bus go to the library?"));
        assertEquals("Carol asks who is writing the announcement email.",
                group("Carol", null, "Does anyone know who is writing the announcement email?"));
        assertEquals("Ann invites Ben to go to the concert.", pair("Ann", "Ben", "Would you like to go to the concert?"));
    }

    @Test
    void otherStatementsAreSaidOrToldAndLetsIsASuggestion() {
        assertEquals("Bob says the release build is green.", group("Bob", null, "The release build is green."));
        assertEquals("Ann tells Ben the museum closes at six.", pair("Ann", "Ben", "Well, the museum closes at six."));
        assertEquals("Alice suggests they go with Postgres.", group("Alice", null, "Let's go with Postgres."));
        assertEquals("Leo says it looks like the reindex job is hammering the database.",
                group("Leo", null, "Looks like the reindex job is hammering the database."));
    }

    @Test
    void greetingsThanksAndFragmentsSayNothing() {
        assertNull(group("Marta", null, "Thank you."));
        assertNull(group("Ann", "Ben", "Thank you for your help, doctor."));
        assertNull(group("Jess", null, "Quick one on Pro pricing for next year."));
        assertNull(group("Lee", null, "Marta, Lee here from returns."));
    }

    @Test
    void aChangedDecisionSaysWhatItReplaced() {
        assertEquals("Jess's team is going with $14 instead of $15, still starting January 15.",
                ChangedValues.changed("Jess's team is going with $14 instead, still starting January 15.",
                        "we're going with $14 instead, still starting January 15.", "Pro goes to $15 per seat on January 15."));
        assertEquals("Alice moved the launch from December 3 to December 8.",
                ChangedValues.changed("Alice moved the launch to December 8.", "move the launch to December 8", "launch on December 3"));
        assertEquals("The team will use Postgres, changing an earlier decision.",
                ChangedValues.changed("The team will use Postgres.", "use Postgres", "use MySQL"));
    }

    @Test
    void everydayQuestionsAndRequestsKeepTheirGrammar() {
        assertEquals("Bob asks whether the deploy is done.", group("Bob", null, "Is the deploy done?"));
        assertEquals("Bob asks whether the team can ship it on Monday.", group("Bob", null, "Can the team ship it on Monday?"));
        assertEquals("Bob asks whether the new build fixes the crash.", group("Bob", null, "Does the new build fix the crash?"));
        assertEquals("Alice asks Bob to review the PR.", group("Alice", "Bob", "Can you guys review the PR?"));
        assertEquals("Alice asks Bob not to deploy on Fridays.", group("Alice", "Bob", "Please don't deploy on Fridays."));
        assertEquals("Bob asks what the status of the refund is.", group("Bob", null, "What is the status of the refund?"));
        assertEquals("Bob asks who is writing the release notes.", group("Bob", null, "Who is writing the release notes?"));
        assertEquals("Bob merged in the hotfix.", group("Bob", null, "Merged in the hotfix."));
    }

    @Test
    void greetingsAndRetractionsGoWholeAndNegationsStay() {
        assertEquals("Bob says the deploy is done.", group("Bob", null, "Hi team, the deploy is done."));
        assertEquals("Jess says no beta launch this year.", group("Jess", null, "Scratch that, no beta launch this year."));
        assertEquals(null, group("Alice", "Bob", "Sorry to hear that, Bob."));
        assertEquals("Alice has been thinking about the flow for a while now and Alice believes the team should wait.",
                group("Alice", null, "I've been thinking about the flow for a while now and I believe the team should wait."));
    }
}
