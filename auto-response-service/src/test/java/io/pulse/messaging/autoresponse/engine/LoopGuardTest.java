package io.pulse.messaging.autoresponse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class LoopGuardTest {

    private final UUID user = UUID.randomUUID();

    private Optional<SuppressionReason> check(Messages m) {
        return LoopGuard.check(m.build(), user);
    }

    @Test
    void autoSubmittedOtherThanNoIsAutomatic() {
        assertEquals(Optional.of(SuppressionReason.AUTO_SUBMITTED), check(Messages.of("x").auto("auto-replied", null, false, false)));
        assertEquals(Optional.of(SuppressionReason.AUTO_SUBMITTED), check(Messages.of("x").auto("Auto-Generated; owner-email=a@b", null, false, false)));
        assertEquals(Optional.empty(), check(Messages.of("x").auto("no", null, false, false)));
        assertEquals(Optional.empty(), check(Messages.of("x").auto(" No ", null, false, false)));
        assertEquals(Optional.of(SuppressionReason.AUTO_SUBMITTED), check(Messages.of("x").headers(Map.of("auto-submitted", "auto-notified"))));
        assertEquals(Optional.of(SuppressionReason.AUTO_SUBMITTED), check(Messages.of("x").headers(Map.of("X-Autoreply", "yes"))));
        assertEquals(Optional.of(SuppressionReason.AUTO_SUBMITTED), check(Messages.of("x").from(null, "MAILER-DAEMON@example.com")));
        assertEquals(Optional.of(SuppressionReason.AUTO_SUBMITTED), check(Messages.of("x").from(null, "no-reply@shop.com")));
    }

    @Test
    void bulkListAndJunkPrecedence() {
        assertEquals(Optional.of(SuppressionReason.BULK_OR_LIST), check(Messages.of("x").auto(null, "bulk", false, false)));
        assertEquals(Optional.of(SuppressionReason.BULK_OR_LIST), check(Messages.of("x").auto(null, "LIST", false, false)));
        assertEquals(Optional.of(SuppressionReason.BULK_OR_LIST), check(Messages.of("x").auto(null, "junk", false, false)));
        assertEquals(Optional.of(SuppressionReason.BULK_OR_LIST), check(Messages.of("x").auto(null, null, true, false)));
        assertEquals(Optional.of(SuppressionReason.BULK_OR_LIST), check(Messages.of("x").auto(null, null, false, true)));
        assertEquals(Optional.of(SuppressionReason.BULK_OR_LIST), check(Messages.of("x").headers(Map.of("List-Id", "<dev.lists.example.org>"))));
        assertEquals(Optional.empty(), check(Messages.of("x").auto(null, "first-class", false, false)));
    }

    @Test
    void ourOwnRepliesAndTheUserThemself() {
        assertEquals(Optional.of(SuppressionReason.OWN_AUTO_REPLY), check(Messages.of("x").headers(Map.of("x-pulse-auto-reply", "abc"))));
        assertEquals(Optional.of(SuppressionReason.SELF), check(Messages.of("x").from(user, "me@example.com")));
        assertEquals(Optional.empty(), check(Messages.of("a normal message")));
    }
}
