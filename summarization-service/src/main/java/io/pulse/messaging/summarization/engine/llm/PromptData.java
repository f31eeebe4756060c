package io.pulse.messaging.summarization.engine.llm;

import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.Prompt;
import io.pulse.messaging.common.ai.TokenBudget;
import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.Person;

/**
 * The data a prompt carries, and fitting it into the input budget: the latest messages that fit are sent, the earlier
 * ones left out (the response's coverage says so); when not even {@value #MIN_MESSAGES} fit (or the whole conversation,
 * if it is shorter) the model is not asked at all ({@code over-budget}).
 */
final class PromptData {

    static final int MIN_MESSAGES = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PromptData() {
    }

    /** What was sent: the messages shown to the model (the latest that fit, in sent order) and the prompt. */
    record Fitted(List<ChatMessage> shown, Prompt prompt) {
    }

    /**
     * The prompt {@code build} makes of the latest messages of {@code sorted} that fit in {@code maxTokens}, each message
     * costing what {@code asData} of it costs serialised.
     */
    static Fitted fit(List<ChatMessage> sorted, Function<List<ChatMessage>, Prompt> build,
            Function<ChatMessage, Object> asData, int maxTokens) throws ModelFailure {
        int fixed = build.apply(List.of()).estimatedTokens();
        int n = TokenBudget.latestThatFit(sorted, m -> TokenBudget.estimate(json(asData.apply(m))) + 1, maxTokens - fixed);
        int needed = Math.min(MIN_MESSAGES, sorted.size());
        while (n >= needed && n > 0) {
            List<ChatMessage> shown = sorted.subList(sorted.size() - n, sorted.size());
            Prompt prompt = build.apply(shown);
            if (prompt.estimatedTokens() <= maxTokens) {
                return new Fitted(List.copyOf(shown), prompt);
            }
            n--;
        }
        throw new ModelFailure(FallbackReason.OVER_BUDGET, "not even the latest " + needed + " of " + sorted.size()
                + " messages fit in " + maxTokens + " tokens");
    }

    /** A message as the model reads it: the sender by id, the time in the reader's zone with its weekday. */
    static Map<String, Object> message(ChatMessage m, ZoneId zone, UUID conversationId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", m.id().toString());
        if (conversationId != null) {
            data.put("conversationId", conversationId.toString());
        }
        data.put("from", m.sender().id().toString());
        var local = m.sentAt().atZone(zone).truncatedTo(ChronoUnit.MINUTES);
        data.put("sentAt", local.toOffsetDateTime().toString());
        data.put("weekday", local.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        data.put("replyTo", m.replyTo() == null ? null : m.replyTo().toString());
        data.put("text", m.content());
        return data;
    }

    static List<Map<String, Object>> people(List<Person> people) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Person p : people) {
            list.add(person(p));
        }
        return list;
    }

    static Map<String, Object> person(Person p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", p.id().toString());
        data.put("name", p.name());
        return data;
    }

    /** The distinct senders of {@code messages}, first to write first. */
    static List<Person> senders(List<ChatMessage> messages) {
        Map<UUID, Person> people = new LinkedHashMap<>();
        messages.forEach(m -> people.putIfAbsent(m.sender().id(), m.sender()));
        return new ArrayList<>(people.values());
    }

    private static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("prompt data is not serialisable", e);
        }
    }
}
