package io.pulse.messaging.autoresponse.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.autoresponse.engine.Tone;
import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;

class RuleReplyTaskTest {

    private static final String OWNER = "Thanks for your message. Our support desk answers within 24 hours; urgent issues: call 030 1234 5678 "
            + "or see example.com/status.";
    private static final String MESSAGE = "Hallo, unser Dashboard lädt seit heute Morgen nicht mehr. Könnt ihr bitte schnell helfen? "
            + "Details: http://evil.example/details";

    private final RuleReplyTask task = new RuleReplyTask(new RuleReplyTask.Input(MESSAGE, "Jonas", "email", OWNER, Tone.FORMAL, "de"));

    @Test
    void aFaithfulRewriteIsAccepted() throws ModelFailure {
        String reply = "Guten Tag Jonas, danke für Ihre Nachricht zum Dashboard. Unser Support-Team antwortet innerhalb von 24 Stunden; "
                + "bei dringenden Problemen rufen Sie bitte 030 1234 5678 an oder sehen Sie unter example.com/status nach.";
        assertEquals(reply, task.accept("{\"reply\": \"" + reply + "\"}", Drops.uncounted()));
        assertTrue(task.prompt(6000).data().contains("\"ownerReply\":\"" + OWNER + "\""));
    }

    @Test
    void hiddenCharactersAreRemovedBeforeTheChecksAndTheSending() throws ModelFailure {
        String shown = "Guten Tag Jonas, danke für Ihre Nachricht. Unser Support-Team antwortet innerhalb von 24 Stunden; "
                + "bei dringenden Problemen rufen Sie bitte 030 1234 5678 an oder sehen Sie unter example.com/status nach.";
        String hidden = shown.replace("example.com", "\\u202Eexample\\u200B.com");
        assertEquals(shown, task.accept("{\"reply\": \"" + hidden + "\"}", Drops.uncounted()));
    }

    @Test
    void aRewriteThatLosesOrAddsAnythingTheOwnerWroteIsRefused() {
        assertRefused("Guten Tag Jonas, unser Support-Team antwortet innerhalb von 24 Stunden; bitte rufen Sie 030 1234 5678 an.",
                "lost-link");
        assertRefused("Guten Tag Jonas, unser Support antwortet bald; rufen Sie 030 1234 5678 an oder sehen Sie unter example.com/status nach.",
                "lost-number");
        assertRefused("Guten Tag Jonas, unser Support antwortet innerhalb von 24 Stunden: 030 1234 5678, example.com/status, "
                + "Details unter http://evil.example/details.", "unknown-link");
        assertRefused("Thanks Jonas. Our support desk answers within 24 hours; urgent issues: call 030 1234 5678 or see example.com/status.",
                "wrong-language");
    }

    private void assertRefused(String reply, String kind) {
        Drops drops = Drops.uncounted();
        ModelFailure failure = assertThrows(ModelFailure.class, () -> task.accept("{\"reply\": \"" + reply + "\"}", drops), reply);
        assertEquals(FallbackReason.INVALID_OUTPUT, failure.reason());
        assertTrue(failure.getMessage().endsWith(kind), failure.getMessage());
        assertEquals(1, drops.count());
    }

    @Test
    void withoutTheModelTheOwnersReplyIsSent() {
        assertEquals(OWNER, task.local());
    }
}
