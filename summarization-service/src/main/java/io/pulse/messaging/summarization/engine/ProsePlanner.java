package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;
import io.pulse.messaging.summarization.engine.ThreadSummary.KeyPoint;
import io.pulse.messaging.summarization.engine.ThreadSummary.OpenQuestion;

/**
 * Chooses what a thread's recap says, in the thread's order: what the thread is about (its opening statement), the
 * final decisions (one that replaced an earlier decision with what changed and the sentence that made it change; the
 * replaced decision itself is not said), who does what next (open action items with an owner) and what was done, what
 * is still open, and the best-ranked key points to fill the rest. Works on what the detectors found; decides nothing.
 */
final class ProsePlanner {

    /** How many of the best key points the recap may add, at most, beside the items above. */
    static final int MAX_POINTS = 5;
    /** The budget's share of sqrt(meaningful sentences); chosen on the even-indexed DialogSum dialogues (SummaryQuality). */
    static final double SHARE = 1.0;
    private static final int MAX_OPEN_ACTIONS = 4;
    private static final int MAX_DONE_ACTIONS = 2;
    private static final int MAX_QUESTIONS = 1;

    /** Key points the recap adds at least beside decisions, action items and open questions (the opening, the best one). */
    private static final int MIN_POINTS = 2;
    /** Values several messages mention that the recap makes sure to say, at most. */
    private static final int MAX_ENTITIES = 2;

    private final ParsedThread thread;
    private int floor;
    private long meaningful = -1;
    private final TreeMap<Integer, ProseItem> items = new TreeMap<>();
    private final Set<Integer> excluded = new HashSet<>();

    ProsePlanner(ParsedThread thread) {
        this.thread = thread;
    }

    /** The recap's items in thread order. */
    List<ProseItem> plan(List<KeyPoint> keyPoints, List<ActionItem> actions, List<Decision> decisions, List<OpenQuestion> questions) {
        decisions(decisions);
        actions(actions);
        questions(questions);
        floor = items.size() + MIN_POINTS;
        opening();
        points(keyPoints);
        entities(decisions);
        outcomes();
        return new ArrayList<>(items.values());
    }

    private void decisions(List<Decision> decisions) {
        for (Decision d : decisions) {
            if (d.reversed()) {
                Sentence old = locate(d.messageIds(), d.text());
                if (old != null) {
                    excluded.add(old.index());
                }
            }
        }
        for (Decision d : decisions) {
            Sentence s = locate(d.messageIds(), d.text());
            if (d.reversed() || s == null) {
                continue;
            }
            Decision replaced = decisions.stream().filter(r -> r.reversed() && r != d
                    && r.reversedByMessageIds().stream().anyMatch(d.messageIds()::contains)).findFirst().orElse(null);
            Sentence reason = replaced == null ? null : reason(locate(replaced.messageIds(), replaced.text()), s);
            if (reason != null) {
                put(new ProseItem(ProseItem.Kind.REASON, reason, null, null));
            }
            put(new ProseItem(ProseItem.Kind.DECISION, s, null, replaced));
        }
    }

    /**
     * What made a decision change: of the statements between the replaced decision and the new one, the one sharing
     * most content terms with the new decision's message (at least one), or null.
     */
    private Sentence reason(Sentence old, Sentence decision) {
        if (old == null) {
            return null;
        }
        Set<String> terms = new HashSet<>();
        thread.sentencesByMessage.get(decision.message()).forEach(u -> terms.addAll(u.termSet()));
        Sentence best = null;
        int bestShared = 0;
        for (int message = old.message() + 1; message < decision.message(); message++) {
          for (Sentence u : thread.sentencesByMessage.get(message)) {
            if (u.question()) {
                continue;
            }
            int shared = ParsedThread.shared(u.termSet(), terms);
            if (shared > bestShared || shared == bestShared && best != null && u.terms().size() > best.terms().size()) {
                best = shared > 0 ? u : best;
                bestShared = Math.max(shared, bestShared);
            }
          }
        }
        return best;
    }

    private void actions(List<ActionItem> actions) {
        int open = 0;
        int done = 0;
        for (ActionItem a : actions) {
            if (a.owner() == null) {
                continue;
            }
            Sentence s = locate(a.messageIds(), a.text());
            if (s == null || a.done() && done >= MAX_DONE_ACTIONS || !a.done() && open >= MAX_OPEN_ACTIONS) {
                continue;
            }
            if (put(new ProseItem(a.done() ? ProseItem.Kind.DONE : ProseItem.Kind.ACTION, s, a, null))) {
                open += a.done() ? 0 : 1;
                done += a.done() ? 1 : 0;
                exclude(a.messageIds(), s);
                exclude(a.doneMessageIds(), s);
            }
        }
    }

    /** Keeps the other sentences of an action item's messages (its acceptance, its done report) out of the recap. */
    private void exclude(List<UUID> messageIds, Sentence said) {
        for (UUID id : messageIds) {
            Integer at = thread.indexById.get(id);
            if (at != null) {
                if (at != said.message()) { // the request's own message may still give its context ("Invoice attached.")
                    thread.sentencesByMessage.get(at).forEach(u -> excluded.add(u.index()));
                }
            }
        }
    }

