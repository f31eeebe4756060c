package io.pulse.messaging.autoresponse.engine.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProposedTimeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Could we move our Thursday 2pm sync to Friday morning?|Friday morning",
            "Can we do Friday instead of Thursday?|Friday",
            "Thursday doesn't work for me, how about Monday at 10:30?|Monday at 10:30",
            "Good morning! Can we push tomorrow's standup to 10am?|10am",
            "Können wir das Meeting am Donnerstag auf Freitag um 10 Uhr verschieben?|Freitag um 10 Uhr",
            "Est-ce qu'on peut décaler la réunion de jeudi à vendredi matin ?|vendredi matin",
            "¿Podemos mover la reunión del jueves al viernes por la mañana?|viernes por la mañana",
            "Are you free for a call on Tuesday at 3 pm?|Tuesday at 3 pm",
            "Peut-on décaler la réunion à vendredi à 10h ?|vendredi à 10h",
            "Can we meet Thursday from 2pm to 3pm?|Thursday from 2pm to 3pm",
            "Could we move the call from 2pm to 4pm?|4pm",
            "Can we meet to decide Monday at 10am?|Monday at 10am",
            "Can we meet Monday? I need the deck by Friday.|Monday",
            "Können wir uns um 10.30 Uhr treffen?|10.30 Uhr",
            "Can we meet at 12.30 on Friday?|12.30 on Friday"
    })
    void theProposedTimeIsTheNewOneAsTheMessageWritesIt(String message, String expected) {
        assertEquals(expected, ProposedTime.in(message));
    }

    @Test
    void greetingsAndDeadlinesAreNoProposedTime() {
        assertNull(ProposedTime.in("Good morning, Anna! Guten Morgen!"));
        assertEquals(0, ProposedTime.count("Can you send me the contract by Friday?"));
        assertEquals(1, ProposedTime.count("Can we meet on Monday? I need the deck by Friday."));
    }

    /** Review of issue 14: amounts and durations were read as clock times. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Could you approve the invoice for 12.50?", "The migration took 3h",
            "We are 3h behind schedule.", "Total: 8.99 EUR"})
    void numbersThatDoNotSayTheyAreATimeAreNone(String message) {
        assertNull(ProposedTime.in(message));
        assertEquals(0, ProposedTime.count(message));
    }

    /** Review of issue 14: in() ignored deadlines, which only count() checked. */
    @Test
    void aDeadlineIsNeverTheProposedTime() {
        assertNull(ProposedTime.in("Can you send me the contract by Friday?"));
        assertEquals(true, ProposedTime.deadline("Can you send me the contract by Friday?"));
        assertEquals(false, ProposedTime.deadline("Can we meet on Friday?"));
    }
}
