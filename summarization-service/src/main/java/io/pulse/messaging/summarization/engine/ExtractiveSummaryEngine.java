package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Coverage;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;
import io.pulse.messaging.summarization.engine.ThreadSummary.KeyPoint;
import io.pulse.messaging.summarization.engine.ThreadSummary.LeftOut;
import io.pulse.messaging.summarization.engine.ThreadSummary.OpenQuestion;
import io.pulse.messaging.summarization.engine.ThreadSummary.Participant;

/**
 * The local engine: extractive and honest. Sentences are ranked by centrality (TextRank over TF-IDF cosine
 * similarity, nudged towards decisions and action items and away from chatter), the best are chosen with
 * redundancy removal (a sentence too similar to a chosen one adds its message to that key point instead)
 * ({@link KeyPoints}). The paragraph says the outcomes in thread order and in the third person: {@link ProsePlanner}
 * chooses what to say (final decisions and what they changed, open and done action items, an open question, the opening
 * and the best key points), {@link ProseWriter} says it as reported speech ({@link ReportedSpeech}); a thread with nothing
 * to report (greetings only) keeps the key points' quoted paragraph. Action
 * items, decisions and questions are found by the phrases chats use for them ({@link ActionItems}, {@link Decisions},
 * {@link OpenQuestions}); every item carries its source message ids. Stateless and thread-safe.
 */
public final class ExtractiveSummaryEngine implements SummaryEngine {

    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ThreadSummary summarize(List<ChatMessage> input, SummaryOptions options) {
        if (input == null || input.isEmpty()) {
            throw new IllegalArgumentException("A summary needs at least one message");
        }
        List<ChatMessage> ordered = new ArrayList<>(input);
        ordered.sort(Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::id)); // deterministic for equal times
        int total = ordered.size();
        List<ChatMessage> messages = total > options.maxMessages() ? ordered.subList(total - options.maxMessages(), total) : ordered;
        boolean cut = total > messages.size();
        Coverage coverage = new Coverage(total, messages.size(), messages.get(0).sentAt(), messages.get(messages.size() - 1).sentAt(),
                cut, cut ? "The thread has " + total + " messages; only the latest " + messages.size() + " were summarised (the engine's limit)."
                        : null,
                cut ? List.of(LeftOut.of(LeftOut.ENGINE_LIMIT, ordered.subList(0, total - messages.size()))) : List.of());
        ParsedThread thread = new ParsedThread(messages, options);
        List<ActionItem> actions = new ActionItems(thread).find();
        List<Decision> decisions = new Decisions(thread).find();
        List<OpenQuestion> questions = new OpenQuestions(thread).find();
        KeyPoints ranking = new KeyPoints(thread, actions, decisions);
        List<KeyPoint> keyPoints = ranking.keyPoints();
        String prose = new ProseWriter(thread).write(new ProsePlanner(thread).plan(keyPoints, actions, decisions, questions));
        return new ThreadSummary(prose.isEmpty() ? ranking.paragraph(keyPoints) : prose, keyPoints, actions, decisions, questions, participants(messages),
                coverage);
    }

    /** Everyone who wrote, most messages first (first to write first among equals). */
    public static List<Participant> participants(List<ChatMessage> messages) {
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        Map<UUID, String> names = new HashMap<>();
        for (ChatMessage m : messages) {
            counts.computeIfAbsent(m.sender().id(), k -> new int[1])[0]++;
            names.putIfAbsent(m.sender().id(), m.sender().name());
        }
        List<Participant> list = new ArrayList<>();
        counts.forEach((id, c) -> list.add(new Participant(id, names.get(id), c[0])));
        List<Participant> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt((Participant p) -> -p.messageCount()).thenComparingInt(list::indexOf));
        return sorted;
    }
}
