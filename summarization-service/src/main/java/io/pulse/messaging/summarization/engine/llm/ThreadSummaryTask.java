package io.pulse.messaging.summarization.engine.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.ModelJson;
import io.pulse.messaging.common.ai.ModelTask;
import io.pulse.messaging.common.ai.Prompt;
import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.ExtractiveSummaryEngine;
import io.pulse.messaging.summarization.engine.Person;
import io.pulse.messaging.summarization.engine.SummaryEngine;
import io.pulse.messaging.summarization.engine.SummaryOptions;
import io.pulse.messaging.summarization.engine.ThreadSummary;
import io.pulse.messaging.summarization.engine.ThreadSummary.Coverage;
import io.pulse.messaging.summarization.engine.ThreadSummary.LeftOut;

/**
 * A thread summary by the model (feature {@value #FEATURE}): the latest messages that fit the budget as data, the
 * answer held to them ({@link ConversationCheck}, {@link SummaryText}), the local engine's summary when there is no
 * usable answer. One task serves one request: {@link #accept} reads the answer against what {@link #prompt} sent.
 */
public final class ThreadSummaryTask implements ModelTask<ThreadSummary> {

    public static final String FEATURE = "summary";

    private final SummaryEngine local;
    private final List<ChatMessage> messages;
    private final SummaryOptions options;
    private final Person reader;
    private List<ChatMessage> shown = List.of();

    public ThreadSummaryTask(SummaryEngine local, List<ChatMessage> messages, SummaryOptions options) {
        this.local = local;
        List<ChatMessage> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::id));
        this.messages = List.copyOf(sorted);
        this.options = options;
        this.reader = options.readerIn(sorted);
    }

    @Override
    public Prompt prompt(int maxInputTokens) throws ModelFailure {
        PromptData.Fitted fitted = PromptData.fit(messages, this::build,
                m -> PromptData.message(m, options.zone(), null), maxInputTokens);
        shown = fitted.shown();
        return fitted.prompt();
    }

    private Prompt build(List<ChatMessage> sent) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("timeZone", options.zone().getId());
        data.put("reader", PromptData.person(reader));
        data.put("participants", PromptData.people(PromptData.senders(messages)));
        data.put("messages", sent.stream().map(m -> PromptData.message(m, options.zone(), null)).toList());
        return Prompt.of(SummaryPrompts.THREAD.formatted(options.maxKeyPoints()), data);
    }

    @Override
    public ThreadSummary accept(String answer, Drops drops) throws ModelFailure {
        Answers.Thread parsed = ModelJson.read(answer, Answers.Thread.class);
        Gate gate = new Gate(new Evidence(shown, PromptData.senders(messages), reader), drops);
        ConversationCheck.Items items = ConversationCheck.check(parsed.items(), gate, options.zone(), options.maxKeyPoints());
        String prose = SummaryText.prose(parsed.summary(), gate, items.decisions());
        return new ThreadSummary(prose, items.keyPoints(), items.actionItems(), items.decisions(), items.openQuestions(),
                ExtractiveSummaryEngine.participants(shown), coverage(messages, shown));
    }

    @Override
    public ThreadSummary local() {
        return local.summarize(messages, options);
    }

    /** What the model read of {@code all}: the latest {@code shown}, the earlier ones left out over the budget. */
    static Coverage coverage(List<ChatMessage> all, List<ChatMessage> shown) {
        int left = all.size() - shown.size();
        return new Coverage(all.size(), shown.size(), shown.get(0).sentAt(), shown.get(shown.size() - 1).sentAt(), left > 0,
                left > 0 ? "The conversation has " + all.size() + " messages; only the latest " + shown.size()
                        + " fit the model's input budget and were summarised." : null,
                left > 0 ? List.of(LeftOut.of(LeftOut.OVER_BUDGET, all.subList(0, left))) : List.of());
    }
}
