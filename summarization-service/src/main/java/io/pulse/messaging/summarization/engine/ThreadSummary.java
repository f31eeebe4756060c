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
     */
    public record Coverage(int messagesTotal, int messagesUsed, Instant from, Instant to, boolean truncated,
            String truncationReason) {
    }
}
