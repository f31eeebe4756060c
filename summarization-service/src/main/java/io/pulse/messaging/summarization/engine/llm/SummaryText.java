package io.pulse.messaging.summarization.engine.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;

/**
 * The prose summary, from the answer's cited sentences: each passes the {@link Gate} as a report (its outcomes must be
 * asserted by what it cites), and one that rests only on decisions later reversed is dropped ({@code superseded}): the
 * summary states the final decision, not the one taken back. The sentences that hold are joined in the model's order;
 * none holding, or more than {@value #MAX_CHARS} characters of them, makes the whole answer unusable
 * ({@code invalid-output}).
 */
final class SummaryText {

    static final int MAX_CHARS = 2_000;

    private SummaryText() {
    }

    /** The summary of {@code sentences}, given the evidence's {@code gate} and the decisions that hold. */
    static String prose(List<JsonNode> sentences, Gate gate, List<Decision> decisions) throws ModelFailure {
        Set<UUID> superseded = new HashSet<>();
        Set<UUID> reversing = new HashSet<>();
        for (Decision d : decisions) {
            if (d.reversed()) {
                superseded.addAll(d.messageIds());
                reversing.addAll(d.reversedByMessageIds());
            }
        }
        superseded.removeAll(reversing);
        List<String> kept = new ArrayList<>();
        for (Answers.Cited s : ItemReader.read(sentences, Answers.Cited.class, gate.drops())) {
            String text = gate.text(s.text());
            List<ChatMessage> cited = text == null ? null : gate.sources(text, s.messageIds(), true);
            if (cited == null) {
                continue;
            }
            if (cited.stream().allMatch(m -> superseded.contains(m.id()))) {
                gate.drops().drop("superseded");
                continue;
            }
            kept.add(text);
        }
        String prose = String.join(" ", kept);
        if (prose.isEmpty()) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "no sentence of the summary holds");
        }
        if (prose.length() > MAX_CHARS) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the summary is over " + MAX_CHARS + " characters");
        }
        return prose;
    }
}
