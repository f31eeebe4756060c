package io.pulse.messaging.summarization.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.Person;
import io.pulse.messaging.summarization.model.MessageInput;

/** Checks and conversions of request parts that thread summaries and digests share. */
final class RequestInputs {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private RequestInputs() {
    }

    /** Where a message id was seen; its field name is spelled out only for an error (every request checks every id). */
    record Seen(String path, int index) {

        String field() {
            return path + "[" + index + "].id";
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The named IANA zone, UTC when none is named; an unknown name adds an error for {@code field}. */
    /** A day a client names must lie in the years 1970 to 9999, like the times it sends (PostgreSQL and date arithmetic). */
    static void checkDay(LocalDate day, String field, List<FieldError> errors) {
        if (day != null && (day.getYear() < 1970 || day.getYear() > 9999)) {
            errors.add(new FieldError(field, "must be a day between the years 1970 and 9999"));
        }
    }

    static ZoneId zone(String id, String field, List<FieldError> errors) {
        if (id == null || id.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "is not a known time zone (use an IANA name such as Europe/Paris)"));
            return UTC;
        }
    }

    /** Adds an error for every message whose id was already seen in this request ({@code seen} spans the request). */
    static void checkDuplicates(List<MessageInput> messages, String path, Map<UUID, Seen> seen, List<FieldError> errors) {
        for (int i = 0; i < messages.size(); i++) {
            Seen here = new Seen(path, i);
            Seen before = seen.putIfAbsent(messages.get(i).id(), here);
            if (before != null) {
                errors.add(new FieldError(here.field(), "duplicates " + before.field()));
            }
        }
    }

    /** The messages as the engine reads them. */
    static List<ChatMessage> messages(List<MessageInput> input) {
        List<ChatMessage> messages = new ArrayList<>(input.size());
        for (MessageInput m : input) {
            messages.add(new ChatMessage(m.id(), new Person(m.sender().id(), m.sender().name().strip()), m.content(),
                    m.sentAt().toInstant(), m.replyTo()));
        }
        return messages;
    }
}
