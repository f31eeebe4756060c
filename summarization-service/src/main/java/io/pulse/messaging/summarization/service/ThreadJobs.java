package io.pulse.messaging.summarization.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.SummaryEngine;
import io.pulse.messaging.summarization.engine.SummaryOptions;
import io.pulse.messaging.summarization.model.CoverageView;
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
    private final int messageLimit;

    ThreadJobs(SummaryEngine engine, SummarizationConfig config) {
        this.engine = engine;
        this.messageLimit = config.engineMessageLimit();
    }

    /** The job of {@code request} for {@code owner}; 400 for invalid options, 422 for a daily_digest day without messages. */
    SummaryJob job(UUID owner, SummaryRequest request) {
        SummaryOptionsInput o = request.options() == null ? NO_OPTIONS : request.options();
        ZoneId zone = validate(request, o);
        String readerName = RequestInputs.blankToNull(o.readerName());
        UUID reader = o.readerId() == null ? owner : o.readerId();
        int maxKeyPoints = o.maxKeyPoints() == null ? SummaryOptions.DEFAULT_MAX_KEY_POINTS : o.maxKeyPoints();
        SummaryOptions options = new SummaryOptions(maxKeyPoints, reader, readerName, zone, messageLimit);
        List<ChatMessage> messages = RequestInputs.messages(request.messages());
        LocalDate day = request.type() == SummaryType.DAILY_DIGEST ? day(messages, o.date(), zone) : null;
        String key = new CacheKeys().add("summary/v1").add(owner).add(request.conversationId()).add(request.type().value())
                .add(maxKeyPoints).add(reader).add(readerName).add(zone.getId()).add(day).add(engine.name()).add(messageLimit)
                .addMessages(messages).hex();
        return new SummaryJob(owner, request.conversationId(), request.type(), day, zone, messages.size(), key,
                () -> compute(messages, options, day));
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

    private SummaryContent compute(List<ChatMessage> messages, SummaryOptions options, LocalDate day) {
        if (day == null) {
            return SummaryMapper.thread(engine.summarize(messages, options));
        }
        List<ChatMessage> thatDay = messages.stream().filter(m -> sentOn(m, day, options.zone())).toList();
        return oneDay(SummaryMapper.thread(engine.summarize(thatDay, options)), messages.size(), day, options.zone());
    }

    /** A one-conversation daily digest: what concerns the reader first, and coverage counting the other days too. */
    private static SummaryContent oneDay(SummaryContent c, int total, LocalDate day, ZoneId zone) {
        List<KeyPointView> points = new ArrayList<>(c.keyPoints());
        points.sort(Comparator.comparingInt(k -> k.mentionsReader() ? 0 : 1)); // stable: rank order otherwise
        CoverageView v = c.coverage();
        int left = total - v.messagesUsed();
        String reason = left > 0 ? left + " of " + total + " messages were not sent on " + day + " (" + zone.getId() + ") and were left out."
                : v.truncationReason();
        return new SummaryContent(c.summary(), points, c.actionItems(), c.decisions(), c.openQuestions(), c.participants(),
                new CoverageView(total, v.messagesUsed(), v.from(), v.to(), v.truncated() || left > 0, reason), null);
    }
}
