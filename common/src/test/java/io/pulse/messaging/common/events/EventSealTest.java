package io.pulse.messaging.common.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The seal of live-event notifications and where its key comes from. */
class EventSealTest {

    private static final String BODY = "{\"t\":\"tag\",\"e\":\"idea_added\",\"d\":{\"ideaId\":\"x\"},\"at\":1}";

    private final EventSeal seal = new EventSeal(EventKeys.resolve(Optional.of("k".repeat(40)), Optional.empty(), true).bytes());

    @Test
    void aSealedBodyOpensOnItsChannelOnly() {
        String payload = seal.seal("pulse_brainstorm", BODY);
        assertEquals(Optional.of(BODY), seal.open("pulse_brainstorm", payload));
        assertEquals(Optional.empty(), seal.open("pulse_intelligence", payload), "moved to another channel");
    }

    @Test
    void forgedTamperedOrForeignPayloadsDoNotOpen() {
        String payload = seal.seal("pulse_brainstorm", BODY);
        assertEquals(Optional.empty(), seal.open("pulse_brainstorm", BODY), "unsigned");
        assertEquals(Optional.empty(), seal.open("pulse_brainstorm", payload.replace("idea_added", "idea_deleted")), "body changed");
        assertEquals(Optional.empty(), seal.open("pulse_brainstorm", "AAAA." + BODY), "made-up signature");
        assertEquals(Optional.empty(), seal.open("pulse_brainstorm", "not base64!." + BODY), "garbage signature");
        assertEquals(Optional.empty(), seal.open("pulse_brainstorm", ".{}"), "empty signature");
        EventSeal other = new EventSeal(EventKeys.resolve(Optional.of("o".repeat(40)), Optional.empty(), true).bytes());
        assertEquals(Optional.empty(), other.open("pulse_brainstorm", payload), "another key");
    }

    @Test
    void topicsAndAliasesAreOpaqueStableAndSeparated() {
        String topic = "0190f5a4-6b00-7a55-9a53-3f1b6f0e4b00";
        String tag = seal.blind("pulse_brainstorm", topic);
        assertEquals(tag, seal.blind("pulse_brainstorm", topic));
        assertFalse(tag.contains(topic));
        assertNotEquals(tag, seal.blind("pulse_intelligence", topic));
        assertNotEquals(seal.alias("s", "u1"), seal.alias("s", "u2"));
        assertNotEquals(seal.alias("s1", "u1"), seal.alias("s2", "u1"));
        assertNotEquals(seal.blind("pulse_brainstorm", topic), seal.alias("pulse_brainstorm", topic));
    }

    @Test
    void theKeyIsConfiguredDerivedFromASharedTokenSecretOrRandom() {
        EventKeys.Key configured = EventKeys.resolve(Optional.of("c".repeat(32)), Optional.of("secret".repeat(8)), true);
        assertEquals("PULSE_EVENTS_KEY", configured.source());
        assertArrayEquals(configured.bytes(), EventKeys.resolve(Optional.of("c".repeat(32)), Optional.empty(), false).bytes(),
                "every replica with the same setting has the same key");
        assertThrows(IllegalStateException.class, () -> EventKeys.resolve(Optional.of("too short"), Optional.empty(), true));

        EventKeys.Key derived = EventKeys.resolve(Optional.of(" "), Optional.of("secret".repeat(8)), true);
        assertFalse(derived.replicaLocal());
        assertArrayEquals(derived.bytes(), EventKeys.resolve(Optional.empty(), Optional.of("secret".repeat(8)), true).bytes());

        EventKeys.Key random = EventKeys.resolve(Optional.empty(), Optional.empty(), true);
        assertTrue(random.replicaLocal());
        assertFalse(Arrays.equals(random.bytes(), EventKeys.resolve(Optional.empty(), Optional.empty(), true).bytes()));
        assertTrue(EventKeys.resolve(Optional.empty(), Optional.of("secret".repeat(8)), false).replicaLocal(),
                "outside production a token secret (often the development one) is not used");
    }
}
