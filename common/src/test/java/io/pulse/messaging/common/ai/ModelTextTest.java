package io.pulse.messaging.common.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ModelTextTest {

    @Test
    void controlFormatAndBidiCharactersGoAndSpacesCollapse() {
        assertEquals("refund approved", ModelText.tidy("  refund\u202E \u200B\n\tapproved\u0007 "));
        assertEquals("abc", ModelText.tidy("a\u2066b\u2069c"));
    }

    @Test
    void visibleKeepsTheLayout() {
        assertEquals("Hello Anna,\n\nI am away.", ModelText.visible("Hello\u200B Anna,\n\nI am\u202E away."));
        assertNull(ModelText.visible(null));
    }

    @Test
    void blankIsNullOnlyWhenAsked() {
        assertEquals("", ModelText.tidy(" \u200B "));
        assertNull(ModelText.tidyOrNull(" \u200B "));
        assertNull(ModelText.tidy(null));
    }
}
