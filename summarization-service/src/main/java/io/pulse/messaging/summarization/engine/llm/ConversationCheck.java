package io.pulse.messaging.summarization.engine.llm;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.TextSignals;
import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;
import io.pulse.messaging.summarization.engine.ThreadSummary.KeyPoint;
import io.pulse.messaging.summarization.engine.ThreadSummary.OpenQuestion;

/**
 * The items of one conversation in an answer, each read ({@link ItemReader}) and checked ({@link Gate},
 * {@link ActionItemCheck}, {@link DecisionCheck}); what fails is dropped and counted, a repeated text too
 * ({@code duplicate}). Key points keep the model's order (its ranking) up to the number asked for, scored from 1.0
 * down; the speaker of a key point is the sender of the first message it cites.
 */
final class ConversationCheck {

    /** The items that hold. */
    record Items(List<KeyPoint> keyPoints, List<ActionItem> actionItems, List<Decision> decisions,
            List<OpenQuestion> openQuestions) {
    }

    private ConversationCheck() {
    }

    static Items check(Answers.Items answer, Gate gate, ZoneId zone, int maxKeyPoints) {
        ActionItemCheck actions = new ActionItemCheck(gate, zone);
        DecisionCheck decisions = new DecisionCheck(gate);
        List<KeyPoint> points = keyPoints(ItemReader.read(answer.keyPoints(), Answers.Cited.class, gate.drops()), gate, maxKeyPoints);
        return new Items(points,
                distinct(ItemReader.read(answer.actionItems(), Answers.ActionItem.class, gate.drops()), actions::check, ActionItem::text, gate),
                distinct(ItemReader.read(answer.decisions(), Answers.Decision.class, gate.drops()), decisions::decision, Decision::text, gate),
                distinct(ItemReader.read(answer.openQuestions(), Answers.Question.class, gate.drops()), decisions::question,
                        OpenQuestion::text, gate));
    }

    private static List<KeyPoint> keyPoints(List<Answers.Cited> answer, Gate gate, int max) {
        List<Answers.Cited> kept = new ArrayList<>();
        List<List<ChatMessage>> sources = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Answers.Cited c : answer) {
            String text = gate.text(c.text());
            List<ChatMessage> cited = text == null ? null : gate.sources(text, c.messageIds(), true);
            if (cited == null) {
                continue;
            }
            if (!seen.add(text.toLowerCase(Locale.ROOT)) || kept.size() == max) {
                gate.drops().drop(kept.size() == max ? "too-many" : "duplicate");
                continue;
            }
            kept.add(new Answers.Cited(text, null));
            sources.add(cited);
        }
        List<KeyPoint> points = new ArrayList<>();
        Evidence evidence = gate.evidence();
        for (int i = 0; i < kept.size(); i++) {
            String text = kept.get(i).text();
            List<ChatMessage> cited = sources.get(i);
            points.add(new KeyPoint(text, cited.get(0).sender(), (double) (kept.size() - i) / kept.size(),
                    ActionItemCheck.ids(cited), TextSignals.refersTo(evidence.messages(), evidence.reader(), text)));
        }
        return points;
    }

    private static <A, T> List<T> distinct(List<A> answers, Function<A, T> check, Function<T, String> text, Gate gate) {
        List<T> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (A a : answers) {
            T item = check.apply(a);
            if (item == null) {
                continue;
            }
            if (seen.add(text.apply(item).toLowerCase(Locale.ROOT))) {
                items.add(item);
            } else {
                gate.drops().drop("duplicate");
            }
        }
        return items;
    }
}
