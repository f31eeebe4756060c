package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.summarization.engine.DailyDigest.Highlight;
import io.pulse.messaging.summarization.engine.DailyDigest.Kind;
import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;
import io.pulse.messaging.summarization.engine.ThreadSummary.KeyPoint;

/**
 * A conversation's candidate highlights for a digest, best first; the first is the conversation's headline. What
 * concerns the reader leads (an open action item assigned to them, then anything that mentions them); then the
 * outcomes of the day: decisions that stand, open action items with an owner, action items reported done, then an
 * open risk among the key points ("error rate is at 12%"), then the other key points by centrality. A question is
 * never the headline while anything else can be; a request phrased as one ("Leo, can you rotate the keys?") is an
 * action item, not a question, and ranks as one.
 */
final class Highlights {

    static final double ASSIGNED_TO_READER = 30;
    static final double MENTIONS_READER = 20;
    private static final double DECISION = 3;
    private static final double OPEN_ACTION = 2.5;
    private static final double DONE_ACTION = 2.2;
    /** An open risk ranks between the outcomes and the other key points: {@code RISK + score / 2} (a score is at most 1). */
    private static final double RISK = 1.4;
    private static final double ACTION_WITHOUT_OWNER = 1.2;
    /** A question's rank is cut below every statement's. */
    private static final double QUESTION = 0.1;
    private static final Phrases RISKS = Phrases.of("error|errors|outage|down|failing|failed|failure|crash|crashes|crashing|broken"
            + "|blocked|blocker|risk|at risk|incident|breach|leak|churn|chargeback|escalat(ed|ion)|overdue|delayed|slipping|degraded");

    /** A highlight with the rank that orders it. */
    record Ranked(Highlight highlight, double rank) {
    }

    private Highlights() {
    }

    static List<Ranked> ranked(ThreadSummary s, List<ChatMessage> ofTheDay, SummaryOptions options) {
        UUID reader = options.readerId();
        Roster roster = new Roster(ofTheDay, options.readerIn(ofTheDay));
        Person readerPerson = roster.reader();
        List<Ranked> ranked = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (ActionItem a : s.actionItems()) {
            boolean assigned = !a.done() && a.owner() != null && (a.owner().id().equals(reader) || a.owner().equals(readerPerson));
            boolean mentioned = !a.done() && roster.refersTo(a.text(), readerPerson);
            double outcome = a.owner() == null ? ACTION_WITHOUT_OWNER : a.done() ? DONE_ACTION : OPEN_ACTION;
            double rank = (assigned ? ASSIGNED_TO_READER : mentioned ? MENTIONS_READER : 0) + outcome;
            ranked.add(new Ranked(new Highlight(Kind.ACTION_ITEM, a.text(), a.owner(), a.messageIds(), assigned || mentioned), rank));
            taken.add(a.text());
        }
        for (Decision d : s.decisions()) {
            if (d.reversed() || !taken.add(d.text())) {
                continue;
            }
            boolean mentioned = roster.refersTo(d.text(), readerPerson);
            ranked.add(new Ranked(new Highlight(Kind.DECISION, d.text(), d.decidedBy(), d.messageIds(), mentioned),
                    asked(d.text(), (mentioned ? MENTIONS_READER : 0) + DECISION)));
        }
        for (KeyPoint k : s.keyPoints()) {
            if (!taken.add(k.text())) {
                continue;
            }
            double rank = (k.mentionsReader() ? MENTIONS_READER : 0) + (RISKS.in(CueText.of(k.text())) ? RISK + k.score() / 2 : k.score());
            ranked.add(new Ranked(new Highlight(Kind.KEY_POINT, k.text(), k.speaker(), k.messageIds(), k.mentionsReader()),
                    asked(k.text(), rank)));
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.rank()));
        return ranked;
    }

    private static double asked(String text, double rank) {
        return Text.isQuestion(text) ? rank * QUESTION : rank;
    }
}
