package io.pulse.messaging.summarization.engine.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.DailyDigest;
import io.pulse.messaging.summarization.engine.ExtractiveSummaryEngine;
import io.pulse.messaging.summarization.engine.Person;
import io.pulse.messaging.summarization.engine.SummaryOptions;
import io.pulse.messaging.summarization.engine.ThreadSummary;
import io.pulse.messaging.summarization.engine.ThreadSummary.Coverage;
import io.pulse.messaging.summarization.engine.ThreadSummary.Decision;
import io.pulse.messaging.summarization.engine.ThreadSummary.LeftOut;

/**
 * A digest's answer held to the request: each conversation entry must name a conversation of the request, once
 * ({@code unknown-conversation}, {@code duplicate}), and its items may cite only that conversation's messages (an id of
 * another conversation is {@code unknown-message}) and name only its people; the prose may cite any message shown.
 * Then, per conversation, what the {@link io.pulse.messaging.summarization.engine.DailyDigester} lays out.
 */
final class DigestAnswerCheck {

    private static final ConversationCheck.Items NOTHING = new ConversationCheck.Items(List.of(), List.of(), List.of(), List.of());

    private final Map<UUID, DailyDigest.Conversation> conversations = new HashMap<>();
    private final Map<UUID, List<ChatMessage>> shownOf = new HashMap<>();
    private final List<ChatMessage> shown;
    private final Person reader;
    private final SummaryOptions options;
    private final int maxKeyPoints;
    private final Drops drops;
    private final Map<UUID, ConversationCheck.Items> checked = new HashMap<>();

    DigestAnswerCheck(List<DailyDigest.Conversation> conversations, List<ChatMessage> shown, Person reader,
            SummaryOptions options, int maxKeyPoints, Drops drops) {
        Map<UUID, UUID> owner = new HashMap<>();
        for (DailyDigest.Conversation c : conversations) {
            this.conversations.put(c.conversationId(), c);
            c.messages().forEach(m -> owner.put(m.id(), c.conversationId()));
        }
        shown.forEach(m -> shownOf.computeIfAbsent(owner.get(m.id()), k -> new ArrayList<>()).add(m));
        this.shown = shown;
        this.reader = reader;
        this.options = options;
        this.maxKeyPoints = maxKeyPoints;
        this.drops = drops;
    }

    /** Checks every conversation entry of the answer, then returns its prose ({@link SummaryText}). */
    String prose(Answers.Digest answer) throws ModelFailure {
        List<Decision> decisions = new ArrayList<>();
        for (Answers.Conversation entry : ItemReader.read(answer.conversations(), Answers.Conversation.class, drops)) {
            UUID id = conversationId(entry.conversationId());
            if (id == null) {
                drops.drop("unknown-conversation");
            } else if (checked.containsKey(id)) {
                drops.drop("duplicate");
            } else {
                ConversationCheck.Items items = ConversationCheck.check(entry.items(), gate(id), options.zone(), maxKeyPoints);
                checked.put(id, items);
                decisions.addAll(items.decisions());
            }
        }
        Gate all = new Gate(new Evidence(shown, PromptData.senders(shown), reader), drops);
        return SummaryText.prose(answer.summary(), all, decisions);
    }

    /** The summary of one conversation's messages of the day, as the model's answer has it (items already checked). */
    ThreadSummary summary(DailyDigest.Conversation conversation, List<ChatMessage> ofTheDay) {
        List<ChatMessage> day = new ArrayList<>(ofTheDay);
        day.sort(Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::id));
        List<ChatMessage> read = shownOf.getOrDefault(conversation.conversationId(), List.of());
        if (read.isEmpty()) {
            return new ThreadSummary("", List.of(), List.of(), List.of(), List.of(), List.of(), new Coverage(day.size(), 0,
                    null, null, true, "None of its messages fit the model's input budget.",
                    List.of(LeftOut.of(LeftOut.OVER_BUDGET, day))));
        }
        ConversationCheck.Items items = checked.getOrDefault(conversation.conversationId(), NOTHING);
        return new ThreadSummary("", items.keyPoints(), items.actionItems(), items.decisions(), items.openQuestions(),
                ExtractiveSummaryEngine.participants(read), ThreadSummaryTask.coverage(day, read));
    }

    private Gate gate(UUID conversation) {
        DailyDigest.Conversation c = conversations.get(conversation);
        List<ChatMessage> read = shownOf.getOrDefault(conversation, List.of());
        return new Gate(new Evidence(read, PromptData.senders(c.messages()), reader), drops);
    }

    private UUID conversationId(String value) {
        if (value == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value.strip());
            return conversations.containsKey(id) && id.toString().equalsIgnoreCase(value.strip()) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
