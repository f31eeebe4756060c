package io.pulse.messaging.summarization.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ai.AiFeature;
import io.pulse.messaging.common.ai.Generated;
import io.pulse.messaging.common.ai.ModelOrLocal;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.SummaryEngine;
import io.pulse.messaging.summarization.engine.SummaryOptions;
import io.pulse.messaging.summarization.engine.ThreadSummary;
import io.pulse.messaging.summarization.engine.ThreadSummary.Coverage;
import io.pulse.messaging.summarization.engine.ThreadSummary.LeftOut;
import io.pulse.messaging.summarization.engine.llm.ThreadSummaryTask;
import io.pulse.messaging.summarization.model.KeyPointView;
import io.pulse.messaging.summarization.model.SummaryContent;
import io.pulse.messaging.summarization.model.SummaryOptionsInput;
import io.pulse.messaging.summarization.model.SummaryRequest;
import io.pulse.messaging.summarization.model.SummaryType;

/** Turns a summary request (a thread, or one day of it) into a {@link SummaryJob}: validation, cache key, engine work. */
@Singleton
class ThreadJobs {

    private static final SummaryOptionsInput NO_OPTIONS = new SummaryOptionsInput(null, null, null, null, null);

    private final SummaryEngine engine;
    private final ModelOrLocal models;
    private final SummarizationConfig config;
    private final int messageLimit;

    ThreadJobs(SummaryEngine engine, ModelOrLocal models, SummarizationConfig config) {
        this.engine = engine;
        this.models = models;
        this.config = config;
        this.messageLimit = config.engineMessageLimit();
    }

    /**
     * What a valid request resolves to whoever asks (checked: 400 for invalid options, 422 for a daily_digest day without
     * messages): all the job needs but the owner and the messages themselves, with the messages' part of the cache key.
     * A repeated body is resolved once ({@link KnownBodies}).
     */
    record Prepared(UUID conversationId, SummaryType type, SummaryOptionsInput options, ZoneId zone, LocalDate day,
            int messageCount, byte[] messagesKey) {

        UUID readerId() {
            return options.readerId();
        }
    }

    /** The job of {@code request} for {@code owner}; 400 for invalid options, 422 for a daily_digest day without messages. */
    SummaryJob job(UUID owner, SummaryRequest request) {
        List<ChatMessage> messages = RequestInputs.messages(request.messages());
        return job(owner, prepare(request, messages), () -> messages);
    }

    /** {@link Prepared} of a request (Bean Validation passed) and its messages as the engine reads them. */
    Prepared prepare(SummaryRequest request, List<ChatMessage> messages) {
        SummaryOptionsInput o = request.options() == null ? NO_OPTIONS : request.options();
        ZoneId zone = validate(request, o);
        LocalDate day = request.type() == SummaryType.DAILY_DIGEST ? day(messages, o.date(), zone) : null;
        return new Prepared(request.conversationId(), request.type(), o, zone, day, messages.size(), CacheKeys.messagesPart(messages));
    }

    /** The job of a prepared request for {@code owner}; {@code messages} are read only if the engine runs. */
    SummaryJob job(UUID owner, Prepared p, Supplier<List<ChatMessage>> messages) {
        SummaryOptionsInput o = p.options();
        String readerName = RequestInputs.blankToNull(o.readerName());
        UUID reader = o.readerId() == null ? owner : o.readerId();
        int maxKeyPoints = o.maxKeyPoints() == null ? SummaryOptions.DEFAULT_MAX_KEY_POINTS : o.maxKeyPoints();
        SummaryOptions options = new SummaryOptions(maxKeyPoints, reader, readerName, p.zone(), messageLimit);
        AiFeature feature = models.feature(ThreadSummaryTask.FEATURE);
        String key = new CacheKeys().add("summary/v1").add(owner).add(p.conversationId()).add(p.type().value())
                .add(maxKeyPoints).add(reader).add(readerName).add(p.zone().getId()).add(p.day()).add(engine.name()).add(messageLimit)
                .add(Features.cacheIdentity(feature)).addMessages(p.messagesKey()).hex();
        return new SummaryJob(owner, p.conversationId(), p.type(), p.day(), p.zone(), p.messageCount(), key,
                Features.lease(feature, config), () -> compute(messages.get(), options, p.day()));
    }

