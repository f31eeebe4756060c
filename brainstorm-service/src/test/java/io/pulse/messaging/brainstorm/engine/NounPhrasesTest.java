package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.engine.NounPhrases.NounPhrase;

class NounPhrasesTest {

    private static List<String> refs(String text) {
        return NounPhrases.of(text).stream().map(NounPhrase::ref).toList();
    }

    @Test
    void theTopicGivesItsSettingAndAudienceWithoutTimeSpansOrTrailingAdjectives() {
        List<NounPhrase> phrases = NounPhrases.of(OnboardingSessionSuggestionsTest.TOPIC);
        assertEquals(List.of("the mobile app", "new customers"), phrases.stream().map(NounPhrase::ref).toList());
        assertEquals("in", phrases.get(0).preposition());
        assertFalse(phrases.get(0).people());
        assertTrue(phrases.get(1).people());
        assertTrue(phrases.get(1).plural());
    }

    @Test
    void ideasGiveTheirThings() {
        assertEquals(List.of("the welcome email", "the push notification", "the message"),
                refs("Merge the welcome email and the first push notification into one message"));
        assertEquals(List.of("onboarding", "contacts", "the phone"), refs("Combine onboarding with importing contacts from the phone"));
        assertEquals(List.of("the profile completion progress", "the home screen"),
                refs("Make the profile completion progress visible on the home screen"));
        assertEquals(List.of("Duolingo-style streaks"), refs("Borrow Duolingo-style streaks to reward the first week of use"));
        assertEquals(List.of("the long tutorial", "short interactive tooltips"),
                refs("Swap the long tutorial for three short interactive tooltips"));
        assertEquals(List.of("the sign-up form"), refs("Replace the sign-up form with sign in with Apple or Google"));
        assertEquals(List.of("new users", "the message", "the account"),
                refs("Let new users send a message first and create the account afterwards"));
    }

    @Test
    void agreementFollowsTheHeadNoun() {
        NounPhrase tooltips = NounPhrases.of("Swap the long tutorial for three short interactive tooltips").get(1);
        assertEquals("are", tooltips.verb("is", "are"));
        NounPhrase progress = NounPhrases.of("Make the profile completion progress visible").get(0);
        assertEquals("is", progress.verb("is", "are"));
        assertEquals(List.of("the waiting time", "the hospital emergency department"),
                refs("Reduce waiting time at the hospital emergency department"));
    }

    /** The phrases behind issue 13's "Let agents call customers shape ..." and "What breaks in work longer Mondays ...". */
    @Test
    void aClauseIsNeverReadAsAPhraseAndNamesKeepTheirCapitals() {
        assertEquals(List.of("agents", "the email refund form", "the team"),
                refs("Let agents call customers shape the email refund form instead of the team"));
        assertEquals(List.of(), refs("Work longer Mondays and take Fridays off"));
        assertEquals(List.of("the Microsoft Japan trial", "our model"), refs("The Microsoft Japan trial could be our model"));
        assertEquals(List.of("our model"), refs("Microsoft Japan could be our model"));
        assertEquals(List.of("the cart"), refs("Save the cart when the session expires"));
        assertEquals(List.of("the sign-up form"), refs("Replace the sign-up form with sign in with Apple or Google"));
        assertEquals(List.of("refund requests"), refs("Answer refund requests within a day"));
    }
}
