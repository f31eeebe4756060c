package io.pulse.messaging.summarization.service;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.ownership.Ownership;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.DailyDigest;
import io.pulse.messaging.summarization.engine.DailyDigester;
import io.pulse.messaging.summarization.engine.Person;
import io.pulse.messaging.summarization.engine.SummaryEngine;
import io.pulse.messaging.summarization.engine.SummaryOptions;
import io.pulse.messaging.summarization.engine.ThreadSummary;
import io.pulse.messaging.summarization.model.ConversationSummary;
import io.pulse.messaging.summarization.model.Requests;
import io.pulse.messaging.summarization.model.Requests.DigestConversationInput;
import io.pulse.messaging.summarization.model.Requests.DigestRequest;
import io.pulse.messaging.summarization.model.Requests.MessageInput;
import io.pulse.messaging.summarization.model.Requests.SummaryOptionsInput;
import io.pulse.messaging.summarization.model.Requests.SummaryRequest;
import io.pulse.messaging.summarization.model.SummaryCacheEntry;
import io.pulse.messaging.summarization.model.SummaryType;
import io.pulse.messaging.summarization.model.SummaryView;
import io.pulse.messaging.summarization.model.Views.CoverageView;
import io.pulse.messaging.summarization.model.Views.SummaryContent;
import io.pulse.messaging.summarization.repository.SummaryCacheRepository;
import io.pulse.messaging.summarization.repository.SummaryRepository;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Summaries and digests: validation, the content-keyed cache, the engine, storage. Each request is one
 * transaction as its user. A cache miss takes a per-user, per-key advisory lock before it computes, so identical
 * requests that arrive together (on any replica) wait for the first and are then served its result.
 */
@ApplicationScoped
public class SummaryService {

    /** What a request resolved to, ready to be keyed, computed and stored. */
    private record Job(UUID owner, UUID conversationId, SummaryType type, LocalDate date, ZoneId zone, int messageCount,
            String key, Supplier<SummaryContent> compute) {
    }

    private final Ownership ownership;
    private final SummaryRepository summaries;
    private final SummaryCacheRepository cache;
    private final SummaryEngine engine;
    private final DailyDigester digester;
    private final CacheStatistics statistics;
    private final Clock clock;
    private final Duration cacheTtl;
    private final Duration retention;
    private final int engineMessageLimit;
    private final Timer engineTimer;

    public SummaryService(Ownership ownership, SummaryRepository summaries, SummaryCacheRepository cache, SummaryEngine engine,
            DailyDigester digester, CacheStatistics statistics, Clock clock, MeterRegistry registry,
            @ConfigProperty(name = "pulse.summaries.cache-ttl", defaultValue = "PT10M") Duration cacheTtl,
            @ConfigProperty(name = "pulse.summaries.retention", defaultValue = "P30D") Duration retention,
            @ConfigProperty(name = "pulse.summaries.engine-message-limit", defaultValue = "5000") int engineMessageLimit) {
        this.ownership = ownership;
        this.summaries = summaries;
        this.cache = cache;
        this.engine = engine;
        this.digester = digester;
        this.statistics = statistics;
        this.clock = clock;
        this.cacheTtl = cacheTtl;
        this.retention = retention;
        this.engineMessageLimit = engineMessageLimit;
        this.engineTimer = Timer.builder("pulse.summary.engine.time").tag("engine", engine.name())
                .description("Time the engine spends per summary or digest").register(registry);
    }

    /** Summarises one conversation for {@code owner}, from the cache when the same content was summarised lately. */
    public Uni<SummaryView> summarize(UUID owner, SummaryRequest request) {
        return Uni.createFrom().item(() -> threadJob(owner, request)).chain(this::run);
    }

    /** The daily digest of several conversations for {@code owner}. */
    public Uni<SummaryView> digest(UUID owner, DigestRequest request) {
        return Uni.createFrom().item(() -> digestJob(owner, request)).chain(this::run);
    }

    public Uni<SummaryView> get(UUID owner, UUID id) {
        return ownership.asUser(owner, scope -> summaries.findLive(scope, id, now())).map(s -> {
            if (s == null) {
                throw ApiException.notFound("Summary");
            }
            return SummaryView.of(s, false);
        });
    }

    public Uni<Page<SummaryView>> list(UUID owner, SummaryRepository.Filter filter, PageParams page) {
        return ownership.asUser(owner, scope -> summaries.list(scope, filter, now(), page)).map(p -> p.map(s -> SummaryView.of(s, false)));
    }

