package io.pulse.messaging.summarization.engine.llm;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.Person;
import io.pulse.messaging.summarization.engine.TextSignals;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;
import io.pulse.messaging.summarization.engine.ThreadSummary.OpenQuestion;

/**
 * Decisions and open questions of the answer, held to the conversation. Beyond the {@link Gate} (a decision is a report:
 * its outcome words must be asserted by what it cites): who decided or asked must be a participant, else it is the
 * sender of the first message cited ({@code person-not-participant}); a decision is {@code reversed} only when later
 * messages it cites (none aimed at the model) answer it or share its terms, else it stands
 * ({@code unsupported-reversal}).
 */
final class DecisionCheck {

    private final Gate gate;

    DecisionCheck(Gate gate) {
        this.gate = gate;
    }

    Decision decision(Answers.Decision d) {
        String text = gate.text(d.text());
        List<ChatMessage> cited = text == null ? null : gate.sources(text, d.messageIds(), true);
        if (cited == null) {
            return null;
        }
        List<ChatMessage> reversedBy = Boolean.TRUE.equals(d.reversed()) ? reversal(d.reversedByMessageIds(), cited, text) : List.of();
        if (Boolean.TRUE.equals(d.reversed()) && reversedBy.isEmpty()) {
            gate.drops().drop("unsupported-reversal");
        }
        return new Decision(text, person(d.decidedBy(), cited), ActionItemCheck.ids(cited), !reversedBy.isEmpty(),
                ActionItemCheck.ids(reversedBy));
    }

    OpenQuestion question(Answers.Question q) {
        String text = gate.text(q.text());
        List<ChatMessage> cited = text == null ? null : gate.sources(text, q.messageIds(), false);
        return cited == null ? null : new OpenQuestion(text, person(q.askedBy(), cited), ActionItemCheck.ids(cited));
    }

    private Person person(String reference, List<ChatMessage> cited) {
        Person p = gate.evidence().person(reference);
        if (p == null && reference != null && !reference.isBlank()) {
            gate.drops().drop("person-not-participant");
        }
        return p != null ? p : cited.get(0).sender();
    }

    private List<ChatMessage> reversal(List<String> ids, List<ChatMessage> decision, String text) {
        List<ChatMessage> later = gate.later(ids, decision);
        if (later == null) {
            return List.of();
        }
        Set<String> terms = new HashSet<>(TextSignals.terms(text));
        decision.forEach(m -> terms.addAll(TextSignals.terms(m.content())));
        boolean takesItBack = later.stream().anyMatch(m -> decision.stream().anyMatch(d -> d.id().equals(m.replyTo()))
                || TextSignals.terms(m.content()).stream().anyMatch(terms::contains));
        return takesItBack ? later : List.of();
    }
}
