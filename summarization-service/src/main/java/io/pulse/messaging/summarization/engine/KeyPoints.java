package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;
import io.pulse.messaging.summarization.engine.ThreadSummary.KeyPoint;

/**
 * A thread's key points and paragraph. Sentences are ranked by centrality ({@link TextRank}, its random jump
 * favouring decisions, action items and the opening message, disfavouring questions; very short sentences damped);
 * the best are chosen with redundancy removal (a sentence too similar to a chosen one adds its message to that key
 * point instead), and the paragraph takes about sqrt(sentences) of them in thread order, attributed to their speakers.
 */
final class KeyPoints {

    /** Two sentences at least this similar say the same thing. */
    static final double REDUNDANT = 0.5;
    /** The paragraph takes about sqrt(sentences) / this many sentences (2 to 5). */
    private static final double PARAGRAPH_DIVISOR = 1.0;
    /** How much more often the ranking's random jump lands on a decision, an action item, a question, the opening. */
    private static final double DECISION_PRIOR = 3;
    private static final double ACTION_PRIOR = 2;
    private static final double QUESTION_PRIOR = 0.4;
    private static final double OPENING_PRIOR = 6;
    /** A sentence that opens by thanking ("Thanks for the photo, the crack is clear.") is mostly courtesy. */
    private static final double THANKS_PRIOR = 0.5;

    private final ParsedThread thread;
    private final List<Sentence> sentences;
    private final TextRank rank;
    private final double[] score;

    KeyPoints(ParsedThread thread, List<ActionItem> actions, List<Decision> decisions) {
        this.thread = thread;
        this.sentences = thread.sentences;
        this.rank = new TextRank(sentences.stream().map(Sentence::terms).toList(), prior(actions, decisions));
        this.score = scores(rank.scores());
    }

    /**
     * Outcomes (decisions, commitments) are what a reader wants from a recap, and the opening message usually says what
     * the thread is about: the random jump favours them; questions less so.
     */
    private double[] prior(List<ActionItem> actions, List<Decision> decisions) {
        Set<UUID> decisionMessages = new HashSet<>();
        decisions.forEach(d -> decisionMessages.addAll(d.messageIds()));
        Set<UUID> actionMessages = new HashSet<>();
        actions.forEach(a -> actionMessages.add(a.messageIds().get(0)));
        double[] prior = new double[sentences.size()];
        for (Sentence u : sentences) {
            UUID id = thread.message(u).id();
            double p = 1;
            if (decisionMessages.contains(id) && (thread.decides(u) || Commitments.teamCommitment(u))) {
                p *= DECISION_PRIOR;
            }
            if (actionMessages.contains(id)) {
                p *= ACTION_PRIOR;
            }
            if (u.question()) {
                p *= QUESTION_PRIOR;
            }
            if (u.message() == 0) {
                p *= OPENING_PRIOR;
            }
            if (Chatter.opensWithThanks(u)) {
                p *= THANKS_PRIOR;
            }
            prior[u.index()] = p;
        }
        return prior;
    }

    /** The rank of each sentence, damped for sentences of fewer than three content terms. */
    private double[] scores(double[] pr) {
        double[] score = new double[sentences.size()];
        for (Sentence u : sentences) {
            double s = pr[u.index()] * sentences.size();
            int t = u.terms().size();
            s *= t == 0 ? 0 : t == 1 ? 0.25 : t == 2 ? 0.6 : Math.min(1.3, 0.85 + t / 20.0);
            score[u.index()] = s;
        }
        return score;
    }

