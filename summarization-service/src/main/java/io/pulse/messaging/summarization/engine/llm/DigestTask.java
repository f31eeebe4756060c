package io.pulse.messaging.summarization.engine.llm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.ModelJson;
import io.pulse.messaging.common.ai.ModelTask;
import io.pulse.messaging.common.ai.Prompt;
import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.DailyDigest;
import io.pulse.messaging.summarization.engine.DailyDigester;
import io.pulse.messaging.summarization.engine.Person;
import io.pulse.messaging.summarization.engine.SummaryOptions;

/**
 * A daily digest by the model (feature {@value #FEATURE}): the day's messages of every conversation, the latest that fit
 * the budget, in one call; the answer's items held to their own conversation ({@link DigestAnswerCheck}), then ranked
 * for the reader and laid out by the same {@link DailyDigester} as the local digest, under the model's prose. The local
 * digest when there is no usable answer. One task serves one request.
 */
public final class DigestTask implements ModelTask<DailyDigest> {

    public static final String FEATURE = "digest";

    private final DailyDigester digester;
    private final List<DailyDigest.Conversation> conversations;
    private final LocalDate day;
    private final SummaryOptions options;
    private final int highlights;
    private final int keyPoints;
    private final List<ChatMessage> ofTheDay;
    private final Map<UUID, UUID> conversationOf = new HashMap<>();
    private final Person reader;
    private List<ChatMessage> shown = List.of();

    public DigestTask(DailyDigester digester, List<DailyDigest.Conversation> conversations, LocalDate day,
            SummaryOptions options, int highlights) {
        this.digester = digester;
        this.conversations = List.copyOf(conversations);
        this.day = day;
        this.options = options;
        this.highlights = highlights;
        this.keyPoints = Math.max(options.maxKeyPoints(), highlights * 2);
        List<ChatMessage> sameDay = new ArrayList<>();
        List<ChatMessage> all = new ArrayList<>();
        for (DailyDigest.Conversation c : conversations) {
            for (ChatMessage m : c.messages()) {
                conversationOf.put(m.id(), c.conversationId());
                all.add(m);
                if (m.sentAt().atZone(options.zone()).toLocalDate().equals(day)) {
                    sameDay.add(m);
                }
            }
        }
        sameDay.sort(Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::id));
        this.ofTheDay = List.copyOf(sameDay);
        this.reader = options.readerIn(all);
    }

    @Override
    public Prompt prompt(int maxInputTokens) throws ModelFailure {
        PromptData.Fitted fitted = PromptData.fit(ofTheDay, this::build,
                m -> PromptData.message(m, options.zone(), conversationOf.get(m.id())), maxInputTokens);
        shown = fitted.shown();
        return fitted.prompt();
    }

    private Prompt build(List<ChatMessage> sent) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("day", day.toString());
        data.put("timeZone", options.zone().getId());
        data.put("reader", PromptData.person(reader));
        List<Map<String, Object>> titles = new ArrayList<>();
        for (DailyDigest.Conversation c : conversations) {
            Map<String, Object> title = new LinkedHashMap<>();
            title.put("conversationId", c.conversationId().toString());
            title.put("title", c.title());
            titles.add(title);
        }
        data.put("conversations", titles);
        data.put("participants", PromptData.people(PromptData.senders(ofTheDay)));
        data.put("messages", sent.stream().map(m -> PromptData.message(m, options.zone(), conversationOf.get(m.id()))).toList());
        return Prompt.of(SummaryPrompts.DIGEST.formatted(keyPoints), data);
    }

    @Override
    public DailyDigest accept(String answer, Drops drops) throws ModelFailure {
        Answers.Digest parsed = ModelJson.read(answer, Answers.Digest.class);
        DigestAnswerCheck check = new DigestAnswerCheck(conversations, shown, reader, options, keyPoints, drops);
        String prose = check.prose(parsed);
        DailyDigest digest = digester.assemble(conversations, day, options, highlights, check::summary);
        return new DailyDigest(prose, digest.conversations(), digest.actionItems(), digest.decisions(), digest.openQuestions(),
                digest.participants(), digest.coverage());
    }

    @Override
    public DailyDigest local() {
        return digester.digest(conversations, day, options, highlights);
    }
}
