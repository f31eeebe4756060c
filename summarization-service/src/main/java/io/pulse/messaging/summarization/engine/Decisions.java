package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;

/**
 * A thread's decisions: sentences in decision language, or a bare agreement ("Agreed!", "Deal") with the proposal it
 * answers; a decision said again with the same values is one decision with both messages, while one that changes a
 * value (a date, an amount, a number) or says "instead" stands on its own. A decision is reversed when a later message
 * takes it back in reply to it, sharing its terms, strongly and soon after, or as the next decision right after it.
 */
final class Decisions {

    private static final Pattern VALUE = Pattern.compile("\\d+(?:[.,:]\\d+)*(?:%|am|pm|k|m)?");
    private static final Pattern DEAL = Pattern.compile("^(deal|it's a deal|done deal|agreed|sold)\\W*$");

    private final ParsedThread thread;
    private final List<ChatMessage> messages;

    Decisions(ParsedThread thread) {
        this.thread = thread;
        this.messages = thread.messages;
    }

    /** A decision while it is being assembled. */
    private static final class Pending {
        String text;
        Person by;
        Sentence sentence;
        final LinkedHashSet<UUID> sources = new LinkedHashSet<>();
        final Set<String> terms = new HashSet<>();
        final Set<String> values = new HashSet<>();
        final List<UUID> reversedBy = new ArrayList<>();
    }

    List<Decision> find() {
        List<Pending> found = new ArrayList<>();
        Restatements<Pending> restatements = new Restatements<>(thread, 0.6);
        for (Sentence u : thread.sentences) {
            if (u.question() || !(DEAL.matcher(u.lower()).matches() || thread.decides(u) || Commitments.teamCommitment(u)
                    || Commitments.letsDecide(u))
                    || Chatter.of(u) == Chatter.Kind.THREAT) {
                continue;
            }
            ChatMessage m = messages.get(u.message());
            Pending d = new Pending();
            d.by = m.sender();
            d.sentence = u;
            long substantive = u.terms().stream().filter(t -> !Cues.CUE_TERMS.contains(t)).count();
            if (substantive == 0 || DEAL.matcher(u.lower()).matches()) {
                Optional<Sentence> proposal = proposal(u, m);
                if (proposal.isEmpty()) {
                    continue; // "agreed" with nothing to agree to
                }
                Sentence p = proposal.get();
                d.text = asStatement(p.text());
                d.sources.add(messages.get(p.message()).id());
                d.terms.addAll(p.termSet());
            } else {
                d.text = Text.normalizeSpaces(u.text());
            }
            d.sources.add(m.id());
            d.terms.addAll(u.termSet());
            d.terms.removeAll(Cues.CUE_TERMS);
            d.values.addAll(values(d.text));
            boolean changes = thread.reverses(u);
            Pending same = changes ? null : restatements.same(d.terms, o -> !changesValue(o, d));
            if (same != null) {
                same.sources.addAll(d.sources);
                continue;
            }
            found.add(d);
            restatements.add(d.terms, d);
        }
        Reversals reversals = new Reversals(thread);
        for (int k = 0; k < found.size(); k++) {
            markReversed(found, k, reversals);
        }
        return found.stream().map(d -> new Decision(d.text, d.by, List.copyOf(d.sources), !d.reversedBy.isEmpty(),
                List.copyOf(d.reversedBy))).toList();
    }

    /** The proposal a short agreement ("Agreed!", "Deal, let's do it") refers to. */
    private Optional<Sentence> proposal(Sentence agreement, ChatMessage m) {
        List<Integer> candidates = new ArrayList<>();
        if (m.replyTo() != null && thread.indexById.containsKey(m.replyTo())) {
            candidates.add(thread.indexById.get(m.replyTo()));
        }
        for (int j = agreement.message() - 1; j >= Math.max(0, agreement.message() - 3); j--) {
            candidates.add(j);
        }
        for (int j : candidates) {
            if (j >= agreement.message() || messages.get(j).sender().equals(m.sender())) {
                continue;
            }
            Sentence best = null;
            for (Sentence u : thread.sentencesByMessage.get(j)) {
                if (!u.question() && (thread.decides(u) || Commitments.letsDecide(u) || Commitments.teamCommitment(u))) {
                    return Optional.of(u); // "Let's do silver then." / "Agreed.": the agreement joins that decision
                }
                boolean proposes = Cues.startsWith(Cues.PROPOSAL_PREFIX, u.text().strip());
                if (u.terms().size() >= 2 && (best == null || proposes || u.terms().size() > best.terms().size())) {
                    best = u;
                    if (proposes) {
                        break;
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private static String asStatement(String sentence) {
        String s = Text.normalizeSpaces(sentence);
        s = Cues.PROPOSAL_PREFIX.matcher(s).replaceFirst("");
        s = s.replaceAll("[?]+$", "").strip();
        if (s.isEmpty()) {
            return Text.normalizeSpaces(sentence);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Marks decision {@code k} reversed by the first later statement in reversal language (not its own) that replies to
     * it, shares its terms, is strong and close, or is the next decision ({@link Reversals}).
     */
    private void markReversed(List<Pending> decisions, int k, Reversals reversals) {
        Pending d = decisions.get(k);
        Sentence next = k + 1 < decisions.size() ? decisions.get(k + 1).sentence : null;
        int j = reversals.first(d.sentence.index(), d.sentence.message(), d.sources, d.terms, next);
        if (j >= 0) {
            d.reversedBy.add(messages.get(thread.sentences.get(j).message()).id());
        }
    }

    /** Whether {@code d} says another value where {@code o} said one (Dec 8 for Dec 3, $14 for $15). */
    private static boolean changesValue(Pending o, Pending d) {
        return !o.values.containsAll(d.values) && !d.values.containsAll(o.values);
    }

    private static Set<String> values(String text) {
        Set<String> found = new HashSet<>();
        java.util.regex.Matcher m = VALUE.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
