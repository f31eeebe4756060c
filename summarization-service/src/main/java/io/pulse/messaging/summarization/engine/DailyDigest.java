package io.pulse.messaging.summarization.engine;

import java.util.List;
import java.util.UUID;

import io.pulse.messaging.summarization.engine.ThreadSummary.ActionItem;
import io.pulse.messaging.summarization.engine.ThreadSummary.Coverage;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;
import io.pulse.messaging.summarization.engine.ThreadSummary.OpenQuestion;
import io.pulse.messaging.summarization.engine.ThreadSummary.Participant;

/** One day of a reader's conversations: per conversation highlights, what concerns the reader first. */
public record DailyDigest(
        String summary,
        List<ConversationDigest> conversations,
        List<InConversation<ActionItem>> actionItems,
        List<InConversation<Decision>> decisions,
        List<InConversation<OpenQuestion>> openQuestions,
        List<Participant> participants,
        Coverage coverage) {

    /** A conversation to digest. */
    public record Conversation(UUID conversationId, String title, List<ChatMessage> messages) {
    }

    public record ConversationDigest(UUID conversationId, String title, int messageCount, boolean concernsReader,
            List<Highlight> highlights) {
    }

    public enum Kind {
        ACTION_ITEM, DECISION, KEY_POINT
    }

    /** @param person who said it (the owner for an action item), or null */
    public record Highlight(Kind kind, String text, Person person, List<UUID> messageIds, boolean concernsReader) {
    }

    /** An item with the conversation it comes from. */
    public record InConversation<T>(UUID conversationId, T item) {
    }
}
