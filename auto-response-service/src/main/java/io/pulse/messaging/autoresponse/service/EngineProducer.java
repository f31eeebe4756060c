package io.pulse.messaging.autoresponse.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.LocalReplyEngine;
import io.pulse.messaging.autoresponse.engine.LocalSuggestionEngine;
import io.pulse.messaging.autoresponse.engine.ReplyEngine;
import io.pulse.messaging.autoresponse.engine.RuleAnalyzer;
import io.pulse.messaging.autoresponse.engine.RuleMatcher;
import io.pulse.messaging.autoresponse.engine.SuggestionEngine;
import io.quarkus.arc.DefaultBean;

/** The engines as beans. The local ones are {@code @DefaultBean}s: another engine bean (an LLM one) replaces them by being present. */
public class EngineProducer {

    @Produces
    @Singleton
    @DefaultBean
    ReplyEngine replyEngine() {
        return new LocalReplyEngine();
    }

    @Produces
    @Singleton
    @DefaultBean
    SuggestionEngine suggestionEngine() {
        return new LocalSuggestionEngine();
    }

    @Produces
    @Singleton
    RuleMatcher ruleMatcher() {
        return new RuleMatcher();
    }

    @Produces
    @Singleton
    RuleAnalyzer ruleAnalyzer() {
        return new RuleAnalyzer();
    }
}
