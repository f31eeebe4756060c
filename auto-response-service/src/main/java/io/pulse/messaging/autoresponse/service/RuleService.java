package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulse.messaging.autoresponse.engine.Audience;
import io.pulse.messaging.autoresponse.engine.RuleAnalyzer;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.Tone;
import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.autoresponse.model.OutOfOffice;
import io.pulse.messaging.autoresponse.model.RuleConditions;
import io.pulse.messaging.autoresponse.model.RuleInput;
import io.pulse.messaging.autoresponse.model.RuleView;
import io.pulse.messaging.autoresponse.repository.EvaluationStateRepository;
import io.pulse.messaging.autoresponse.repository.RuleRepository;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.ownership.Ownership;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

/** Rules and the out-of-office rule: validation, storage, the rules version and the save-time warnings. */
@ApplicationScoped
public class RuleService {

    public static final int DEFAULT_PRIORITY = 100;
    public static final int DEFAULT_COOLDOWN_MINUTES = 1440;

    private final Ownership ownership;
    private final RuleRepository rules;
    private final EvaluationStateRepository state;
    private final RuleCompiler compiler;
    private final RuleAnalyzer analyzer;
    private final RuleCache cache;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;

    public RuleService(Ownership ownership, RuleRepository rules, EvaluationStateRepository state, RuleCompiler compiler,
                       RuleAnalyzer analyzer, RuleCache cache, ObjectMapper json, Validator validator, Clock clock) {
        this.ownership = ownership;
        this.rules = rules;
        this.state = state;
        this.compiler = compiler;
        this.analyzer = analyzer;
        this.cache = cache;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    public Uni<Page<RuleView>> list(Boolean enabled, RuleView.Kind kind, String q, PageParams page) {
        String k = kind == null ? null : kind == RuleView.Kind.OUT_OF_OFFICE ? AutoResponseRule.KIND_OUT_OF_OFFICE : AutoResponseRule.KIND_RULE;
        return ownership.asCurrentUser(scope -> rules.pageInOrder(scope, enabled, k, q, page)).map(p -> p.map(this::view));
    }

    public Uni<RuleView> get(UUID id) {
        return ownership.asCurrentUser(scope -> found(scope, id)).map(this::view);
    }

    public Uni<RuleView> create(RuleInput input) {
        AutoResponseRule rule = new AutoResponseRule();
        apply(rule, input);
        validate(rule, RuleCompiler.Fields.RULE);
        return ownership.asCurrentUser(scope -> {
            rule.setUpdatedAt(now());
            return rules.persist(scope, rule).chain(saved -> afterChange(scope, saved));
        });
    }

    public Uni<RuleView> replace(UUID id, RuleInput input) {
        return ownership.asCurrentUser(scope -> found(scope, id).chain(rule -> {
            apply(rule, input);
            validate(rule, RuleCompiler.Fields.RULE);
            rule.setUpdatedAt(now());
            return rules.flush(scope, rule).chain(saved -> afterChange(scope, saved));
        }));
    }

    /** JSON merge patch (RFC 7396) onto the rule as the API shows it, then validated like a full update. */
    public Uni<RuleView> patch(UUID id, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.badRequest("A partial update is a JSON object (JSON merge patch).");
        }
        return ownership.asCurrentUser(scope -> found(scope, id).chain(rule -> {
            RuleView current = view(rule);
            RuleInput currentInput = new RuleInput(current.name(), current.enabled(), current.priority(), current.conditions(), current.template(),
                    current.internalTemplate(), current.personalise(), current.tone(), current.timeZone(), current.cooldownMinutes());
            JsonNode merged = merge(json.valueToTree(currentInput), patch);
            RuleInput input;
            try {
                input = json.treeToValue(merged, RuleInput.class);
            } catch (JsonProcessingException e) {
                return Uni.createFrom().failure(e);
            }
            Set<ConstraintViolation<RuleInput>> violations = validator.validate(input);
            if (!violations.isEmpty()) {
                List<FieldError> errors = violations.stream()
                        .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                        .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
                throw ApiException.invalid(errors);
            }
            apply(rule, input);
            validate(rule, RuleCompiler.Fields.RULE);
            rule.setUpdatedAt(now());
            return rules.flush(scope, rule).chain(saved -> afterChange(scope, saved));
        }));
    }

