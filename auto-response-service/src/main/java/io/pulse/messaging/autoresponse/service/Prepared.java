package io.pulse.messaging.autoresponse.service;

import java.util.List;
import java.util.Optional;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.RuleMatcher;
import io.pulse.messaging.autoresponse.engine.SuppressionReason;
import io.pulse.messaging.autoresponse.service.ReplyRenderer.Reply;

/**
 * Messages matched against a user's rules, and the replies of the matching rules rendered, off the event loop and with
 * no transaction open: what the transaction that decides and records needs, and nothing it would have to compute.
 *
 * @param rulesVersion the version of the rules matched against: the recording transaction proceeds only while it holds
 */
record Prepared(long rulesVersion, List<Prepared.Item> items) {

    /**
     * One message.
     *
     * @param guard the loop guard that stops it, if any
     * @param match the rules' verdicts (null when a guard stopped a real evaluation before any rule)
     * @param reply the winning rule's reply for it (null without a winner or when a guard stops it): its template rendered and
     *              personalised, or for a rule with {@code generatedReply} the model's rewrite of that ({@link ReplyGeneration})
     */
    record Item(IncomingMessage message, Responder user, Optional<SuppressionReason> guard, RuleMatcher.Result match, Reply reply) {

        RuleDefinition winner() {
            return match == null ? null : match.winner();
        }

        Item withReply(Reply other) {
            return new Item(message, user, guard, match, other);
        }

        /** Whether deciding needs the database: a log row to write, or a cap or cooldown to read. */
        boolean needsDatabase(boolean dryRun) {
            return dryRun ? guard.isEmpty() && winner() != null : guard.isPresent() || winner() != null || hasEffects();
        }

        /** Whether matching rules tagged the message or notify webhooks (logged even when no rule answers). */
        boolean hasEffects() {
            return guard.isEmpty() && match != null && match.hasEffects();
        }
    }

    boolean needsDatabase(boolean dryRun) {
        return items.stream().anyMatch(item -> item.needsDatabase(dryRun));
    }

    Prepared withItems(List<Item> other) {
        return new Prepared(rulesVersion, List.copyOf(other));
    }
}
