package io.pulse.messaging.intelligence.service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.common.auth.CurrentUser;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.ownership.Ownership;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.intelligence.engine.ChatMessage;
import io.pulse.messaging.intelligence.engine.ConversationInsight;
import io.pulse.messaging.intelligence.engine.ConversationInsightEngine;
import io.pulse.messaging.intelligence.engine.EngagementTrend;
import io.pulse.messaging.intelligence.engine.FollowUp;
import io.pulse.messaging.intelligence.engine.FollowUpType;
import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.MessageSentiment;
import io.pulse.messaging.intelligence.engine.SentimentLabel;
import io.pulse.messaging.intelligence.engine.SentimentSignal;
import io.pulse.messaging.intelligence.engine.TopicDefinition;
import io.pulse.messaging.intelligence.engine.TopicEvidence;
import io.pulse.messaging.intelligence.engine.TopicSource;
import io.pulse.messaging.intelligence.model.AnalyzeRequest;
import io.pulse.messaging.intelligence.model.ConversationIntelligence;
import io.pulse.messaging.intelligence.model.ConversationIntelligenceView;
import io.pulse.messaging.intelligence.model.Overview;
import io.pulse.messaging.intelligence.model.SentimentHistoryEntry;
import io.pulse.messaging.intelligence.model.SentimentSeries;
import io.pulse.messaging.intelligence.model.TopicDetectionEntry;
import io.pulse.messaging.intelligence.model.TopicHistory;
import io.pulse.messaging.intelligence.repository.ConversationIntelligenceRepository;
import io.pulse.messaging.intelligence.repository.SentimentHistoryRepository;
import io.pulse.messaging.intelligence.repository.TopicDetectionRepository;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Analyses conversations and keeps their insight and history. An analysis runs in two steps so that the
 * engines' CPU work never holds a database transaction or the event loop: (1) a short transaction reads which
 * messages are known, the engines analyse the new ones on a worker thread; (2) one transaction locks the
 * conversation's row, appends the new messages to the histories (idempotent by message id), recomputes the
 * conversation's insight from everything known, stores it and notifies the live subscribers.
 */
@ApplicationScoped
public class IntelligenceService {

    static final int RECENT_ENTRIES = 50;
    static final int OVERVIEW_ITEMS = 5;
    private static final TypeReference<List<SentimentSignal>> SIGNALS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<MessageSentiment>> RECENT = new TypeReference<>() {
    };
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Ownership ownership;
    private final CurrentUser currentUser;
    private final ConversationInsightEngine engine;
    private final ConversationIntelligenceRepository conversations;
    private final SentimentHistoryRepository sentimentHistory;
    private final TopicDetectionRepository topicHistory;
    private final IntelligenceEvents events;
    private final ObjectMapper json;
    private final Clock clock;

    public IntelligenceService(Ownership ownership, CurrentUser currentUser, ConversationInsightEngine engine,
            ConversationIntelligenceRepository conversations, SentimentHistoryRepository sentimentHistory,
            TopicDetectionRepository topicHistory, IntelligenceEvents events, ObjectMapper json, Clock clock) {
        this.ownership = ownership;
        this.currentUser = currentUser;
        this.engine = engine;
        this.conversations = conversations;
        this.sentimentHistory = sentimentHistory;
        this.topicHistory = topicHistory;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What the engines computed for the new messages of one analysis; {@code nothingKnown} when the conversation had no
     * history when the analysis began.
     */
    private record Computed(List<MessageFacts> facts, List<TopicEvidence> evidence, int skipped, boolean nothingKnown) {
    }

    public Uni<ConversationIntelligenceView> analyze(UUID conversationId, AnalyzeRequest request) {
        validate(request);
        UUID user = currentUser.id();
        List<ChatMessage> messages = request.messages().stream()
                .map(m -> new ChatMessage(m.id(), m.sender().id(), m.sender().name(), m.content(), m.sentAt().toInstant(), m.replyTo()))
                .sorted(Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::id))
                .toList();
        List<TopicDefinition> userTopics = request.topics() == null ? List.of() : request.topics().stream()
                .map(t -> new TopicDefinition(t.name(), t.description(),
                        t.keywords() == null || t.keywords().isEmpty() ? nameKeywords(t.name())
                                : t.keywords().stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).toList(),
                        TopicSource.CUSTOM))
                .toList();
        Context context = Vertx.currentContext();
        Uni<Set<String>> known = ownership.asUser(user, scope -> sentimentHistory.knownMessageIds(scope, conversationId))
                .map(Set::copyOf);
        Uni<Computed> computed = known
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(ids -> {
                    List<ChatMessage> fresh = messages.stream().filter(m -> !ids.contains(m.id())).toList();
                    return new Computed(engine.analyzeMessages(fresh), engine.detectTopics(fresh, userTopics),
                            messages.size() - fresh.size(), ids.isEmpty());
                });
        if (context != null) {
            computed = computed.emitOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return computed.chain(result -> ownership.asUser(user, scope -> store(scope, conversationId, result)));
    }

