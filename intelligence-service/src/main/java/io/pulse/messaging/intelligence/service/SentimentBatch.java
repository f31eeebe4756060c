package io.pulse.messaging.intelligence.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.ai.Generated;
import io.pulse.messaging.common.ai.ModelOrLocal;
import io.pulse.messaging.intelligence.engine.SentimentAnalyzer;
import io.pulse.messaging.intelligence.engine.llm.ModelSentiment;
import io.pulse.messaging.intelligence.engine.llm.SentimentBatchTask;
import io.pulse.messaging.intelligence.model.SentimentBatchView;

/**
 * Stateless sentiment of a batch of texts: the local engine's, or the model's through the {@value #FEATURE} feature
 * with the local engine's for each text the model did not judge validly. Blocks for the model: call it on a worker
 * thread (it touches no database).
 */
@ApplicationScoped
public class SentimentBatch {

    /** The feature's name in {@code pulse.ai.feature.<name>.*} and in the metrics. */
    static final String FEATURE = "sentiment";

    private final SentimentAnalyzer local;
    private final ModelOrLocal models;

    SentimentBatch(SentimentAnalyzer local, ModelOrLocal models) {
        this.local = local;
        this.models = models;
    }

    public SentimentBatchView score(List<String> texts) {
        Generated<List<ModelSentiment>> generated = models.generate(FEATURE,
                new SentimentBatchTask(texts, models.feature(FEATURE).maxOutputTokens()));
        List<SentimentBatchView.Result> results = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            ModelSentiment model = generated.value().get(i);
            results.add(model != null ? SentimentBatchView.Result.model(model)
                    : SentimentBatchView.Result.local(local.analyze(texts.get(i))));
        }
        return new SentimentBatchView(generated.engine().engine(), generated.engine().fallbackReason(), results);
    }
}
