package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The sentences that may take a decision back (statements in reversal language), indexed by their terms and by the
 * message they reply to, so that the first reversal of a decision is found without scanning the rest of the thread.
 */
final class Reversals {

    /** How many messages after a decision a strong reversal ("Scratch that.") takes it back without sharing its terms. */
    static final int STRONG_WINDOW = 3;

    private final ParsedThread thread;
    /** Sentence indexes of the reversals, in order. */
    private final List<Integer> all = new ArrayList<>();
    private final Map<String, List<Integer>> byTerm = new HashMap<>();
    private final Map<UUID, List<Integer>> byReplyTo = new HashMap<>();

    Reversals(ParsedThread thread) {
        this.thread = thread;
        for (Sentence u : thread.sentences) {
            if (u.question() || !thread.reverses(u)) {
                continue;
            }
            all.add(u.index());
            for (String t : u.termSet()) {
                if (!Cues.CUE_TERMS.contains(t)) {
                    byTerm.computeIfAbsent(t, x -> new ArrayList<>()).add(u.index());
                }
            }
            UUID replyTo = thread.messages.get(u.message()).replyTo();
            if (replyTo != null) {
                byReplyTo.computeIfAbsent(replyTo, x -> new ArrayList<>()).add(u.index());
            }
        }
    }

    /**
     * The first reversal after sentence {@code after} (not in the decision's own messages {@code sources} nor its message
     * {@code from}) that replies to it, shares one of its {@code terms}, is strong and within {@link #STRONG_WINDOW}
     * messages, or is the sentence {@code next} of the next decision; -1 when none is.
     */
    int first(int after, int from, Set<UUID> sources, Set<String> terms, Sentence next) {
        int best = Integer.MAX_VALUE;
        for (UUID source : sources) {
            best = Math.min(best, firstIn(byReplyTo.get(source), after, from, sources, best));
        }
        for (String t : terms) {
            best = Math.min(best, firstIn(byTerm.get(t), after, from, sources, best));
        }
        for (int i = firstAfter(all, after); i < all.size() && all.get(i) < best; i++) {
            Sentence u = thread.sentences.get(all.get(i));
            if (u.message() - from > STRONG_WINDOW) {
                break;
            }
            if (Cues.STRONG_REVERSAL.in(u.cue()) && admissible(u, from, sources)) {
                best = u.index();
                break;
            }
        }
        if (next != null && next.index() < best && thread.reverses(next) && !next.question() && next.index() > after
                && admissible(next, from, sources)) {
            best = next.index();
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    private int firstIn(List<Integer> postings, int after, int from, Set<UUID> sources, int below) {
        if (postings == null) {
            return Integer.MAX_VALUE;
        }
        for (int i = firstAfter(postings, after); i < postings.size() && postings.get(i) < below; i++) {
            if (admissible(thread.sentences.get(postings.get(i)), from, sources)) {
                return postings.get(i);
            }
        }
        return Integer.MAX_VALUE;
    }

    private boolean admissible(Sentence u, int from, Set<UUID> sources) {
        return u.message() != from && !sources.contains(thread.messages.get(u.message()).id());
    }

    /** The position of the first entry greater than {@code after} in a sorted list. */
    private static int firstAfter(List<Integer> sorted, int after) {
        int i = Collections.binarySearch(sorted, after + 1);
        return i >= 0 ? i : -i - 1;
    }
}
