package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.generation.RuleReplyTask;
import io.pulse.messaging.autoresponse.repository.EvaluationStateRepository;
import io.pulse.messaging.autoresponse.repository.OutcomeStatements;
import io.pulse.messaging.autoresponse.service.ReplyRenderer.Reply;
import io.pulse.messaging.common.ai.EngineUsed;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.Generated;
import io.pulse.messaging.common.ai.ModelOrLocal;
import io.pulse.messaging.common.text.LanguageGuess;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.reactive.OffLoop;
import io.pulse.messaging.common.time.Timestamps;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * The step of an evaluation between matching and recording that has the model rewrite the replies of winning rules
 * that opted into generated text (feature {@value #FEATURE}). No transaction is open while the model is called:
 * <ol>
 * <li>only winners with {@code generatedReply}, a reply to send and no loop guard are candidates, and in one request
 * only the first message per rule and sender when the rule has a cooldown (the later ones would lose it);</li>
 * <li>a short read transaction drops the candidates whose reply the database would suppress now (the conversation's
 * hourly cap reached, the sender's cooldown running): no model call for a reply that would not be sent;</li>
 * <li>after it has ended, on a worker thread, the model rewrites each remaining reply in turn, at most
 * {@link AutoResponseConfig#generatedRepliesPerRequest()} per request.</li>
 * </ol>
 * The recording transaction still decides cap and cooldown atomically: a concurrent evaluation may take the cooldown
 * between the pre-check and the record, and then the rewrite was made for nothing. That wasted call is accepted rather
 * than holding a lock (and a connection) across a call of seconds.
 */
@Singleton
public class ReplyGeneration {

    public static final String FEATURE = "rule-replies";

    private final ModelOrLocal engines;
    private final SqlOwnership ownership;
    private final OutcomeStatements log;
    private final EvaluationStateRepository state;
    private final AutoResponseConfig config;
    private final Clock clock;

    public ReplyGeneration(ModelOrLocal engines, SqlOwnership ownership, OutcomeStatements log, EvaluationStateRepository state,
                           AutoResponseConfig config, Clock clock) {
        this.engines = engines;
        this.ownership = ownership;
        this.log = log;
        this.state = state;
        this.config = config;
        this.clock = clock;
    }

    /** {@code prepared} with the candidates' replies rewritten; as it is when there are none or the feature is local. */
    Uni<Prepared> generate(UUID user, Prepared prepared) {
        List<Integer> candidates = candidates(prepared);
        if (candidates.isEmpty() || engines.feature(FEATURE).local()) {
            return Uni.createFrom().item(prepared);
        }
        return ownership.sqlAsUser(user, scope -> worthGenerating(scope, prepared, candidates))
                .chain(chosen -> chosen.isEmpty() ? Uni.createFrom().item(prepared)
                        : OffLoop.compute(() -> rewritten(prepared, chosen)));
    }

    /** The indexes of the items whose reply the model should rewrite, as far as the request alone tells. */
    private static List<Integer> candidates(Prepared prepared) {
        List<Integer> candidates = new ArrayList<>();
        Set<String> cooling = new HashSet<>();
        for (int i = 0; i < prepared.items().size(); i++) {
            Prepared.Item item = prepared.items().get(i);
            RuleDefinition rule = item.winner();
            if (rule == null || !rule.generatedReply() || item.guard().isPresent() || item.reply() == null || item.reply().text().isBlank()) {
                continue;
            }
            if (rule.cooldown().isZero() || cooling.add(rule.id() + "|" + item.message().senderKey())) {
                candidates.add(i);
            }
        }
        return candidates;
    }

    /** The candidates whose reply the database would let through now (cap and cooldown), in order. */
    private Uni<List<Integer>> worthGenerating(SqlScope scope, Prepared prepared, List<Integer> candidates) {
        OffsetDateTime now = Timestamps.now(clock);
        List<Integer> chosen = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int index : candidates) {
            Prepared.Item item = prepared.items().get(index);
            chain = chain.chain(() -> wouldSend(scope, item, now)).invoke(send -> {
                if (send) {
                    chosen.add(index);
                }
            }).replaceWithVoid();
        }
        return chain.replaceWith(chosen);
    }

    private Uni<Boolean> wouldSend(SqlScope scope, Prepared.Item item, OffsetDateTime now) {
        IncomingMessage message = item.message();
        RuleDefinition rule = item.winner();
        return log.sentIn(scope, message.conversationId(), now.minusHours(1)).chain(sent -> {
            if (sent >= config.conversationLimitPerHour()) {
                return Uni.createFrom().item(false);
            }
            return rule.cooldown().isZero() ? Uni.createFrom().item(true)
                    : state.cooldownUntil(scope, rule.id(), message.senderKey(), now).map(Objects::isNull);
        });
    }

    /** Blocks on the model: on a worker thread, with no transaction open. */
    private Prepared rewritten(Prepared prepared, List<Integer> chosen) {
        List<Prepared.Item> items = new ArrayList<>(prepared.items());
        int made = 0;
        for (int index : chosen) {
            Prepared.Item item = items.get(index);
            Reply reply = made < config.generatedRepliesPerRequest() ? rewritten(item) : ownReply(item, FallbackReason.OVER_BUDGET.wire());
            made++;
            items.set(index, item.withReply(reply));
        }
        return prepared.withItems(items);
    }

    private Reply rewritten(Prepared.Item item) {
        IncomingMessage message = item.message();
        RuleDefinition rule = item.winner();
        Generated<String> generated = engines.generate(FEATURE, new RuleReplyTask(new RuleReplyTask.Input(message.content(),
                message.senderFirstName(), message.channel(), item.reply().text(), rule.tone(), LanguageGuess.of(message.content()).definite())));
        EngineUsed engine = generated.engine();
        if (engine.fellBack()) {
            return ownReply(item, engine.fallbackReason());
        }
        return new Reply(generated.value(), true, engine.engine());
    }

    /** The rule's own reply, sent because the model's could not be used, and why. */
    private static Reply ownReply(Prepared.Item item, String reason) {
        Log.infof("Rule %s: the generated reply was not used (%s); the rule's own reply is sent", item.winner().id(), reason);
        Reply own = item.reply();
        return new Reply(own.text(), own.personalised(), EngineUsed.LOCAL_FALLBACK, reason);
    }
}