    /** The best-ranked sentences, each with every message that said the same, best first. */
    List<KeyPoint> keyPoints() {
        List<Sentence> chosen = new ArrayList<>();
        List<LinkedHashSet<UUID>> sources = new ArrayList<>();
        choose(candidates(), chosen, sources);
        double top = chosen.isEmpty() ? 1 : Math.max(score[chosen.get(0).index()], 1e-9);
        List<KeyPoint> points = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            Sentence u = chosen.get(k);
            ChatMessage m = thread.message(u);
            double normalised = Math.round(1000 * score[u.index()] / top) / 1000.0;
            points.add(new KeyPoint(Text.normalizeSpaces(u.text()), m.sender(), normalised, List.copyOf(sources.get(k)),
                    thread.reader != null && thread.roster.refersTo(u.text(), thread.reader)));
        }
        return points;
    }

    /**
     * Sentences of two or more content terms (fewer when there are not enough), best score first; never a greeting,
     * thanks, a complaint or a threat ({@link Chatter}) unless the thread has nothing else.
     */
    private List<Sentence> candidates() {
        List<Sentence> business = sentences.stream().filter(u -> !Chatter.is(u)).toList();
        List<Sentence> pool = business.isEmpty() ? sentences : business;
        List<Sentence> candidates = new ArrayList<>(pool.stream().filter(u -> u.terms().size() >= 2).toList());
        if (candidates.size() < thread.options.maxKeyPoints()) {
            candidates = new ArrayList<>(pool.stream().filter(u -> !u.terms().isEmpty()).toList());
        }
        if (candidates.isEmpty()) {
            candidates = new ArrayList<>(pool);
        }
        candidates.sort(Comparator.comparingDouble((Sentence u) -> -score[u.index()]).thenComparingInt(Sentence::index));
        return candidates;
    }

    /** Fills {@code chosen} and, per chosen sentence, the messages that said it ({@code sources}). */
    private void choose(List<Sentence> candidates, List<Sentence> chosen, List<LinkedHashSet<UUID>> sources) {
        for (Sentence c : candidates) {
            int similarTo = -1;
            double best = 0;
            for (int k = 0; k < chosen.size(); k++) {
                double sim = rank.similarity(c.index(), chosen.get(k).index());
                if (sim > best) {
                    best = sim;
                    similarTo = k;
                }
            }
            UUID id = thread.message(c).id();
            if (best >= REDUNDANT) {
                sources.get(similarTo).add(id);
            } else if (chosen.size() < thread.options.maxKeyPoints()) {
                chosen.add(c);
                LinkedHashSet<UUID> own = new LinkedHashSet<>();
                own.add(id);
                sources.add(own);
            } else if (c.terms().size() < 2) {
                break; // the rest can neither be chosen nor be a meaningful repetition
            }
        }
    }

    /** A few of the key points in thread order, each attributed to its speaker by first name. */
    String paragraph(List<KeyPoint> keyPoints) {
        long meaningful = sentences.stream().filter(u -> u.terms().size() >= 2).count();
        int size = (int) Math.max(1, Math.min(5, Math.round(Math.sqrt(Math.max(meaningful, 1)) / PARAGRAPH_DIVISOR)));
        size = Math.max(Math.min(2, keyPoints.size()), Math.min(size, keyPoints.size()));
        List<KeyPoint> picked = new ArrayList<>(keyPoints.subList(0, size));
        Map<KeyPoint, Integer> position = new HashMap<>();
        for (KeyPoint p : picked) {
            position.put(p, thread.indexById.getOrDefault(p.messageIds().get(0), 0));
        }
        picked.sort(Comparator.comparingInt(position::get));
        StringBuilder text = new StringBuilder();
        for (KeyPoint p : picked) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(Attribution.attribute(Roster.firstName(p.speaker()), p.text(), listener(p.speaker())));
        }
        return text.toString();
    }

    /** In a two-person chat, the other person's first name ("you" in what the speaker said); null otherwise. */
    private String listener(Person speaker) {
        if (thread.senders.size() != 2) {
            return null;
        }
        return thread.senders.stream().filter(id -> !id.equals(speaker.id())).map(thread.roster::person).map(Roster::firstName)
                .findFirst().orElse(null);
    }
}
