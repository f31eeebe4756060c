package io.pulse.messaging.summarization.engine.llm;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON shapes the model answers with ({@link SummaryPrompts}), as read before any check: every field may be
 * missing (null). The lists hold raw JSON items: each is read on its own ({@link ItemReader}), so one malformed item is
 * dropped instead of failing the whole answer.
 */
final class Answers {

    private Answers() {
    }

    /** A thread summary's answer. */
    record Thread(List<JsonNode> summary, List<JsonNode> keyPoints, List<JsonNode> actionItems, List<JsonNode> decisions,
            List<JsonNode> openQuestions) {

        Items items() {
            return new Items(keyPoints, actionItems, decisions, openQuestions);
        }
    }

    /** A daily digest's answer. */
    record Digest(List<JsonNode> summary, List<JsonNode> conversations) {
    }

    /** One conversation of a digest's answer. */
    record Conversation(String conversationId, List<JsonNode> keyPoints, List<JsonNode> actionItems,
            List<JsonNode> decisions, List<JsonNode> openQuestions) {

        Items items() {
            return new Items(keyPoints, actionItems, decisions, openQuestions);
        }
    }

    /** The items of one conversation, whichever answer they come from. */
    record Items(List<JsonNode> keyPoints, List<JsonNode> actionItems, List<JsonNode> decisions,
            List<JsonNode> openQuestions) {
    }

    /** A sentence of the summary, or a key point. */
    record Cited(String text, List<String> messageIds) {
    }

    record ActionItem(String text, String owner, String dueDate, String dueText, List<String> messageIds, Boolean done,
            List<String> doneMessageIds) {
    }

    record Decision(String text, String decidedBy, List<String> messageIds, Boolean reversed,
            List<String> reversedByMessageIds) {
    }

    record Question(String text, String askedBy, List<String> messageIds) {
    }
}
