package io.pulse.messaging.summarization.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an engine makes of one conversation. Every extracted item names the messages it comes from. */
public record ThreadSummary(
        String summary,
        List<KeyPoint> keyPoints,
        List<ActionItem> actionItems,
        List<Decision> decisions,
        List<OpenQuestion> openQuestions,
        List<Participant> participants,
        Coverage coverage) {

    /** A ranked point; {@code messageIds} holds the message it was taken from and those that said the same. */
    public record KeyPoint(String text, Person speaker, double score, List<UUID> messageIds, boolean mentionsReader) {
    }

    /**
     * Something someone has to do.
     *
     * @param owner the participant who has to do it, or null when nobody is named or addressed
     * @param dueDate the resolved due date in the reader's zone, or null when none is stated
     * @param dueText the words the due date was read from
     * @param doneMessageIds the later messages that mark it done (empty while open)
     */
    public record ActionItem(String text, Person owner, LocalDate dueDate, String dueText, List<UUID> messageIds,
            boolean done, List<UUID> doneMessageIds) {
    }

    /** A decision; {@code reversedByMessageIds} holds the later messages that take it back. */
    public record Decision(String text, Person decidedBy, List<UUID> messageIds, boolean reversed,
            List<UUID> reversedByMessageIds) {
    }

    /** A question that nobody answered later in the thread. */
    public record OpenQuestion(String text, Person askedBy, List<UUID> messageIds) {
    }

    public record Participant(UUID id, String name, int messageCount) {
    }

    /**
     * What the summary is based on.
     *
     * @param truncationReason why some messages were left out, or null when none were
     * @param leftOut the messages left out, by why (empty when none were)
     */
    public record Coverage(int messagesTotal, int messagesUsed, Instant from, Instant to, boolean truncated,
            String truncationReason, List<LeftOut> leftOut) {

        public Coverage {
            leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
        }
    }

    /**
     * Messages received but not summarised, and why.
     *
     * @param reason {@link #OTHER_DAY} (a daily digest reads one day), {@link #ENGINE_LIMIT} (the local engine's message
     *        limit) or {@link #OVER_BUDGET} (the model's input budget: the earliest messages did not fit)
     * @param from the sent time of the first message left out for this reason
     * @param to the sent time of the last one
     */
    public record LeftOut(String reason, int count, Instant from, Instant to) {

        public static final String OTHER_DAY = "other-day";
        public static final String ENGINE_LIMIT = "engine-limit";
        public static final String OVER_BUDGET = "over-budget";

        /** The messages of {@code left} (at least one) left out for {@code reason}. */
        public static LeftOut of(String reason, List<ChatMessage> left) {
            Instant first = left.get(0).sentAt();
            Instant last = first;
            for (ChatMessage m : left) {
                first = m.sentAt().isBefore(first) ? m.sentAt() : first;
                last = m.sentAt().isAfter(last) ? m.sentAt() : last;
            }
            return new LeftOut(reason, left.size(), first, last);
        }

        /** This and {@code other} (same reason) as one. */
        public LeftOut plus(LeftOut other) {
            return new LeftOut(reason, count + other.count, from.isBefore(other.from) ? from : other.from,
                    to.isAfter(other.to) ? to : other.to);
        }
    }
}
