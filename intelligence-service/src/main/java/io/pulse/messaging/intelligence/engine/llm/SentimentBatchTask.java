package io.pulse.messaging.intelligence.engine.llm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.ModelJson;
import io.pulse.messaging.common.ai.ModelTask;
import io.pulse.messaging.common.ai.Prompt;
import io.pulse.messaging.common.ai.TokenBudget;

/**
 * The LLM engine of the stateless sentiment endpoint: one call labels a batch of texts, each cited by the id the
 * prompt gives it ({@code t1}, {@code t2}, ... in order). The first texts that fit the input and output budgets are
 * sent; the result has one entry per text, the model's sentiment where it gave a valid one and null where the local
 * engine's stands (not sent, not judged, or dropped by {@link SentimentCheck}). {@code invalid-output} when not one
 * text's sentiment survives.
 */
public final class SentimentBatchTask implements ModelTask<List<ModelSentiment>> {

    /** Change it with the instructions or the answer's shape (what a cache of results would key on; none is kept). */
    public static final int PROMPT_VERSION = 1;
    static final int OUTPUT_TOKENS_PER_TEXT = 32;

    static final String INSTRUCTIONS = """
            You judge the sentiment of short texts written by users of a messaging app. For each text in "texts" give:
            - "id": the text's id, exactly as given.
            """ + SentimentCheck.RULES + """
            Answer with {"results": [{"id": "...", "label": "...", "score": 0.0, "reason": "..."}]}, one entry per \
            text, using only ids from "texts".""";

    private final List<String> texts;
    private final int maxOutputTokens;
    private int sent;

    record Data(List<Text> texts) {
    }

    record Text(String id, String text) {
    }

    record Answer(List<Result> results) {
    }

    record Result(String id, String label, Double score, String reason) {
    }

    public SentimentBatchTask(List<String> texts, int maxOutputTokens) {
        this.texts = texts;
        this.maxOutputTokens = maxOutputTokens;
    }

    @Override
    public Prompt prompt(int maxInputTokens) throws ModelFailure {
        List<Text> all = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            all.add(new Text(id(i), texts.get(i)));
        }
        int base = Prompt.of(INSTRUCTIONS, new Data(List.of())).estimatedTokens();
        // the first texts that fit: the latest that fit of the reversed list
        List<Text> reversed = new ArrayList<>(all);
        Collections.reverse(reversed);
        int byInput = TokenBudget.latestThatFit(reversed, DataTokens::of, maxInputTokens - base);
        int count = Math.min(byInput, Math.max(1, maxOutputTokens / OUTPUT_TOKENS_PER_TEXT));
        for (; count > 0; count--) {
            Prompt prompt = Prompt.of(INSTRUCTIONS, new Data(all.subList(0, count)));
            if (prompt.estimatedTokens() <= maxInputTokens) {
                sent = count;
                return prompt;
            }
        }
        throw new ModelFailure(FallbackReason.OVER_BUDGET, "not even the first text fits the input budget of "
                + maxInputTokens + " tokens");
    }

    @Override
    public List<ModelSentiment> accept(String answer, Drops drops) throws ModelFailure {
        Answer parsed = ModelJson.read(answer, Answer.class);
        if (parsed.results() == null) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the answer has no results");
        }
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < sent; i++) {
            byId.put(id(i), i);
        }
        ModelSentiment[] judged = new ModelSentiment[texts.size()];
        boolean[] seen = new boolean[texts.size()];
        int usable = 0;
        for (Result result : parsed.results()) {
            Integer index = result == null || result.id() == null ? null : byId.get(result.id());
            if (index == null) {
                drops.drop("unknown-message");
            } else if (seen[index]) {
                drops.drop("duplicate-message");
            } else {
                seen[index] = true;
                judged[index] = SentimentCheck.check(result.label(), result.score(), result.reason(), drops);
                usable += judged[index] == null ? 0 : 1;
            }
        }
        if (usable == 0) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "no text's sentiment survived validation");
        }
        return Arrays.asList(judged);
    }

    /** No model sentiment for any text: the local engine's stand. */
    @Override
    public List<ModelSentiment> local() {
        return Arrays.asList(new ModelSentiment[texts.size()]);
    }

    private static String id(int index) {
        return "t" + (index + 1);
    }
}
