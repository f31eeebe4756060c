package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDatesTest {

    /** Wednesday. */
    private static final LocalDate SENT = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Can you send it by Friday?                      | 2026-11-27",
            "please finish it by fri                         | 2026-11-27",
            "I'll do it on Wednesday                         | 2026-12-02",
            "Let's review it next Friday                     | 2026-12-04",
            "I'll send it tomorrow                           | 2026-11-26",
            "need this today                                 | 2026-11-25",
            "by EOD please                                   | 2026-11-25",
            "the day after tomorrow works                    | 2026-11-27",
            "done by end of week                             | 2026-11-27",
            "by end of the month                             | 2026-11-30",
            "before end of next month                        | 2026-12-31",
            "sometime next week                              | 2026-11-30",
            "in 3 days                                       | 2026-11-28",
            "in two weeks                                    | 2026-12-09",
            "in 2 business days                              | 2026-11-27",
            "due 2027-01-15                                  | 2027-01-15",
            "by December 3rd                                 | 2026-12-03",
            "by 3 December                                   | 2026-12-03",
            "on the 1st of Dec                               | 2026-12-01",
            "by Jan 10                                       | 2027-01-10",
            "by the 28th                                     | 2026-11-28",
            "by the 5th                                      | 2026-12-05",
    })
    void resolvesAgainstTheDayTheMessageWasSent(String sentence, LocalDate expected) {
        assertEquals(expected, DueDates.find(sentence, SENT).orElseThrow().date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"We sat down and talked", "The sun is out", "No deadline on this one", "Sent 3 files"})
    void findsNothingWhereNoDateIsStated(String sentence) {
        assertTrue(DueDates.find(sentence, SENT).isEmpty(), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"by 31 February", "due 2026-13-45"})
    void anImpossibleDateIsNoDate(String sentence) {
        assertTrue(DueDates.find(sentence, SENT).isEmpty(), sentence);
    }
}
