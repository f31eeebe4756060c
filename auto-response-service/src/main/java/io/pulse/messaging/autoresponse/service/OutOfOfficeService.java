package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.autoresponse.model.OutOfOfficeInput;
import io.pulse.messaging.autoresponse.model.OutOfOfficeView;
import io.pulse.messaging.autoresponse.repository.RuleRepository;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/**
 * The user's one out-of-office reply: a rule of kind {@code out_of_office} (at most one per user, a unique index says
 * so), evaluated like any other rule. Each public method is one transaction as the request's user.
 */
@ApplicationScoped
public class OutOfOfficeService {

    private final RuleRepository rules;
    private final RuleCompiler compiler;
    private final RuleMapper mapper;
    private final RuleCache cache;
    private final RuleService ruleService;
    private final RuleAudit audit;
    private final Clock clock;
    private final SqlOwnership ownership;

    public OutOfOfficeService(RuleRepository rules, RuleCompiler compiler, RuleMapper mapper, RuleCache cache, RuleService ruleService,
                              RuleAudit audit, Clock clock, SqlOwnership ownership) {
        this.ownership = ownership;
        this.audit = audit;
        this.ruleService = ruleService;
        this.rules = rules;
        this.compiler = compiler;
        this.mapper = mapper;
        this.cache = cache;
        this.clock = clock;
    }

    /** The user's out-of-office reply, or null when there is none. */
    public Uni<OutOfOfficeView> get() {
        return ownership.sqlAsCurrentUser(rules::findOutOfOffice).map(rule -> rule == null ? null : mapper.outOfOfficeView(rule));
    }

    /** Creates or replaces it. */
    public Uni<OutOfOfficeView> put(OutOfOfficeInput input) {
        return ownership.sqlAsCurrentUser(scope -> rules.findOutOfOffice(scope).chain(existing -> store(scope, existing, input)))
                .map(mapper::outOfOfficeView);
    }

    /** Removes it; false when there was none. */
    public Uni<Boolean> delete() {
        return ownership.sqlAsCurrentUser(scope -> rules.findOutOfOffice(scope).chain(rule -> rule == null
                ? Uni.createFrom().item(false)
                : cache.changed(scope).chain(() -> rules.deleteById(scope, rule.getId()))
                        .call(deleted -> deleted ? audit.deleted(scope, rule) : Uni.createFrom().voidItem())));
    }

    private Uni<AutoResponseRule> store(SqlScope scope, AutoResponseRule existing, OutOfOfficeInput input) {
        AutoResponseRule rule = existing != null ? existing : new AutoResponseRule();
        JsonNode before = existing != null ? audit.snapshot(existing) : null;
        mapper.apply(rule, input);
        validate(rule);
        rule.setUpdatedAt(Timestamps.now(clock));
        // The version first: its lock orders this change against evaluations recording an outcome (see RuleCache.changed).
        return cache.changed(scope).chain(() -> existing != null ? rules.update(scope, rule)
                : ruleService.requireRoom(scope).chain(() -> rules.insert(scope, rule)))
                .call(saved -> audit.saved(scope, before, saved));
    }

    /** Validated like a rule, with the field names of the out-of-office API ({@code message}, {@code until}). */
    private void validate(AutoResponseRule rule) {
        List<FieldError> errors = new ArrayList<>();
        compiler.compile(rule, RuleCompiler.Fields.OUT_OF_OFFICE, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.stream().map(e -> new FieldError(e.field().replace("dateRange.", ""), e.message())).toList());
        }
    }
}
