package io.pulse.messaging.intelligence.engine.llm;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.Prompt;
import io.pulse.messaging.common.ai.TokenBudget;
import io.pulse.messaging.intelligence.engine.ChatMessage;
import io.pulse.messaging.intelligence.engine.TopicDefinition;
import io.pulse.messaging.intelligence.engine.TopicSource;

/**
 * The conversation analysis's prompt: one call judges each message's sentiment, topics and what it waits for. The
 * latest messages that fit are sent, bounded twice: by the input budget (what is left of it after the instructions,
 * the participants and the topics) and by the output budget (about {@value #OUTPUT_TOKENS_PER_MESSAGE} answer tokens
 * per message, so that the answer is not cut off mid-JSON). The older messages are left to the local engine.
 */
final class InsightPrompt {

    /**
     * Change it whenever the instructions or the answer's shape change: a cache of these results would key on it
     * ({@code AiFeature.cacheIdentity}). None is kept today: each message is analysed once, and what an engine found
     * then is the message's history, shown with that engine's reason (or none).
     */
    static final int PROMPT_VERSION = 1;
    static final int OUTPUT_TOKENS_PER_MESSAGE = 48;

    static final String INSTRUCTIONS = """
            You analyse the messages of one chat conversation for a messaging app. For each message in "messages" give:
            - "id": the message's id, exactly as given.
            """ + SentimentCheck.RULES + """
            - "topics": up to 3 topics the message is about, each {"name": a name from "topics" exactly as listed, \
            "confidence": 0 to 1, "keywords": up to 5 words copied from the message that show the topic}; [] when none \
            of the listed topics fits. Never name a topic that is not listed.
            - "followUp": null, unless the message asks a question that needs an answer or asks someone to do \
            something; then {"type": "unanswered_question" or "pending_request", "owner": the id (from "participants") \
            of who is expected to answer or act, or null when unclear, "due": the deadline the message states as \
            "YYYY-MM-DD" (resolve words like "Friday" from the message's sentAt), or null, "suggestedText": a short, \
            polite follow-up the writer could send if nobody responds, at most 200 characters}. Only people in \
            "participants" can be owners.
            Answer with {"messages": [{"id": "...", "label": "...", "score": 0.0, "reason": "...", "topics": [], \
            "followUp": null}]}, one entry per message, using only ids from "messages".""";

    /** The prompt and the messages it carries (the latest of the input, in order). */
    record Fitted(Prompt prompt, List<ChatMessage> sent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Data(List<Participant> participants, List<Topic> topics, Integer earlierMessagesNotShown, List<Message> messages) {
    }

    record Participant(String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Topic(String name, String description, Boolean custom) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Message(String id, String senderId, String sentAt, String replyTo, String text) {
    }

    private InsightPrompt() {
    }

    /** The prompt over the latest of {@code messages} (chronological) that fit; OVER_BUDGET when not even one does. */
    static Fitted fit(List<ChatMessage> messages, Map<String, String> participants, List<TopicDefinition> catalogue,
            int maxInputTokens, int maxOutputTokens) throws ModelFailure {
        List<Participant> people = participants.entrySet().stream().map(e -> new Participant(e.getKey(), e.getValue())).toList();
        List<Topic> topics = catalogue.stream().map(t -> new Topic(t.name(), t.description(),
                t.source() == TopicSource.CUSTOM ? Boolean.TRUE : null)).toList();
        List<Message> all = messages.stream().map(InsightPrompt::message).toList();
        int base = Prompt.of(INSTRUCTIONS, new Data(people, topics, messages.size(), List.of())).estimatedTokens();
        int byInput = TokenBudget.latestThatFit(all, DataTokens::of, maxInputTokens - base);
        int count = Math.min(byInput, Math.max(1, maxOutputTokens / OUTPUT_TOKENS_PER_MESSAGE));
        while (count > 0) {
            List<Message> sent = all.subList(all.size() - count, all.size());
            int earlier = all.size() - count;
            Prompt prompt = Prompt.of(INSTRUCTIONS, new Data(people, topics, earlier > 0 ? earlier : null, sent));
            if (prompt.estimatedTokens() <= maxInputTokens) {
                return new Fitted(prompt, List.copyOf(messages.subList(earlier, messages.size())));
            }
            count--;
        }
        throw new ModelFailure(FallbackReason.OVER_BUDGET, "not even the latest message fits the input budget of "
                + maxInputTokens + " tokens");
    }

    private static Message message(ChatMessage m) {
        return new Message(m.id(), m.senderId(), m.sentAt().toString(), m.replyTo(), m.content());
    }
}