    private Uni<ConversationIntelligenceView> store(UserScope scope, UUID conversationId, Computed computed) {
        OffsetDateTime now = now();
        return conversations.lockOrCreate(scope, conversationId, now)
                .chain(locked -> {
                    ConversationIntelligence row = locked.row();
                    // Every history write happens under this row's lock: a conversation that had no history when the
                    // analysis began and whose row this transaction created has none now, so its reads are skipped.
                    boolean noHistory = locked.created() && computed.nothingKnown();
                    Uni<List<SentimentHistoryEntry>> storedSentiment = noHistory ? Uni.createFrom().item(List.of())
                            : sentimentHistory.forConversation(scope, conversationId);
                    return storedSentiment
                        .chain(stored -> (noHistory ? Uni.createFrom().item(List.<TopicDetectionEntry>of())
                                : topicHistory.forConversation(scope, conversationId))
                                .chain(storedTopics -> {
                                    Set<String> storedIds = new HashSet<>();
                                    stored.forEach(e -> storedIds.add(e.getMessageId()));
                                    // another analysis may have stored some of these messages while the engines ran
                                    List<MessageFacts> fresh = computed.facts().stream().filter(f -> !storedIds.contains(f.id())).toList();
                                    Set<String> freshIds = new HashSet<>();
                                    fresh.forEach(f -> freshIds.add(f.id()));
                                    List<TopicEvidence> freshEvidence = computed.evidence().stream()
                                            .filter(e -> freshIds.contains(e.messageId())).toList();
                                    int skipped = computed.skipped() + computed.facts().size() - fresh.size();
                                    return sentimentHistory.append(scope, conversationId, now, fresh.stream().map(this::entry).toList())
                                            .chain(() -> topicHistory.append(scope, conversationId, now,
                                                    freshEvidence.stream().map(this::detection).toList()))
                                            .chain(() -> {
                                                List<MessageFacts> all = new ArrayList<>(stored.size() + fresh.size());
                                                stored.forEach(e -> all.add(facts(e)));
                                                all.addAll(fresh);
                                                all.sort(Comparator.comparing(MessageFacts::sentAt).thenComparing(MessageFacts::id));
                                                List<TopicEvidence> evidence = new ArrayList<>();
                                                storedTopics.forEach(t -> evidence.add(evidence(t)));
                                                evidence.addAll(freshEvidence);
                                                ConversationInsight insight = engine.summarize(all, evidence, now.toInstant());
                                                update(row, insight, all, now);
                                                return conversations.flush(scope, row)
                                                        .chain(() -> notifySubscribers(scope, conversationId))
                                                        .map(ignored -> view(row, insight, fresh, skipped));
                                            });
                                }));
                });
    }

    private Uni<Void> notifySubscribers(UserScope scope, UUID conversationId) {
        return events.publish(scope, conversationId);
    }

