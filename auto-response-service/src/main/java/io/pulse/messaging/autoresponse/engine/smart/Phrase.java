package io.pulse.messaging.autoresponse.engine.smart;

/**
 * The fixed phrases of the local smart replies, each written out per supported language ({@link ReplyPhrases}). Slots:
 * {@code {hi}} the sender's name after a comma (", Anna"; inside a sentence also followed by one: "..., Anna, and ...") or nothing, {@code {sp}} the name after a space, {@code
 * {When}}/{@code {when}} the time the message proposes (at the start of a sentence or inside one), {@code {act}} the
 * requested action ("review the pull request"), {@code {order}} the order number the message gives, {@code {yes}} and
 * {@code {no}} the short answers built from a yes/no question's own verb.
 */
public enum Phrase {
    QUESTION_CHECK, QUESTION_FIND_OUT, QUESTION_NOT_SURE, YES, NO, YES_GENERIC, NO_GENERIC,
    REQUEST_ACCEPT, REQUEST_ACCEPT_ACT, REQUEST_DECLINE, REQUEST_DECLINE_ACT, REQUEST_WHEN, REQUEST_CHECK,
    TIME_ACCEPT, TIME_OTHER, RESCHEDULE_DECLINE, RESCHEDULE_ACCEPT_ASK, RESCHEDULE_KEEP, SCHEDULE_CHECK, SCHEDULE_ASK,
    COMPLAINT_SORRY, COMPLAINT_DETAILS, COMPLAINT_ESCALATE,
    REFUND_SORRY, REFUND_ORDER, REFUND_ASK_ORDER, REFUND_ESCALATE,
    THANKS_1, THANKS_2, THANKS_3, INFO_1, INFO_2, INFO_3, URGENT_1, URGENT_2, URGENT_3,
    SMALL_TALK, GREETING_1, GREETING_2, GREETING_3, APOLOGY_1, APOLOGY_2, APOLOGY_3
}
