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
            "Are you free for a call on Tuesday at 3 pm?|Tuesday at 3 pm"
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
}
