package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulse.messaging.autoresponse.engine.RuleAnalyzer;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.SafeRegex;
import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.autoresponse.model.RuleConditions;
import io.pulse.messaging.autoresponse.model.RuleInput;
import io.pulse.messaging.autoresponse.model.RuleView;
import io.pulse.messaging.autoresponse.repository.RuleRepository;
import io.pulse.messaging.autoresponse.repository.RuleRows;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.reactive.OffLoop;
import io.pulse.messaging.common.time.Timestamps;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Rules: validation, storage, the rules version and the save-time warnings. Each public method is one transaction as
 * the request's user; the saves analyse the user's rules after it, on a worker thread. The out-of-office rule has its
 * own service, {@link OutOfOfficeService}.
 */
@ApplicationScoped
public class RuleService {

    /** The warning code of a stored pattern the linear-time engine cannot run. */
    public static final String UNSUPPORTED_PATTERN = "unsupported_pattern";

    private final RuleRepository rules;
    private final RuleRows rows;
    private final RuleCompiler compiler;
    private final RuleAnalyzer analyzer;
    private final RuleMapper mapper;
    private final RuleCache cache;
    private final RuleAudit audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final SqlOwnership ownership;
    private final AutoResponseConfig config;
    private final Clock clock;
    private final WebhookReferences webhooks;
    /** Rules answering with a canned response (issue 18). */
    @Inject
    CannedReplies canned;

    public RuleService(RuleRepository rules, RuleRows rows, RuleCompiler compiler, RuleAnalyzer analyzer, RuleMapper mapper, RuleCache cache,
                       RuleAudit audit, ObjectMapper json, Validator validator, SqlOwnership ownership, AutoResponseConfig config,
                       Clock clock, WebhookReferences webhooks) {
        this.webhooks = webhooks;
        this.audit = audit;
        this.rules = rules;
        this.rows = rows;
        this.compiler = compiler;
        this.analyzer = analyzer;
        this.mapper = mapper;
        this.cache = cache;
        this.json = json;
        this.validator = validator;
        this.ownership = ownership;
        this.config = config;
        this.clock = clock;
    }

    /** A page of the request user's rules, read on the SQL client (a hot read: no session, no entities). */
    public Uni<Page<RuleView>> list(Boolean enabled, RuleView.Kind kind, String q, PageParams page) {
        String k = kind == null ? null : kind == RuleView.Kind.OUT_OF_OFFICE ? AutoResponseRule.KIND_OUT_OF_OFFICE : AutoResponseRule.KIND_RULE;
        return ownership.sqlAsCurrentUser(scope -> rows.page(scope, enabled, k, q, page)).map(p -> p.map(mapper::view));
    }