    public Uni<RuleView> setEnabled(UUID id, boolean enabled) {
        return ownership.asCurrentUser(scope -> found(scope, id).chain(rule -> {
            rule.setEnabled(enabled);
            rule.setUpdatedAt(now());
            return rules.flush(scope, rule).chain(saved -> afterChange(scope, saved));
        }));
    }

    public Uni<Void> delete(UUID id) {
        return ownership.asCurrentUser(scope -> rules.deleteById(scope, id).chain(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("Rule");
            }
            return state.bumpRulesVersion(scope).invoke(() -> cache.invalidate(scope.userId())).replaceWithVoid();
        }));
    }

    // ---- out of office -----------------------------------------------------------------------------------------

    public Uni<OutOfOffice.View> outOfOffice() {
        return ownership.asCurrentUser(rules::findOutOfOffice).map(rule -> rule == null ? null : outOfOfficeView(rule));
    }

    public Uni<OutOfOffice.View> putOutOfOffice(OutOfOffice.Input input) {
        return ownership.asCurrentUser(scope -> rules.findOutOfOffice(scope).chain(existing -> {
            AutoResponseRule rule = existing != null ? existing : new AutoResponseRule();
            rule.setKind(AutoResponseRule.KIND_OUT_OF_OFFICE);
            rule.setName("Out of office");
            rule.setEnabled(input.enabled() == null || input.enabled());
            rule.setPriority(input.priority() == null ? 0 : input.priority());
            rule.setConditions(compiler.toJson(new RuleConditions(null, null, null,
                    input.from() == null && input.until() == null ? null : new RuleConditions.DateRange(input.from(), input.until()),
                    input.audience(), input.channels())));
            rule.setResponseTemplate(input.message());
            rule.setInternalTemplate(blankToNull(input.internalMessage()));
            rule.setPersonalise(Boolean.TRUE.equals(input.personalise()));
            rule.setTone(wire(input.tone() == null ? Tone.FRIENDLY : input.tone()));
            rule.setTimeZone(input.timeZone() == null || input.timeZone().isBlank() ? "UTC" : input.timeZone());
            rule.setCooldownSeconds((input.cooldownMinutes() == null ? DEFAULT_COOLDOWN_MINUTES : input.cooldownMinutes()) * 60);
            List<FieldError> errors = new ArrayList<>();
            compiler.compile(rule, RuleCompiler.Fields.OUT_OF_OFFICE, errors);
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors.stream().map(e -> new FieldError(e.field().replace("dateRange.", ""), e.message())).toList());
            }
            rule.setUpdatedAt(now());
            Uni<AutoResponseRule> saved = existing != null ? rules.flush(scope, rule) : rules.persist(scope, rule);
            return saved.chain(r -> state.bumpRulesVersion(scope).invoke(() -> cache.invalidate(scope.userId())).replaceWith(r));
        })).map(this::outOfOfficeView);
    }

    public Uni<Boolean> deleteOutOfOffice() {
        return ownership.asCurrentUser(scope -> rules.findOutOfOffice(scope).chain(rule -> {
            if (rule == null) {
                return Uni.createFrom().item(false);
            }
            return rules.deleteById(scope, rule.getId()).call(() -> state.bumpRulesVersion(scope));
        }));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Uni<AutoResponseRule> found(UserScope scope, UUID id) {
        return rules.findById(scope, id).map(rule -> {
            if (rule == null) {
                throw ApiException.notFound("Rule");
            }
            return rule;
        });
    }

    private Uni<RuleView> afterChange(UserScope scope, AutoResponseRule saved) {
        return state.bumpRulesVersion(scope)
                .invoke(() -> cache.invalidate(scope.userId()))
                .chain(() -> rules.allInOrder(scope))
                .map(all -> view(saved).withWarnings(warnings(saved, all)));
    }

    private List<RuleView.RuleWarning> warnings(AutoResponseRule saved, List<AutoResponseRule> all) {
        RuleDefinition self = compiler.compile(saved);
        List<RuleDefinition> others = new ArrayList<>();
        for (AutoResponseRule other : all) {
            if (!other.getId().equals(saved.getId())) {
                others.add(compiler.compile(other));
            }
        }
        return analyzer.analyze(self, others).stream()
                .map(w -> new RuleView.RuleWarning(w.kind().name().toLowerCase(), w.other().id(), w.other().name(), w.message()))
                .toList();
    }

    private void validate(AutoResponseRule rule, RuleCompiler.Fields fields) {
        List<FieldError> errors = new ArrayList<>();
        compiler.compile(rule, fields, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void apply(AutoResponseRule rule, RuleInput input) {
        rule.setName(input.name().strip());
        rule.setEnabled(input.enabled() == null || input.enabled());
        rule.setPriority(input.priority() == null ? DEFAULT_PRIORITY : input.priority());
        rule.setConditions(compiler.toJson(input.conditions()));
        rule.setResponseTemplate(input.template());
        rule.setInternalTemplate(blankToNull(input.internalTemplate()));
        rule.setPersonalise(Boolean.TRUE.equals(input.personalise()));
        rule.setTone(wire(input.tone() == null ? Tone.FRIENDLY : input.tone()));
        rule.setTimeZone(input.timeZone() == null || input.timeZone().isBlank() ? "UTC" : input.timeZone());
        rule.setCooldownSeconds((input.cooldownMinutes() == null ? DEFAULT_COOLDOWN_MINUTES : input.cooldownMinutes()) * 60);
    }

    public RuleView view(AutoResponseRule rule) {
        return new RuleView(rule.getId(),
                AutoResponseRule.KIND_OUT_OF_OFFICE.equals(rule.getKind()) ? RuleView.Kind.OUT_OF_OFFICE : RuleView.Kind.RULE,
                rule.getName(), rule.isEnabled(), rule.getPriority(), compiler.conditionsOf(rule), rule.getResponseTemplate(),
                rule.getInternalTemplate(), rule.isPersonalise(), Tone.valueOf(rule.getTone().toUpperCase()), rule.getTimeZone(),
                rule.getCooldownSeconds() / 60, rule.getCreatedAt(), rule.getUpdatedAt(), null);
    }

    private OutOfOffice.View outOfOfficeView(AutoResponseRule rule) {
        RuleConditions c = compiler.conditionsOf(rule);
        OffsetDateTime from = c.dateRange() == null ? null : c.dateRange().from();
        OffsetDateTime until = c.dateRange() == null ? null : c.dateRange().until();
        Instant now = clock.instant();
        boolean active = rule.isEnabled() && (from == null || !now.isBefore(from.toInstant())) && (until == null || now.isBefore(until.toInstant()));
        return new OutOfOffice.View(rule.getId(), rule.isEnabled(), active, from, until, rule.getResponseTemplate(), rule.getInternalTemplate(),
                c.audience() == null ? Audience.EVERYONE : c.audience(), c.channels() == null ? List.of() : c.channels(), rule.getPriority(),
                rule.isPersonalise(), Tone.valueOf(rule.getTone().toUpperCase()), rule.getTimeZone(), rule.getCooldownSeconds() / 60,
                rule.getUpdatedAt());
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactoryHolder.object();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    private static final class JsonNodeFactoryHolder {
        static ObjectNode object() {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
    }

    private static String wire(Tone tone) {
        return tone.name().toLowerCase();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