    private void update(ConversationIntelligence row, ConversationInsight insight, List<MessageFacts> all, OffsetDateTime now) {
        row.setUpdatedAt(now);
        row.setEngine(engine.name());
        row.setMessageCount(all.size());
        row.setLastMessageAt(all.isEmpty() ? null : all.get(all.size() - 1).sentAt().atOffset(ZoneOffset.UTC));
        row.setSentimentLabel(insight.sentiment().label().wire());
        row.setSentimentScore(insight.sentiment().score());
        row.setSentimentConfidence(insight.sentiment().confidence());
        row.setEngagementScore(insight.engagement().score());
        row.setEngagementTrend(insight.engagement().trend().wire());
        List<FollowUp> questions = insight.followUps().stream().filter(f -> f.type() == FollowUpType.UNANSWERED_QUESTION).toList();
        row.setUnansweredQuestions(questions.size());
        row.setOldestUnansweredAt(questions.stream().map(FollowUp::since).min(Comparator.naturalOrder())
                .map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null));
        List<MessageSentiment> recent = insight.messages().subList(Math.max(0, insight.messages().size() - RECENT_ENTRIES),
                insight.messages().size());
        row.setRecentSentiment(write(recent));
        row.setInsight(write(new ConversationInsight(insight.sentiment(), List.of(), insight.topics(), insight.participants(),
                insight.engagement(), insight.followUps(), insight.alerts())));
    }

    private ConversationIntelligenceView view(ConversationIntelligence row, ConversationInsight insight, List<MessageFacts> analysed,
            int skipped) {
        List<MessageSentiment> messages = analysed.stream()
                .map(m -> new MessageSentiment(m.id(), m.senderId(), m.sentAt(), m.label(), m.score())).toList();
        return new ConversationIntelligenceView(row.getConversationId(), row.getEngine(), row.getUpdatedAt(), row.getMessageCount(),
                analysed.size(), skipped, insight.sentiment(), messages, insight.topics(), insight.participants(),
                insight.engagement(), insight.followUps(), insight.alerts());
    }

    /** The stored insight of the current user's conversation; 404 when there is none (or it is someone else's). */
    public Uni<ConversationIntelligenceView> get(UUID conversationId) {
        UUID user = currentUser.id();
        return find(user, conversationId).map(view -> {
            if (view == null) {
                throw ApiException.notFound("Conversation intelligence");
            }
            return view;
        });
    }

    /** The stored insight of {@code user}'s conversation, or null. */
    public Uni<ConversationIntelligenceView> find(UUID user, UUID conversationId) {
        return ownership.asUser(user, scope -> conversations.findByConversation(scope, conversationId))
                .map(row -> row == null || row.getMessageCount() == 0 ? null : stored(row));
    }

    private ConversationIntelligenceView stored(ConversationIntelligence row) {
        ConversationInsight insight = read(row.getInsight(), ConversationInsight.class);
        List<MessageSentiment> recent = read(row.getRecentSentiment(), RECENT);
        return new ConversationIntelligenceView(row.getConversationId(), row.getEngine(), row.getUpdatedAt(), row.getMessageCount(),
                null, null, insight.sentiment(), recent, insight.topics(), insight.participants(), insight.engagement(),
                insight.followUps(), insight.alerts());
    }

    public Uni<SentimentSeries> sentimentHistory(UUID conversationId, String from, String to, String bucket) {
        String unit = bucket == null || bucket.isBlank() ? "day" : bucket;
        List<FieldError> errors = new ArrayList<>();
        if (!unit.equals("hour") && !unit.equals("day")) {
            errors.add(new FieldError("bucket", "must be hour or day"));
        }
        OffsetDateTime[] range = range(from, to, unit.equals("hour") ? Duration.ofDays(7) : Duration.ofDays(90), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        UUID user = currentUser.id();
        return ownership.asUser(user, scope -> conversations.findByConversation(scope, conversationId).chain(row -> {
            if (row == null) {
                throw ApiException.notFound("Conversation intelligence");
            }
            return sentimentHistory.buckets(scope, conversationId, unit, range[0], range[1]);
        })).map(buckets -> new SentimentSeries(conversationId, unit, range[0], range[1], buckets.stream()
                .map(b -> new SentimentSeries.Point(b.start(), b.messages(), b.averageScore(), b.minScore(), b.maxScore(),
                        b.positive(), b.neutral(), b.negative(), b.mixed()))
                .toList()));
    }

    public Uni<TopicHistory> topicHistory(UUID conversationId, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime[] range = range(from, to, Duration.ofDays(60), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        UUID user = currentUser.id();
        return ownership.asUser(user, scope -> conversations.findByConversation(scope, conversationId).chain(row -> {
            if (row == null) {
                throw ApiException.notFound("Conversation intelligence");
            }
            return topicHistory.between(scope, conversationId, range[0], range[1]);
        })).map(rows -> new TopicHistory(conversationId, range[0], range[1], topicItems(rows)));
    }

    private static List<TopicHistory.Item> topicItems(List<TopicDetectionEntry> rows) {
        Map<String, List<TopicDetectionEntry>> byTopic = new LinkedHashMap<>();
        rows.forEach(r -> byTopic.computeIfAbsent(r.getSource() + ":" + r.getTopic(), k -> new ArrayList<>()).add(r));
        List<TopicHistory.Item> items = new ArrayList<>();
        for (List<TopicDetectionEntry> group : byTopic.values()) {
            double sum = 0;
            double max = 0;
            for (TopicDetectionEntry e : group) {
                sum += e.getConfidence();
                max = Math.max(max, e.getConfidence());
            }
            TopicDetectionEntry first = group.get(0);
            items.add(new TopicHistory.Item(first.getTopic(), source(first.getSource()), group.size(),
                    Math.round(sum / group.size() * 10_000) / 10_000.0, max, first.getSentAt(), group.get(group.size() - 1).getSentAt(),
                    group.stream().map(TopicDetectionEntry::getMessageId).distinct().limit(20).toList()));
        }
        items.sort(Comparator.comparingInt(TopicHistory.Item::detections).reversed()
                .thenComparing(Comparator.comparingDouble(TopicHistory.Item::maxConfidence).reversed()));
        return items;
    }

    public Uni<Overview> overview() {
        UUID user = currentUser.id();
        return ownership.asUser(user, scope -> conversations.count(scope)
                .chain(count -> conversations.mostNegative(scope, OVERVIEW_ITEMS)
                        .chain(negative -> conversations.declining(scope, OVERVIEW_ITEMS)
                                .chain(declining -> conversations.waitingLongest(scope, OVERVIEW_ITEMS)
                                        .map(waiting -> new Overview(count, summaries(negative), summaries(declining), waiting(waiting)))))));
    }

    private static List<Overview.ConversationSummary> summaries(List<ConversationIntelligence> rows) {
        return rows.stream().map(r -> new Overview.ConversationSummary(r.getConversationId(),
                SentimentLabel.valueOf(r.getSentimentLabel().toUpperCase(java.util.Locale.ROOT)), r.getSentimentScore(),
                r.getEngagementScore(), EngagementTrend.valueOf(r.getEngagementTrend().toUpperCase(java.util.Locale.ROOT)),
                r.getMessageCount(), r.getLastMessageAt())).toList();
    }

    private List<Overview.WaitingQuestion> waiting(List<ConversationIntelligence> rows) {
        List<Overview.WaitingQuestion> out = new ArrayList<>();
        for (ConversationIntelligence row : rows) {
            ConversationInsight insight = read(row.getInsight(), ConversationInsight.class);
            insight.followUps().stream()
                    .filter(f -> f.type() == FollowUpType.UNANSWERED_QUESTION)
                    .min(Comparator.comparing(FollowUp::since))
                    .ifPresent(f -> out.add(new Overview.WaitingQuestion(row.getConversationId(), f.messageId(), f.senderName(),
                            f.excerpt(), f.since().atOffset(ZoneOffset.UTC), f.suggestedText())));
        }
        return out;
    }

    // ---- validation and mapping -----------------------------------------------------------------------------------

    private static void validate(AnalyzeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < request.messages().size(); i++) {
            String id = request.messages().get(i).id();
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                errors.add(new FieldError("messages[" + i + "].id", "duplicates messages[" + first + "].id"));
            }
        }
        if (request.topics() != null) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < request.topics().size(); i++) {
                if (!names.add(request.topics().get(i).name().strip().toLowerCase(java.util.Locale.ROOT))) {
                    errors.add(new FieldError("topics[" + i + "].name", "is defined twice"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private OffsetDateTime[] range(String from, String to, Duration defaultSpan, List<FieldError> errors) {
        OffsetDateTime end = parse("to", to, errors);
        OffsetDateTime start = parse("from", from, errors);
        if (end == null && (to == null || to.isBlank())) {
            end = now().plusSeconds(1);
        }
        if (start == null && (from == null || from.isBlank()) && end != null) {
            start = end.minus(defaultSpan);
        }
        if (start != null && end != null) {
            if (!start.isBefore(end)) {
                errors.add(new FieldError("from", "must be before to"));
            } else if (Duration.between(start, end).compareTo(Duration.ofDays(400)) > 0) {
                errors.add(new FieldError("to", "the range may span at most 400 days"));
            }
        }
        return new OffsetDateTime[] {start, end};
    }

    private static OffsetDateTime parse(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 date-time with offset, e.g. 2026-11-24T00:00:00Z"));
            return null;
        }
    }

    private SentimentHistoryRepository.NewEntry entry(MessageFacts f) {
        return new SentimentHistoryRepository.NewEntry(f.id(), f.senderId(), f.senderName(), f.sentAt().atOffset(ZoneOffset.UTC),
                f.replyTo(), f.label().wire(), f.score(), f.confidence(), write(f.signals()), f.words(), f.question(), f.request(),
                f.acknowledgement(), f.closing(), f.excerpt());
    }

    private TopicDetectionRepository.NewDetection detection(TopicEvidence e) {
        return new TopicDetectionRepository.NewDetection(e.messageId(), e.sentAt().atOffset(ZoneOffset.UTC), e.topic(),
                e.source().wire(), e.confidence(), write(e.keywords()));
    }

    private MessageFacts facts(SentimentHistoryEntry e) {
        return new MessageFacts(e.getMessageId(), e.getSenderId(), e.getSenderName(), e.getSentAt().toInstant(), e.getReplyTo(),
                SentimentLabel.valueOf(e.getLabel().toUpperCase(java.util.Locale.ROOT)), e.getScore(), e.getConfidence(),
                read(e.getSignals(), SIGNALS), e.getWords(), e.isQuestion(), e.isRequest(), e.isAcknowledgement(), e.isClosing(),
                e.getExcerpt());
    }

    private TopicEvidence evidence(TopicDetectionEntry t) {
        return new TopicEvidence(t.getMessageId(), t.getSentAt().toInstant(), t.getTopic(), source(t.getSource()), t.getConfidence(),
                read(t.getKeywords(), STRINGS));
    }

    /** A user topic without keywords gets the words of its name (four letters or more) as keyword evidence. */
    static List<String> nameKeywords(String name) {
        return java.util.Arrays.stream(NON_WORD.split(name.toLowerCase(java.util.Locale.ROOT)))
                .filter(word -> word.length() >= 4).distinct().toList();
    }

    private static TopicSource source(String wire) {
        return TopicSource.valueOf(wire.toUpperCase(java.util.Locale.ROOT));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is unreadable", e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is unreadable", e);
        }
    }
}
