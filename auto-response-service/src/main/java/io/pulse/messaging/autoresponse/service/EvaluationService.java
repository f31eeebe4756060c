package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.autoresponse.engine.IncomingMessage;
import io.pulse.messaging.autoresponse.model.EvaluationInput;
import io.pulse.messaging.autoresponse.model.EvaluationView;
import io.pulse.messaging.autoresponse.repository.OutcomeStatements;
import io.pulse.messaging.autoresponse.repository.RuleRows;
import io.pulse.messaging.autoresponse.service.MessagePreparation.Incoming;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.reactive.OffLoop;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * "Should this incoming message get an auto-reply, and what text?" In three steps, so that no database connection is
 * held while rules are compiled or matched, replies rendered or written by the model, and none of that runs on the
 * event loop:
 * <ol>
 * <li>a short transaction reads the user's rules version and, when this replica's copy is stale, the rules;</li>
 * <li>on a worker thread ({@link MessagePreparation}): the request's pattern work is checked against its limit (422 past
 * it, before anything is matched), then the loop guards, the first matching rule of each message, and its reply; for
 * rules that opted into generated text, the model's rewrite of it ({@link ReplyGeneration}: a short read transaction
 * checks cap and cooldown first, the model is called after it has ended);</li>
 * <li>a second short transaction share-locks the rules version (a change to the user's rules bumps it first, so no rule
 * changes until this commits), and if it is still the version matched against, decides and records each message in
 * order ({@link BatchDecider}, a number of statements that does not grow with the messages; run again a few times if
 * PostgreSQL aborts it as a deadlock's victim; or {@link DryRunEvaluator} for dry
 * runs): cap, cooldown, log. If the rules changed in
 * between, nothing is recorded and the evaluation starts over with the new rules.</li>
 * </ol>
 * Messages whose outcome needs no database (no rule matched, nothing to log) skip the second transaction.
 *
 * <p>Transactions are opened with {@link SqlOwnership#sqlAsUser} (dry runs' reads too), not as the request's current user:
 * the user may be named in the
 * body (a service token's {@code userId}, checked by the resource with {@code CurrentUser.actFor}) or by a verified
 * webhook signature, and {@code @AsCurrentUser} knows only the token and {@code X-Pulse-Act-For}.
 */
@ApplicationScoped
public class EvaluationService {

    /** Evaluations started over because the user's rules changed meanwhile, before giving up with 409. */
    private static final int ATTEMPTS = 3;

    /** A verified webhook delivery: recorded (refused as a replay) in the transaction that records its outcome. */
    private record Delivery(String signature, OffsetDateTime received) {
    }

    private final SqlOwnership ownership;
    private final RuleCache cache;
    private final MessagePreparation preparation;
    private final BatchDecider decider;
    private final DryRunEvaluator dryRuns;
    private final ReplyGeneration generation;
    private final RuleRows rules;
    private final OutcomeStatements statements;
    private final Clock clock;
    private final SenderContext senders;

    public EvaluationService(SqlOwnership ownership, RuleCache cache, MessagePreparation preparation, BatchDecider decider,
                             DryRunEvaluator dryRuns, ReplyGeneration generation, RuleRows rules, OutcomeStatements statements,
                             Clock clock, SenderContext senders) {
        this.senders = senders;
        this.ownership = ownership;
        this.cache = cache;
        this.preparation = preparation;
        this.decider = decider;
        this.dryRuns = dryRuns;
        this.generation = generation;
        this.rules = rules;
        this.statements = statements;
        this.clock = clock;
    }

    public Uni<EvaluationView> evaluate(Responder user, EvaluationInput message, boolean dryRun) {
        return run(user, incoming(user, List.of(message), ""), dryRun, null).map(results -> results.get(0));
    }

    /** All messages for one user, decided in order in one transaction; a later message sees the cooldowns earlier ones took. */
    public Uni<List<EvaluationView>> evaluateBatch(Responder user, List<EvaluationInput> messages, boolean dryRun) {
        return run(user, incoming(user, messages, "messages[%d]."), dryRun, null);
    }

    /**
     * A verified webhook delivery for {@code user}: a replay is refused (409) before anything is matched, evaluated or
     * logged, and the delivery is recorded in the transaction that records its outcome.
     */
    public Uni<EvaluationView> evaluateDelivery(UUID user, EvaluationInput message, String signature, OffsetDateTime received) {
        Responder responder = new Responder(user, null);
        return run(responder, incoming(responder, List.of(message), ""), false, new Delivery(signature, received))
                .map(results -> results.get(0));
    }

    private Uni<List<EvaluationView>> run(Responder user, List<Incoming> messages, boolean dryRun, Delivery delivery) {
        return attempt(user.id(), messages, dryRun, delivery, ATTEMPTS);
    }

    private Uni<List<EvaluationView>> attempt(UUID user, List<Incoming> messages, boolean dryRun, Delivery delivery, int attempts) {
        return ownership.sqlAsUser(user, scope -> cache.load(scope).call(() -> refuseReplay(scope, delivery))
                        .chain(loaded -> senders.read(scope, messages).map(standings -> new Read(loaded, standings))))
                .chain(read -> OffLoop.compute(() -> matched(read, dryRun)))
                .chain(matched -> generation.generate(user, matched.prepared())
                        .chain(prepared -> decideRetrying(user, prepared, dryRun, delivery, ATTEMPTS))
                        .map(results -> results == null ? null : SenderContext.annotate(results, matched.standings(), matched.misses())))
                .chain(results -> {
                    if (results != null) {
                        return Uni.createFrom().item(results);
                    }
                    if (attempts > 1) {
                        return attempt(user, messages, dryRun, delivery, attempts - 1);
                    }
                    return Uni.createFrom().failure(ApiException.conflict(
                            "The rules changed during the evaluation, several times; nothing was recorded. Retry."));
                });
    }

    /** What the first transaction read: the rules, and the messages with their senders' standing. */
    private record Read(RuleCache.Loaded loaded, SenderContext.Standings standings) {
    }

    /** The messages matched and rendered, and for those no rule answered, the rule whose audience alone left the sender out. */
    private record Matched(Prepared prepared, SenderContext.Standings standings, List<String> misses) {
    }

    private Matched matched(Read read, boolean dryRun) {
        Prepared prepared = preparation.prepare(read.loaded(), read.standings().messages(), dryRun);
        return new Matched(prepared, read.standings(), SenderContext.misses(() -> cache.compiled(read.loaded()), read.standings(), prepared));
    }

    /**
     * {@link #decide}, run again (a new transaction, nothing of the failed one kept) when PostgreSQL aborted it as one side
     * of a deadlock or a serialization failure, at most {@code attempts} times in all; then the failure (409 "retry").
     */
    private Uni<List<EvaluationView>> decideRetrying(UUID user, Prepared prepared, boolean dryRun, Delivery delivery, int attempts) {
        return decide(user, prepared, dryRun, delivery).onFailure(failure -> attempts > 1 && concurrencyAbort(failure))
                .recoverWithUni(() -> decideRetrying(user, prepared, dryRun, delivery, attempts - 1));
    }

    /** A deadlock (40P01) or serialization failure (40001) anywhere in the cause chain. */
    static boolean concurrencyAbort(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && ("40P01".equals(pg.getSqlState()) || "40001".equals(pg.getSqlState()))) {
                return true;
            }
        }
        return false;
    }

    /** The outcomes in order, or null (nothing recorded) when the rules changed since they were matched. */
    private Uni<List<EvaluationView>> decide(UUID user, Prepared prepared, boolean dryRun, Delivery delivery) {
        if (dryRun) {
            return !prepared.needsDatabase(true) ? explained(null, prepared) : ownership.sqlAsUser(user, scope -> rules.lockRulesVersion(scope)
                    .chain(version -> version != prepared.rulesVersion() ? Uni.createFrom().nullItem() : explained(scope, prepared)));
        }
        if (delivery == null && !prepared.needsDatabase(false)) {
            return Uni.createFrom().item(decider.unrecorded(prepared));
        }
        return ownership.sqlAsUser(user, scope -> rules.lockRulesVersion(scope).chain(version -> {
            if (version != prepared.rulesVersion()) {
                return Uni.createFrom().nullItem();
            }
            return record(scope, delivery).chain(() -> decider.decide(scope, prepared));
        }));
    }

    /** Dry runs: each message explained in order (reads only: the cap and cooldown it would meet). */
    private Uni<List<EvaluationView>> explained(SqlScope scope, Prepared prepared) {
        List<EvaluationView> results = new ArrayList<>(prepared.items().size());
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Prepared.Item item : prepared.items()) {
            chain = chain.chain(() -> dryRuns.explain(scope, item).invoke(results::add)).replaceWithVoid();
        }
        return chain.replaceWith(results);
    }

    private Uni<Void> refuseReplay(SqlScope scope, Delivery delivery) {
        if (delivery == null) {
            return Uni.createFrom().voidItem();
        }
        return statements.deliverySeen(scope, delivery.signature()).invoke(seen -> {
            if (seen) {
                throw replay();
            }
        }).replaceWithVoid();
    }

    private Uni<Void> record(SqlScope scope, Delivery delivery) {
        if (delivery == null) {
            return Uni.createFrom().voidItem();
        }
        return statements.recordDelivery(scope, delivery.signature(), delivery.received()).invoke(fresh -> {
            if (!fresh) {
                throw replay();
            }
        }).replaceWithVoid();
    }

    private static ApiException replay() {
        return ApiException.conflict("This delivery was already received (replay).");
    }

    /** The messages checked (400 naming the field, before anything is read) and prepared for matching. */
    private List<Incoming> incoming(Responder caller, List<EvaluationInput> inputs, String prefixFormat) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            check(inputs.get(i), prefixFormat.formatted(i), errors);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return inputs.stream().map(input -> new Incoming(toMessage(input), caller.forMessage(input))).toList();
    }

    private IncomingMessage toMessage(EvaluationInput m) {
        Instant sentAt = m.sentAt() == null ? clock.instant() : m.sentAt().toInstant();
        EvaluationInput.Sender s = m.sender();
        ZoneOffset offset = m.sentAt() == null || ZoneOffset.UTC.equals(m.sentAt().getOffset()) ? null : m.sentAt().getOffset();
        return new IncomingMessage(m.messageId(), m.conversationId(), s.id(), s.name(), s.email(), m.content(), sentAt,
                m.channel(), m.autoSubmitted(), m.precedence(), Boolean.TRUE.equals(m.bulk()), Boolean.TRUE.equals(m.mailingList()),
                Boolean.TRUE.equals(m.knownContact()), Boolean.TRUE.equals(m.internalSender()), m.headers(), m.subject(), offset);
    }

    /** What Bean Validation cannot say: a sender needs an id or an address, a recipient's zone must be an IANA zone. */
    private static void check(EvaluationInput m, String prefix, List<FieldError> errors) {
        if (m.sender() != null && m.sender().id() == null && (m.sender().email() == null || m.sender().email().isBlank())) {
            errors.add(new FieldError(prefix + "sender", "needs an id or an email"));
        }
        if (m.recipient() != null && m.recipient().timeZone() != null) {
            RuleCompiler.zone(m.recipient().timeZone(), prefix + "recipient.timeZone", errors);
        }
    }
}