    /** The latest open questions of some substance (three content terms or more). */
    private void questions(List<OpenQuestion> questions) {
        int said = 0;
        for (int i = questions.size() - 1; i >= 0 && said < MAX_QUESTIONS; i--) {
            OpenQuestion q = questions.get(i);
            Sentence s = locate(q.messageIds(), q.text());
            if (s != null && s.terms().size() >= 3 && put(new ProseItem(ProseItem.Kind.QUESTION, s, null, null))) {
                said++;
            }
        }
    }

    /** The opening message's statement with the most content, when it is a clause: usually what the thread is about. */
    private void opening() {
        if (items.size() >= budget()) {
            return;
        }
        Sentence best = null;
        for (Sentence u : thread.sentencesByMessage.get(0)) {
            if (!u.question() && u.terms().size() >= 2 && ReportedSpeech.isClause(SentenceTrim.clean(u.text()))
                    && (best == null || u.terms().size() > best.terms().size())) {
                best = u;
            }
        }
        if (best != null) {
            put(new ProseItem(ProseItem.Kind.POINT, best, null, null));
        }
    }

    private void points(List<KeyPoint> keyPoints) {
        for (KeyPoint k : keyPoints) {
            if (items.size() >= budget()) {
                break;
            }
            Sentence s = locate(k.messageIds().subList(0, 1), k.text());
            if (s != null) {
                put(new ProseItem(ProseItem.Kind.POINT, s, null, null));
            }
        }
    }

    /**
     * How many items the recap holds when key points fill it: about {@link #SHARE} x sqrt(meaningful sentences), 1 to
     * {@link #MAX_POINTS}. Decisions, action items and open questions are said even beyond it.
     */
    private int budget() {
        if (meaningful < 0) {
            meaningful = thread.sentences.stream().filter(u -> u.terms().size() >= 2).count();
        }
        long share = Math.round(SHARE * Math.sqrt(Math.max(meaningful, 1)));
        return (int) Math.max(floor, Math.max(1, Math.min(MAX_POINTS, share)));
    }

    /**
     * What the thread is about: an amount, percentage, reference or date that two or more messages mention and the recap
     * does not say yet is said with the latest statement that mentions it (the outcome rather than the complaint).
     */
    private void entities(List<Decision> decisions) {
        java.util.Map<String, Set<Integer>> mentions = new java.util.LinkedHashMap<>();
        List<List<String>> bySentence = new ArrayList<>(thread.sentences.size());
        for (Sentence u : thread.sentences) {
            List<String> found = ChangedValues.entities(u.text());
            bySentence.add(found);
            found.forEach(v -> mentions.computeIfAbsent(v, k -> new HashSet<>()).add(u.message()));
        }
        Set<String> said = new HashSet<>();
        items.values().forEach(i -> said.addAll(bySentence.get(i.sentence().index())));
        decisions.forEach(d -> said.addAll(ChangedValues.entities(d.text()))); // a replaced decision is said as what changed
        int added = 0;
        for (var e : mentions.entrySet()) {
            if (added >= MAX_ENTITIES || e.getValue().size() < 2 || said.contains(e.getKey())) {
                continue;
            }
            for (int i = thread.sentences.size() - 1; i >= 0; i--) {
                Sentence u = thread.sentences.get(i);
                if (!u.question() && bySentence.get(i).contains(e.getKey()) && put(new ProseItem(ProseItem.Kind.POINT, u, null, null))) {
                    said.addAll(bySentence.get(i));
                    added++;
                    break;
                }
            }
        }
    }

    /**
     * The latest value of a measure the recap states ("error rate at 12%" ... "error rate back to 2%"): the last later
     * message that shares a content word with a said sentence holding a percentage and gives a percentage of its own; all
     * its sentences with a percentage are said.
     */
    private void outcomes() {
        for (ProseItem item : List.copyOf(items.values())) {
            Sentence said = item.sentence();
            if (!ChangedValues.entities(said.text()).stream().anyMatch(v -> v.endsWith("%"))) {
                continue;
            }
            for (int m = thread.messages.size() - 1; m > said.message(); m--) {
                List<Sentence> own = thread.sentencesByMessage.get(m);
                boolean answers = own.stream().anyMatch(u -> !u.question() && percent(u) && ParsedThread.shared(u.termSet(), said.termSet()) > 0);
                if (answers) {
                    own.stream().filter(u -> !u.question() && percent(u)).forEach(u -> put(new ProseItem(ProseItem.Kind.POINT, u, null, null)));
                    return;
                }
            }
        }
    }

    private static boolean percent(Sentence u) {
        return u.text().matches("(?s).*\\d\\s?%.*");
    }

    /** Adds the item unless its sentence is already said or excluded. */
    private boolean put(ProseItem item) {
        int at = item.sentence().index();
        if (excluded.contains(at) || items.containsKey(at)) {
            return false;
        }
        items.put(at, item);
        return true;
    }

    /** The sentence of the first of {@code messageIds} that {@code text} was taken from (its first sentence otherwise). */
    private Sentence locate(List<UUID> messageIds, String text) {
        if (messageIds.isEmpty() || !thread.indexById.containsKey(messageIds.get(0))) {
            return null;
        }
        List<Sentence> own = thread.sentencesByMessage.get(thread.indexById.get(messageIds.get(0)));
        String wanted = Text.normalizeSpaces(text);
        for (Sentence u : own) {
            String t = Text.normalizeSpaces(u.text());
            if (t.equals(wanted) || wanted.contains(t) && t.length() > 3 || t.contains(wanted)) {
                return u;
            }
        }
        return own.isEmpty() ? null : own.get(0);
    }
}