    public Uni<Void> delete(UUID owner, UUID id) {
        return ownership.asUser(owner, scope -> summaries.deleteLive(scope, id, now())).map(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("Summary");
            }
            return null;
        });
    }

    // ---- the cache --------------------------------------------------------------------------------------------

    private Uni<SummaryView> run(Job job) {
        return ownership.asUser(job.owner(), scope -> lookup(scope, job).chain(hit -> {
            if (hit != null) {
                return Uni.createFrom().item(hit);
            }
            return cache.lockKey(scope, job.key())
                    .chain(() -> lookup(scope, job))
                    .chain(again -> again != null ? Uni.createFrom().item(again) : compute(scope, job));
        }));
    }

    private Uni<SummaryView> lookup(UserScope scope, Job job) {
        return summaries.findCached(scope, job.key(), now()).map(found -> {
            if (found == null) {
                return null;
            }
            statistics.hit();
            return SummaryView.cached(found);
        });
    }

    private Uni<SummaryView> compute(UserScope scope, Job job) {
        statistics.miss();
        return offEventLoop(() -> engineTimer.record(job.compute())).chain(content -> {
            OffsetDateTime now = now();
            ConversationSummary s = new ConversationSummary();
            s.setConversationId(job.conversationId());
            s.setType(job.type());
            s.setDate(job.date());
            s.setTimeZone(job.zone().getId());
            s.setEngine(engine.name());
            s.setSummaryText(content.summary());
            s.setContent(content);
            s.setMessageCount(job.messageCount());
            s.setCreatedAt(now);
            s.setExpiresAt(now.plus(retention));
            SummaryCacheEntry entry = new SummaryCacheEntry();
            entry.setCacheKey(job.key());
            entry.setCreatedAt(now);
            entry.setExpiresAt(now.plus(cacheTtl));
            return summaries.persist(scope, s)
                    .chain(saved -> {
                        entry.setSummaryId(saved.getId());
                        return cache.deleteKey(scope, job.key());
                    })
                    .chain(() -> cache.persist(scope, entry))
                    .map(ignored -> SummaryView.of(s, false));
        });
    }

    /** Runs CPU work on a worker thread and continues on the caller's Vert.x context (where the session lives). */
    private static <T> Uni<T> offEventLoop(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> uni = Uni.createFrom().item(work);
        if (context == null) {
            return uni;
        }
        return uni.runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    // ---- requests -----------------------------------------------------------------------------------------------

    private Job threadJob(UUID owner, SummaryRequest request) {
        SummaryOptionsInput o = request.options() == null ? new SummaryOptionsInput(null, null, null, null, null) : request.options();
        String readerName = blankToNull(o.readerName());
        List<FieldError> errors = new ArrayList<>();
        ZoneId zone = zone(o.timeZone(), "options.timeZone", errors);
        checkDuplicates(request.messages(), "messages", new HashMap<>(), errors);
        if (request.type() == SummaryType.THREAD && o.date() != null) {
            errors.add(new FieldError("options.date", "applies to daily_digest summaries only"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        UUID reader = o.readerId() == null ? owner : o.readerId();
        int maxKeyPoints = o.maxKeyPoints() == null ? SummaryOptions.DEFAULT_MAX_KEY_POINTS : o.maxKeyPoints();
        SummaryOptions options = new SummaryOptions(maxKeyPoints, reader, readerName, zone, engineMessageLimit);
        List<ChatMessage> messages = messages(request.messages());
        LocalDate day = null;
        List<ChatMessage> used = messages;
        if (request.type() == SummaryType.DAILY_DIGEST) {
            LocalDate latest = messages.stream().max(Comparator.comparing(ChatMessage::sentAt)).orElseThrow().sentAt().atZone(zone).toLocalDate();
            LocalDate chosen = o.date() == null ? latest : o.date();
            used = messages.stream().filter(m -> m.sentAt().atZone(zone).toLocalDate().equals(chosen)).toList();
            if (used.isEmpty()) {
                throw ApiException.unprocessable("No message was sent on " + chosen + " in " + zone.getId() + ".");
            }
            day = chosen;
        }
        CacheKeys key = new CacheKeys().add("summary/v1").add(owner).add(request.conversationId()).add(request.type().value())
                .add(maxKeyPoints).add(reader).add(readerName).add(zone.getId()).add(day).add(engine.name()).add(engineMessageLimit);
        addMessages(key, messages);
        List<ChatMessage> input = used;
        LocalDate digestDay = day;
        int total = messages.size();
        return new Job(owner, request.conversationId(), request.type(), day, zone, total, key.hex(), () -> {
            ThreadSummary s = engine.summarize(input, options);
            SummaryContent content = SummaryMapper.thread(s);
            if (digestDay == null) {
                return content;
            }
            return dayOf(content, total, digestDay, zone);
        });
    }

    /** A one-conversation daily digest: what concerns the reader first, and coverage counting the other days too. */
    private static SummaryContent dayOf(SummaryContent c, int total, LocalDate day, ZoneId zone) {
        List<io.pulse.messaging.summarization.model.Views.KeyPointView> points = new ArrayList<>(c.keyPoints());
        points.sort(Comparator.comparingInt(k -> k.mentionsReader() ? 0 : 1)); // stable: rank order otherwise
        CoverageView v = c.coverage();
        int left = total - v.messagesUsed();
        String reason = left > 0 ? left + " of " + total + " messages were not sent on " + day + " (" + zone.getId() + ") and were left out."
                : v.truncationReason();
        return new SummaryContent(c.summary(), points, c.actionItems(), c.decisions(), c.openQuestions(), c.participants(),
                new CoverageView(total, v.messagesUsed(), v.from(), v.to(), v.truncated() || left > 0, reason), null);
    }

    private Job digestJob(UUID owner, DigestRequest request) {
        String readerName = blankToNull(request.readerName());
        List<FieldError> errors = new ArrayList<>();
        ZoneId zone = zone(request.timeZone(), "timeZone", errors);
        Map<UUID, Seen> seenMessages = new HashMap<>();
        Map<UUID, Integer> seenConversations = new HashMap<>();
        int total = 0;
        for (int i = 0; i < request.conversations().size(); i++) {
            DigestConversationInput c = request.conversations().get(i);
            Integer before = seenConversations.putIfAbsent(c.conversationId(), i);
            if (before != null) {
                errors.add(new FieldError("conversations[" + i + "].conversationId", "duplicates conversations[" + before + "].conversationId"));
            }
            checkDuplicates(c.messages(), "conversations[" + i + "].messages", seenMessages, errors);
            total += c.messages().size();
        }
        if (total > Requests.MAX_MESSAGES) {
            errors.add(new FieldError("conversations", "hold " + total + " messages; at most " + Requests.MAX_MESSAGES + " are accepted"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        UUID reader = request.readerId() == null ? owner : request.readerId();
        int highlights = request.highlightsPerConversation() == null ? 3 : request.highlightsPerConversation();
        SummaryOptions options = new SummaryOptions(SummaryOptions.DEFAULT_MAX_KEY_POINTS, reader, readerName, zone, engineMessageLimit);
        CacheKeys key = new CacheKeys().add("digest/v1").add(owner).add(request.date()).add(zone.getId()).add(reader).add(readerName)
                .add(highlights).add(engine.name()).add(engineMessageLimit);
        List<DailyDigest.Conversation> conversations = new ArrayList<>();
        for (DigestConversationInput c : request.conversations()) {
            List<ChatMessage> messages = messages(c.messages());
            key.add(c.conversationId()).add(c.title());
            addMessages(key, messages);
            conversations.add(new DailyDigest.Conversation(c.conversationId(), c.title(), messages));
        }
        return new Job(owner, null, SummaryType.DAILY_DIGEST, request.date(), zone, total, key.hex(),
                () -> SummaryMapper.digest(digester.digest(conversations, request.date(), options, highlights)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ZoneId zone(String id, String field, List<FieldError> errors) {
        if (id == null || id.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "is not a known time zone (use an IANA name such as Europe/Paris)"));
            return ZoneId.of("UTC");
        }
    }

    /** Where a message id was seen; its field name is spelled out only for an error (every request checks every id). */
    private record Seen(String path, int index) {

        String field() {
            return path + "[" + index + "].id";
        }
    }

    private static void checkDuplicates(List<MessageInput> messages, String path, Map<UUID, Seen> seen, List<FieldError> errors) {
        for (int i = 0; i < messages.size(); i++) {
            Seen here = new Seen(path, i);
            Seen before = seen.putIfAbsent(messages.get(i).id(), here);
            if (before != null) {
                errors.add(new FieldError(here.field(), "duplicates " + before.field()));
            }
        }
    }

    private static List<ChatMessage> messages(List<MessageInput> input) {
        List<ChatMessage> messages = new ArrayList<>(input.size());
        for (MessageInput m : input) {
            messages.add(new ChatMessage(m.id(), new Person(m.sender().id(), m.sender().name().strip()), m.content(),
                    m.sentAt().toInstant(), m.replyTo()));
        }
        return messages;
    }

    /** Every message in sent order (the order the engine uses), so that a reordered request is the same key. */
    private static void addMessages(CacheKeys key, List<ChatMessage> messages) {
        List<ChatMessage> ordered = new ArrayList<>(messages);
        ordered.sort(Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::id));
        key.add(ordered.size());
        for (ChatMessage m : ordered) {
            key.add(m.id()).add(m.sender().id()).add(m.sender().name()).add(m.sentAt()).add(m.replyTo()).add(m.content());
        }
    }
}
