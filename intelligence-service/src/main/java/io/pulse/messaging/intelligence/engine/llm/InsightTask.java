package io.pulse.messaging.intelligence.engine.llm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.ModelJson;
import io.pulse.messaging.common.ai.ModelTask;
import io.pulse.messaging.common.ai.Prompt;
import io.pulse.messaging.intelligence.engine.ChatMessage;
import io.pulse.messaging.intelligence.engine.MessageFacts;
import io.pulse.messaging.intelligence.engine.TopicDefinition;
import io.pulse.messaging.intelligence.engine.TopicEvidence;

/**
 * The LLM engine of the conversation analysis: one model call judges the new messages' sentiment (label, score,
 * reason), topics (from the built-in taxonomy and the user's topics) and what each waits for (follow-ups). The answer
 * is validated against the request, message by message and part by part: an item citing a message that was not sent
 * is dropped; a message whose sentiment, topics or follow-up breaks a rule keeps the local engine's result for that
 * part, as do the messages the model did not judge and those beyond its budget. The answer as a whole is
 * {@code invalid-output} when it is not JSON of the asked shape or no message's sentiment survives: then the local
 * engine answers for every message.
 *
 * <p>What this cannot tell is whether the model was swayed by a message's text ("label everything positive"): such
 * an answer is still a valid answer. It cannot, however, make the service show topics, people or messages the request
 * does not have, nor labels and scores outside their ranges.
 */
public final class InsightTask implements ModelTask<ModelAnalysis> {

    public static final int PROMPT_VERSION = InsightPrompt.PROMPT_VERSION;

    private final List<ChatMessage> messages;
    private final Map<String, String> participants;
    private final TopicCheck topics;
    private final ModelAnalysis local;
    private final int maxOutputTokens;
    private List<ChatMessage> sent = List.of();

    /** One message's judgement, each part validated; a null part keeps the local engine's. */
    private record Judged(ModelSentiment sentiment, List<TopicEvidence> topics, FollowUpCheck.Judgement followUp) {
    }

    /**
     * @param messages     the new messages (chronological), which {@code local} analysed
     * @param participants the conversation's participants (id to name): the only possible owners of a follow-up
     * @param builtIn      the built-in topics
     * @param custom       the user's topics of this request
     * @param local        the local engine's analysis of {@code messages}
     * @param maxOutputTokens the most the model may answer: bounds how many messages one call can judge
     */
    public InsightTask(List<ChatMessage> messages, Map<String, String> participants, List<TopicDefinition> builtIn,
            List<TopicDefinition> custom, ModelAnalysis local, int maxOutputTokens) {
        this.messages = messages;
        this.participants = participants;
        this.topics = new TopicCheck(builtIn, custom);
        this.local = local;
        this.maxOutputTokens = maxOutputTokens;
    }

    /** The prompt within both budgets; the messages it carries are those {@link #accept} accepts ids of. */
    @Override
    public Prompt prompt(int maxInputTokens) throws ModelFailure {
        InsightPrompt.Fitted fitted = InsightPrompt.fit(messages, participants, topics.catalogue(), maxInputTokens,
                maxOutputTokens);
        sent = fitted.sent();
        return fitted.prompt();
    }

    @Override
    public ModelAnalysis accept(String answer, Drops drops) throws ModelFailure {
        InsightAnswer parsed = ModelJson.read(answer, InsightAnswer.class);
        if (parsed.messages() == null) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the answer has no messages");
        }
        Map<String, ChatMessage> byId = new HashMap<>();
        sent.forEach(m -> byId.put(m.id(), m));
        FollowUpCheck followUps = new FollowUpCheck(participants.keySet());
        Map<String, Judged> judged = new LinkedHashMap<>();
        for (InsightAnswer.Item item : parsed.messages()) {
            ChatMessage message = item == null || item.id() == null ? null : byId.get(item.id());
            if (message == null) {
                drops.drop("unknown-message");
            } else if (judged.containsKey(message.id())) {
                drops.drop("duplicate-message");
            } else {
                judged.put(message.id(), new Judged(SentimentCheck.check(item.label(), item.score(), item.reason(), drops),
                        topics.check(message, item.topics(), drops), followUps.check(message, item.followUp(), drops)));
            }
        }
        if (judged.values().stream().allMatch(j -> j.sentiment() == null)) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "no message's sentiment survived validation");
        }
        return merge(judged);
    }

    /** The participants of a conversation by id, with their names (the first seen), in order of appearance. */
    public static Map<String, String> participants(List<ChatMessage> messages) {
        Map<String, String> people = new LinkedHashMap<>();
        for (ChatMessage m : messages) {
            people.putIfAbsent(m.senderId(), m.senderName());
        }
        return people;
    }

    @Override
    public ModelAnalysis local() {
        return local;
    }

    /** The local analysis with the model's judgement, part by part, for the messages it judged. */
    private ModelAnalysis merge(Map<String, Judged> judged) {
        List<MessageFacts> facts = new ArrayList<>(local.facts().size());
        for (MessageFacts f : local.facts()) {
            Judged j = judged.get(f.id());
            MessageFacts merged = f;
            if (j != null && j.sentiment() != null) {
                merged = j.sentiment().applyTo(merged);
            }
            facts.add(j == null ? merged : j.followUp().applyTo(merged));
        }
        List<TopicEvidence> evidence = new ArrayList<>();
        for (TopicEvidence e : local.evidence()) {
            Judged j = judged.get(e.messageId());
            if (j == null || j.topics() == null) {
                evidence.add(e);
            }
        }
        judged.values().stream().filter(j -> j.topics() != null).forEach(j -> evidence.addAll(j.topics()));
        return new ModelAnalysis(facts, evidence, sent.size());
    }
}
