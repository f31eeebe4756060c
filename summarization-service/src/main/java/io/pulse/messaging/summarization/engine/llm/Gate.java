package io.pulse.messaging.summarization.engine.llm;

import java.util.List;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.ModelText;
import io.pulse.messaging.summarization.engine.ChatMessage;

/**
 * The checks every text of an answer passes before it is shown, each failure dropped and counted by kind:
 * {@code empty-text}, {@code too-long} (over {@value #MAX_TEXT} characters), {@code uncited} (no message ids),
 * {@code unknown-message} (an id of no message the model was shown), {@code cites-instruction} (it rests on a message
 * aimed at the model) and {@code unsupported-text} (the cited messages do not say it: {@link Grounding}).
 */
final class Gate {

    static final int MAX_TEXT = 500;

    private final Evidence evidence;
    private final Drops drops;

    Gate(Evidence evidence, Drops drops) {
        this.evidence = evidence;
        this.drops = drops;
    }

    Evidence evidence() {
        return evidence;
    }

    Drops drops() {
        return drops;
    }

    /** The text as shown (control characters removed, spacing collapsed), or null when it is empty or too long. */
    String text(String raw) {
        String text = raw == null ? "" : ModelText.tidy(raw);
        if (text.isEmpty()) {
            drops.drop("empty-text");
            return null;
        }
        if (text.length() > MAX_TEXT) {
            drops.drop("too-long");
            return null;
        }
        return text;
    }

    /**
     * The messages {@code ids} cite, when they all exist, none is aimed at the model and they support {@code text}
     * (its outcomes too when it {@code reports}); otherwise null, the item dropped.
     */
    List<ChatMessage> sources(String text, List<String> ids, boolean reports) {
        if (ids == null || ids.isEmpty()) {
            drops.drop("uncited");
            return null;
        }
        List<ChatMessage> cited = evidence.cited(ids);
        if (cited == null) {
            drops.drop("unknown-message");
            return null;
        }
        if (evidence.anyAimedAtTheModel(cited)) {
            drops.drop("cites-instruction");
            return null;
        }
        if (!Grounding.supported(text, cited, evidence.nameTerms(), reports)) {
            drops.drop("unsupported-text");
            return null;
        }
        return cited;
    }

    /** Later messages an item cites for a change of state (done, reversed): they exist, none is aimed at the model. */
    List<ChatMessage> later(List<String> ids, List<ChatMessage> item) {
        List<ChatMessage> cited = ids == null || ids.isEmpty() ? null : evidence.cited(ids);
        if (cited == null || evidence.anyAimedAtTheModel(cited) || !evidence.allAfter(cited, item)) {
            return null;
        }
        return cited;
    }
}
