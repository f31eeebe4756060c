package io.pulse.messaging.autoresponse.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.LoopGuard;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.RuleMatcher;
import io.pulse.messaging.autoresponse.engine.SuppressionReason;
import io.pulse.messaging.autoresponse.service.RuleCache.RuleSet;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.Problem;

/**
 * The CPU work of an evaluation, run on a worker thread between the transaction that loads the rules and the one that
 * records the outcome: compiling the rules (when this replica's copy is stale), checking the request's pattern work
 * against its limit, the loop guards, matching, and rendering the winners' replies.
 */
@Singleton
public class MessagePreparation {

    /** The problem type of a request refused for the pattern work it would take. */
    public static final String TOO_COSTLY = "urn:pulse:problem:evaluation-too-costly";

    /** A message to evaluate and the user it is for (with the recipient's name and zone from the message). */
    record Incoming(IncomingMessage message, Responder user) {
    }

    private final RuleCache cache;
    private final RuleMatcher matcher;
    private final ReplyRenderer renderer;
    private final AutoResponseConfig config;

    public MessagePreparation(RuleCache cache, RuleMatcher matcher, ReplyRenderer renderer, AutoResponseConfig config) {
        this.cache = cache;
        this.matcher = matcher;
        this.renderer = renderer;
        this.config = config;
    }

    /**
     * @throws ApiException 422 when the messages' pattern work against these rules is above the limit: nothing is matched
     */
    Prepared prepare(RuleCache.Loaded loaded, List<Incoming> messages, boolean dryRun) {
        RuleSet rules = cache.compiled(loaded);
        requireAffordable(rules, messages, dryRun);
        List<Prepared.Item> items = new ArrayList<>(messages.size());
        for (Incoming incoming : messages) {
            IncomingMessage message = incoming.message();
            Optional<SuppressionReason> guard = LoopGuard.check(message, loaded.user());
            if (guard.isPresent() && !dryRun) {
                items.add(new Prepared.Item(message, incoming.user(), guard, null, null));
                continue;
            }
            RuleMatcher.Result match = matcher.match(rules.rules(), message, dryRun);
            RuleDefinition winner = match.winner();
            ReplyRenderer.Reply reply = winner == null || guard.isPresent() ? null : renderer.render(winner, message, incoming.user());
            items.add(new Prepared.Item(message, incoming.user(), guard, match, reply));
        }
        return new Prepared(rules.version(), List.copyOf(items));
    }

    /** Pattern work: every character of every message, times the weight of every pattern of the user's enabled rules. */
    static long patternWork(RuleSet rules, List<Incoming> messages) {
        long characters = 0;
        for (Incoming incoming : messages) {
            characters += incoming.message().content().length();
        }
        return rules.patternWeight() == 0 ? 0 : characters > Long.MAX_VALUE / rules.patternWeight() ? Long.MAX_VALUE
                : characters * rules.patternWeight();
    }

    private void requireAffordable(RuleSet rules, List<Incoming> messages, boolean dryRun) {
        long verdicts = (long) messages.size() * rules.rules().size();
        if (dryRun && verdicts > config.dryRunVerdictLimit()) {
            throw tooCostly("Explaining " + messages.size() + " message(s) against your " + rules.rules().size() + " enabled rules would take "
                    + verdicts + " rule verdicts; one dry run may explain at most " + config.dryRunVerdictLimit() + ". Nothing was "
                    + "evaluated: send fewer messages per dry run.");
        }
        long work = patternWork(rules, messages);
        long limit = config.patternWorkLimit();
        if (work > limit) {
            throw tooCostly("Matching these " + messages.size()
                    + " message(s) against the patterns of your enabled rules would take " + work + " units of work (characters of "
                    + "content times the weight of each pattern, " + rules.patternWeight() + " in all); one request may take at most "
                    + limit + ". Nothing was evaluated: send fewer or shorter messages per request, or simplify or disable patterns.");
        }
    }

    private static ApiException tooCostly(String detail) {
        return new ApiException(new Problem(TOO_COSTLY, "Evaluation too costly", 422, detail, null, null, null));
    }
}
