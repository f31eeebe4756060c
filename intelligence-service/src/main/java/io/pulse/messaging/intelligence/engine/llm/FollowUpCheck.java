package io.pulse.messaging.intelligence.engine.llm;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.ModelText;
import io.pulse.messaging.intelligence.engine.ChatMessage;
import io.pulse.messaging.intelligence.engine.FollowUpHint;
import io.pulse.messaging.intelligence.engine.FollowUpType;
import io.pulse.messaging.intelligence.engine.MessageFacts;

/**
 * Validates what the model says one message waits for: a type of {@link FollowUpType} that a single message can have
 * (an unanswered question or a pending request; a stalled thread is the local engine's, from the conversation's
 * rhythm), an owner who is one of the conversation's participants (by id), a due date that parses (ISO
 * {@code YYYY-MM-DD}) and falls between the day before the message and {@value #DUE_WITHIN_DAYS} days after it, and a
 * suggested text of at most {@value #TEXT_CHARS} characters. A follow-up that breaks a rule is dropped, counted, and
 * the message keeps the local engine's cues.
 */
final class FollowUpCheck {

    static final int TEXT_CHARS = 300;
    static final int DUE_WITHIN_DAYS = 731;

    /** What a message waits for, as judged. */
    record Judgement(Kind kind, FollowUpType type, FollowUpHint hint) {

        enum Kind {
            /** The model found nothing it waits for. */
            NONE,
            /** The model found a question or request. */
            ASKS,
            /** The model's follow-up was dropped: the local engine's cues stand. */
            LOCAL
        }

        static final Judgement NONE = new Judgement(Kind.NONE, null, null);
        static final Judgement LOCAL = new Judgement(Kind.LOCAL, null, null);

        /** {@code facts} with this judgement's question, request and hint. */
        MessageFacts applyTo(MessageFacts facts) {
            if (kind == Kind.LOCAL) {
                return facts;
            }
            return new MessageFacts(facts.id(), facts.senderId(), facts.senderName(), facts.sentAt(), facts.replyTo(),
                    facts.label(), facts.score(), facts.confidence(), facts.signals(), facts.words(),
                    type == FollowUpType.UNANSWERED_QUESTION, type == FollowUpType.PENDING_REQUEST, facts.acknowledgement(),
                    facts.closing(), facts.excerpt(), facts.reason(), hint);
        }
    }

    private final Set<String> participants;

    FollowUpCheck(Set<String> participants) {
        this.participants = participants;
    }

    Judgement check(ChatMessage message, InsightAnswer.FollowUp followUp, Drops drops) {
        if (followUp == null) {
            return Judgement.NONE;
        }
        FollowUpType type = type(followUp.type());
        if (type == null) {
            drops.drop("invalid-follow-up-type");
            return Judgement.LOCAL;
        }
        String owner = ModelText.tidyOrNull(followUp.owner());
        if (owner != null && !participants.contains(owner)) {
            drops.drop("owner-not-participant");
            return Judgement.LOCAL;
        }
        LocalDate due = null;
        if (ModelText.tidyOrNull(followUp.due()) != null) {
            due = due(followUp.due().strip(), message);
            if (due == null) {
                drops.drop("invalid-due-date");
                return Judgement.LOCAL;
            }
        }
        String text = ModelText.tidyOrNull(followUp.suggestedText());
        if (text != null && text.length() > TEXT_CHARS) {
            drops.drop("suggestion-too-long");
            return Judgement.LOCAL;
        }
        return new Judgement(Judgement.Kind.ASKS, type, new FollowUpHint(owner, due, text));
    }

    private static FollowUpType type(String type) {
        if (FollowUpType.UNANSWERED_QUESTION.wire().equals(type)) {
            return FollowUpType.UNANSWERED_QUESTION;
        }
        return FollowUpType.PENDING_REQUEST.wire().equals(type) ? FollowUpType.PENDING_REQUEST : null;
    }

    /** The due date, or null when it does not parse or is implausible for a message sent when this one was. */
    private static LocalDate due(String text, ChatMessage message) {
        LocalDate date;
        try {
            date = text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
        LocalDate sent = message.sentAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return date.isBefore(sent.minusDays(1)) || date.isAfter(sent.plusDays(DUE_WITHIN_DAYS)) ? null : date;
    }
}
