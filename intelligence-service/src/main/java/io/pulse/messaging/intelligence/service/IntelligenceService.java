package io.pulse.messaging.intelligence.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.reactive.OffLoop;
import io.pulse.messaging.intelligence.engine.ChatMessage;
import io.pulse.messaging.intelligence.engine.TopicDefinition;
import io.pulse.messaging.intelligence.engine.TopicSource;
import io.pulse.messaging.intelligence.model.AnalyzeRequest;
import io.pulse.messaging.intelligence.model.ConversationIntelligenceView;
import io.smallrye.mutiny.Uni;

/**
 * Analyses a conversation's messages so that neither the engines' CPU work nor the history's length weighs on the
 * database: a short transaction reads a bounded snapshot ({@link AnalysisStore#snapshot}), the engines analyse the new
 * messages and compute the insight on a worker thread, outside any transaction ({@link InsightCalculator}), and a second
 * transaction stores the result if no other analysis of the conversation stored meanwhile. If one did, the insight is
 * computed again over a new snapshot (the messages are analysed once); after {@value #OPTIMISTIC_ATTEMPTS} such
 * attempts the last one computes under the conversation row's lock, so that every analysis ends.
 */
@ApplicationScoped
public class IntelligenceService {

    static final int OPTIMISTIC_ATTEMPTS = 3;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final InsightCalculator calculator;
    private final AnalysisStore store;

    public IntelligenceService(InsightCalculator calculator, AnalysisStore store) {
        this.calculator = calculator;
        this.store = store;
    }

    /** Analyses the messages not analysed before (by id) and answers the conversation's updated insight. */
    public Uni<ConversationIntelligenceView> analyze(UUID conversationId, AnalyzeRequest request) {
        validate(request);
        List<ChatMessage> messages = messages(request);
        List<TopicDefinition> topics = topics(request);
        List<String> ids = messages.stream().map(ChatMessage::id).toList();
        ConversationLabels labels = ConversationLabels.of(request);
        return store.snapshot(conversationId, ids)
                .chain(snapshot -> OffLoop.compute(() -> {
                    AnalysisResult analysed = calculator.analyze(messages, withSaved(topics, snapshot.savedTopics()),
                            snapshot.known());
                    return new Attempt(analysed, calculator.update(snapshot, analysed, ids.size()));
                }))
                .chain(first -> store(conversationId, ids, labels, first.analysed(), first.update(), 1));
    }

    private record Attempt(AnalysisResult analysed, InsightUpdate update) {
    }

    private Uni<ConversationIntelligenceView> store(UUID conversationId, List<String> ids, ConversationLabels labels,
            AnalysisResult analysed, InsightUpdate update, int attempt) {
        return store.storeIfCurrent(conversationId, update, labels).onItem().ifNull().switchTo(() -> {
            if (attempt >= OPTIMISTIC_ATTEMPTS) {
                return store.storeLocked(conversationId, ids, labels,
                        snapshot -> calculator.update(snapshot, analysed, ids.size()));
            }
            return store.snapshot(conversationId, ids)
                    .chain(snapshot -> OffLoop.compute(() -> calculator.update(snapshot, analysed, ids.size())))
                    .chain(next -> store(conversationId, ids, labels, analysed, next, attempt + 1));
        });
    }

    /** The request's messages in the order they were sent. */
    private static List<ChatMessage> messages(AnalyzeRequest request) {
        return request.messages().stream()
                .map(m -> new ChatMessage(m.id(), m.sender().id(), m.sender().name(), m.content(), m.sentAt().toInstant(),
                        m.replyTo()))
                .sorted(Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::id))
                .toList();
    }

    /** The request's topics, then the user's saved topics whose names the request does not define (ignoring case). */
    static List<TopicDefinition> withSaved(List<TopicDefinition> request, List<TopicDefinition> saved) {
        if (saved.isEmpty()) {
            return request;
        }
        Set<String> names = new HashSet<>();
        request.forEach(t -> names.add(t.name().strip().toLowerCase(Locale.ROOT)));
        List<TopicDefinition> all = new ArrayList<>(request);
        saved.stream().filter(t -> !names.contains(t.name().strip().toLowerCase(Locale.ROOT))).forEach(all::add);
        return all;
    }

    private static List<TopicDefinition> topics(AnalyzeRequest request) {
        if (request.topics() == null) {
            return List.of();
        }
        return request.topics().stream().map(IntelligenceService::topic).toList();
    }

    private static TopicDefinition topic(AnalyzeRequest.TopicInput topic) {
        List<String> keywords = topic.keywords() == null || topic.keywords().isEmpty() ? nameKeywords(topic.name())
                : topic.keywords().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        return new TopicDefinition(topic.name(), topic.description(), keywords, TopicSource.CUSTOM);
    }

    /** A user topic without keywords gets the words of its name (four letters or more) as keyword evidence. */
    static List<String> nameKeywords(String name) {
        return Arrays.stream(NON_WORD.split(name.toLowerCase(Locale.ROOT)))
                .filter(word -> word.length() >= 4).distinct().toList();
    }

    /** What bean validation cannot see: message ids and topic names must be unique within the request. */
    private static void validate(AnalyzeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < request.messages().size(); i++) {
            Integer first = seen.putIfAbsent(request.messages().get(i).id(), i);
            if (first != null) {
                errors.add(new FieldError("messages[" + i + "].id", "duplicates messages[" + first + "].id"));
            }
        }
        if (request.topics() != null) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < request.topics().size(); i++) {
                if (!names.add(request.topics().get(i).name().strip().toLowerCase(Locale.ROOT))) {
                    errors.add(new FieldError("topics[" + i + "].name", "is defined twice"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