    /** The rule; with a warning when its stored pattern is one the linear-time engine cannot run. */
    public Uni<RuleView> get(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> found(scope, id)).map(rule -> {
            RuleView view = mapper.view(rule);
            List<RuleView.RuleWarning> unsupported = unsupportedPattern(rule);
            return unsupported.isEmpty() ? view : view.withWarnings(unsupported);
        });
    }

    public Uni<RuleView> create(RuleInput input) {
        AutoResponseRule rule = new AutoResponseRule();
        mapper.apply(rule, input);
        if (!CannedReplies.references(rule)) {
            validate(rule);
        }
        return saved(scope -> canned.resolve(scope, rule).invoke(() -> {
            if (CannedReplies.references(rule)) {
                validate(rule);
            }
        }).chain(() -> cache.changed(scope)).chain(() -> requireRoom(scope)).chain(() -> webhooks.require(scope, rule)).chain(() -> {
            rule.setUpdatedAt(Timestamps.now(clock));
            return rules.insert(scope, rule).call(saved -> audit.saved(scope, null, saved));
        }));
    }

    public Uni<RuleView> replace(UUID id, RuleInput input) {
        return saved(scope -> found(scope, id).chain(rule -> {
            JsonNode before = audit.snapshot(rule);
            mapper.apply(rule, input);
            return canned.resolve(scope, rule).chain(() -> {
                validate(rule);
                return webhooks.require(scope, rule).chain(() -> update(scope, before, rule));
            });
        }));
    }

    /** JSON merge patch (RFC 7396) onto the rule as the API shows it, then validated like a full update. */
    public Uni<RuleView> patch(UUID id, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.badRequest("A partial update is a JSON object (JSON merge patch).");
        }
        return saved(scope -> found(scope, id).chain(rule -> {
            JsonNode before = audit.snapshot(rule);
            return patched(rule, patch).call(changed -> canned.resolve(scope, changed)).chain(changed -> {
                validate(changed);
                return webhooks.require(scope, changed).chain(() -> update(scope, before, changed));
            });
        }));
    }

    public Uni<RuleView> setEnabled(UUID id, boolean enabled) {
        return saved(scope -> found(scope, id).chain(rule -> {
            JsonNode before = audit.snapshot(rule);
            rule.setEnabled(enabled);
            return update(scope, before, rule);
        }));
    }

    public Uni<Void> delete(UUID id) {
        // The version before the change: its lock orders it against evaluations recording an outcome (see RuleCache.changed).
        return ownership.sqlAsCurrentUser(scope -> found(scope, id).chain(rule -> cache.changed(scope)
                .chain(() -> rules.deleteById(scope, id)).chain(deleted -> {
                    if (!deleted) {
                        throw ApiException.notFound("Rule");
                    }
                    return audit.deleted(scope, rule);
                })));
    }

    private Uni<AutoResponseRule> found(SqlScope scope, UUID id) {
        return rules.findById(scope, id).map(rule -> {
            if (rule == null) {
                throw ApiException.notFound("Rule");
            }
            return rule;
        });
    }

    /**
     * The stored rule with the patch applied to its API form, which must then be a valid {@link RuleInput} (Jackson's
     * failure is the client's: a 400).
     */
    private Uni<AutoResponseRule> patched(AutoResponseRule rule, JsonNode patch) {
        RuleInput input;
        try {
            input = json.treeToValue(merge(json.valueToTree(mapper.input(rule)), patch), RuleInput.class);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        mapper.apply(rule, Bodies.valid(validator, input));
        return Uni.createFrom().item(rule);
    }

    /**
     * Bumps the rules version (before the change: see {@link RuleCache#changed}), writes the loaded rule's changes and
     * records them in the audit trail (compared with {@code before}, the rule's snapshot as loaded).
     */
    private Uni<AutoResponseRule> update(SqlScope scope, JsonNode before, AutoResponseRule rule) {
        rule.setUpdatedAt(Timestamps.now(clock));
        return cache.changed(scope).chain(() -> rules.update(scope, rule)).call(saved -> audit.saved(scope, before, saved));
    }

    /** The user's rules as stored with the one just saved, read in the saving transaction. */
    private record Saved(AutoResponseRule rule, List<AutoResponseRule> all) {
    }

    /**
     * Saves in one transaction as the request's user, then answers with the saved rule and what the analyzer finds against
     * the user's other rules: compiled and compared on a worker thread once the transaction has ended.
     */
    private Uni<RuleView> saved(Function<SqlScope, Uni<AutoResponseRule>> save) {
        return ownership.sqlAsCurrentUser(scope -> save.apply(scope).chain(rule -> rules.allInOrder(scope).map(all -> new Saved(rule, all))))
                .chain(saved -> OffLoop.compute(() -> mapper.view(saved.rule()).withWarnings(warnings(saved.rule(), saved.all()))));
    }

    /** 422 when the user already has as many rules as one user may (the version's lock, taken first, makes the count exact). */
    Uni<Void> requireRoom(SqlScope scope) {
        return rules.count(scope).invoke(count -> {
            if (count >= config.maxRulesPerUser()) {
                throw ApiException.unprocessable("You have " + count + " rules, the most one user may have ("
                        + config.maxRulesPerUser() + "). Delete or reuse one.");
            }
        }).replaceWithVoid();
    }

    private List<RuleView.RuleWarning> warnings(AutoResponseRule saved, List<AutoResponseRule> all) {
        List<RuleView.RuleWarning> warnings = new ArrayList<>(unsupportedPattern(saved));
        RuleDefinition self = compileStored(saved);
        if (self == null || !warnings.isEmpty()) {
            return warnings;
        }
        List<RuleDefinition> others = new ArrayList<>();
        for (AutoResponseRule other : all) {
            RuleDefinition compiled = other.getId().equals(saved.getId()) ? null : compileStored(other);
            if (compiled != null && unsupportedPattern(other).isEmpty()) {
                others.add(compiled);
            }
        }
        analyzer.analyze(self, others).stream()
                .map(w -> new RuleView.RuleWarning(w.kind().name().toLowerCase(), w.other().id(), w.other().name(), w.message()))
                .forEach(warnings::add);
        return warnings;
    }

    /** A stored rule compiled, or null (logged) when it does not compile. */
    private RuleDefinition compileStored(AutoResponseRule rule) {
        try {
            return compiler.compile(rule);
        } catch (RuntimeException e) {
            Log.errorf(e, "Rule %s is left out of the analysis: it does not compile", rule.getId());
            return null;
        }
    }

    /** The warning for a stored pattern the linear-time engine cannot run (saved before patterns ran on it), if any. */
    private List<RuleView.RuleWarning> unsupportedPattern(AutoResponseRule rule) {
        RuleConditions conditions = compiler.conditionsOf(rule);
        String source = conditions.keywords() == null ? null : conditions.keywords().regex();
        SafeRegex regex = source == null ? null : SafeRegex.lenient(source);
        if (regex == null || regex.supported()) {
            return List.of();
        }
        return List.of(new RuleView.RuleWarning(UNSUPPORTED_PATTERN, null, null, "This rule never fires: its pattern was saved before "
                + "patterns ran on the linear-time engine, and " + regex.problem() + ". Change or remove conditions.keywords.regex."));
    }

    private void validate(AutoResponseRule rule) {
        List<FieldError> errors = new ArrayList<>();
        compiler.compile(rule, RuleCompiler.Fields.RULE, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** RFC 7396: the patch's members replace the target's, null removes one, objects merge recursively. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
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
}
