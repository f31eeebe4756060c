package io.pulse.messaging.autoresponse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReplySubjectTest {

    @Test
    void controlCharactersAreRemovedAndLineBreaksBecomeSpaces() {
        assertEquals("Premium plan Bcc: x", ReplySubject.clean("Premium\u0000 plan\r\nBcc: x\u0007"));
        assertNull(ReplySubject.clean("\u0000\t "));
    }

    /** Review of issue 14: truncation could split a surrogate pair (an emoji) in two. */
    @Test
    void truncationNeverSplitsACharacter() {
        String subject = "x".repeat(ReplySubject.MAX - 1) + "\uD83D\uDE00 tail";
        String clean = ReplySubject.clean(subject);
        assertFalse(Character.isHighSurrogate(clean.charAt(clean.length() - 1)), "ends in half an emoji");
        assertEquals(ReplySubject.MAX - 1, clean.length());
    }
}
