package io.pulse.messaging.common.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SarcasmCuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"great, another outage. third time this week. love it.", "Oh wonderful... the app logged me out again",
            "Great, it crashed again.", "Thanks a lot, the export is broken again.", "Perfect, the site is down again."})
    void praiseAboutAFailureIsSarcasm(String text) {
        assertTrue(SarcasmCues.find(text).sarcastic(), text);
    }

    /** Review of issue 14: praise with any failure word was sarcasm, also thanks for a fix and a polite request. */
    @ParameterizedTest
    @ValueSource(strings = {"Thanks a lot for fixing the login bug!", "Great, can you fix the bug in the export?",
            "Awesome, could you look into the error on the dashboard?", "Thanks so much for resolving the outage so quickly!"})
    void praiseForARepairOrAroundARequestIsNoSarcasm(String text) {
        assertFalse(SarcasmCues.find(text).sarcastic(), text);
    }
}