    private static ZoneId validate(SummaryRequest request, SummaryOptionsInput o) {
        List<FieldError> errors = new ArrayList<>();
        ZoneId zone = RequestInputs.zone(o.timeZone(), "options.timeZone", errors);
        RequestInputs.checkDuplicates(request.messages(), "messages", new HashMap<>(), errors);
        RequestInputs.checkDay(o.date(), "options.date", errors);
        if (request.type() == SummaryType.THREAD && o.date() != null) {
            errors.add(new FieldError("options.date", "applies to daily_digest summaries only"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return zone;
    }

    /** The day a daily_digest summary covers: the one asked for, else that of the latest message; 422 when none was sent then. */
    private static LocalDate day(List<ChatMessage> messages, LocalDate asked, ZoneId zone) {
        LocalDate day = asked != null ? asked
                : messages.stream().max(Comparator.comparing(ChatMessage::sentAt)).orElseThrow().sentAt().atZone(zone).toLocalDate();
        if (messages.stream().noneMatch(m -> sentOn(m, day, zone))) {
            throw ApiException.unprocessable("No message was sent on " + day + " in " + zone.getId() + ".");
        }
        return day;
    }

    private static boolean sentOn(ChatMessage message, LocalDate day, ZoneId zone) {
        return message.sentAt().atZone(zone).toLocalDate().equals(day);
    }

    /** The summary by the model or the local engine (blocks); a daily_digest summary reads the messages of its day. */
    private Generated<SummaryContent> compute(List<ChatMessage> messages, SummaryOptions options, LocalDate day) {
        List<ChatMessage> read = day == null ? messages : messages.stream().filter(m -> sentOn(m, day, options.zone())).toList();
        Generated<ThreadSummary> made = models.generate(ThreadSummaryTask.FEATURE, new ThreadSummaryTask(engine, read, options));
        if (day == null) {
            return new Generated<>(SummaryMapper.thread(made.value()), made.engine());
        }
        ThreadSummary s = withOtherDays(made.value(), messages, day, options.zone());
        return new Generated<>(readerFirst(SummaryMapper.thread(s)), made.engine());
    }

    /** The summary of one day, with coverage that counts the other days' messages as left out. */
    private static ThreadSummary withOtherDays(ThreadSummary s, List<ChatMessage> all, LocalDate day, ZoneId zone) {
        List<ChatMessage> others = all.stream().filter(m -> !sentOn(m, day, zone)).toList();
        if (others.isEmpty()) {
            return s;
        }
        Coverage c = s.coverage();
        List<LeftOut> leftOut = new ArrayList<>();
        leftOut.add(LeftOut.of(LeftOut.OTHER_DAY, others));
        leftOut.addAll(c.leftOut());
        String reason = others.size() + " of " + all.size() + " messages were not sent on " + day + " (" + zone.getId()
                + ") and were left out." + (c.truncationReason() == null ? "" : " " + c.truncationReason());
        return new ThreadSummary(s.summary(), s.keyPoints(), s.actionItems(), s.decisions(), s.openQuestions(), s.participants(),
                new Coverage(all.size(), c.messagesUsed(), c.from(), c.to(), true, reason, leftOut));
    }

    /** A one-conversation daily digest shows what concerns the reader first. */
    private static SummaryContent readerFirst(SummaryContent c) {
        List<KeyPointView> points = new ArrayList<>(c.keyPoints());
        points.sort(Comparator.comparingInt(k -> k.mentionsReader() ? 0 : 1)); // stable: rank order otherwise
        return new SummaryContent(c.summary(), points, c.actionItems(), c.decisions(), c.openQuestions(), c.participants(),
                c.coverage(), null);
    }
}
