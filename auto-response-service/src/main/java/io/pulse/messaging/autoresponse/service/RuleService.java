package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulse.messaging.autoresponse.engine.RuleAnalyzer;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.autoresponse.model.RuleInput;
import io.pulse.messaging.autoresponse.model.RuleView;
import io.pulse.messaging.autoresponse.repository.RuleRepository;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.ownership.AsCurrentUser;
import io.pulse.messaging.common.ownership.UserScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/**
 * Rules: validation, storage, the rules version and the save-time warnings. Each public method is one transaction as
 * the request's user. The out-of-office rule has its own service, {@link OutOfOfficeService}.
 */
@ApplicationScoped
public class RuleService {

    private final RuleRepository rules;
    private final RuleCompiler compiler;
    private final RuleAnalyzer analyzer;
    private final RuleMapper mapper;
    private final RuleCache cache;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;

    public RuleService(RuleRepository rules, RuleCompiler compiler, RuleAnalyzer analyzer, RuleMapper mapper, RuleCache cache,
                       ObjectMapper json, Validator validator, Clock clock) {
        this.rules = rules;
        this.compiler = compiler;
        this.analyzer = analyzer;
        this.mapper = mapper;
        this.cache = cache;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @AsCurrentUser
    public Uni<Page<RuleView>> list(Boolean enabled, RuleView.Kind kind, String q, PageParams page) {
        UserScope scope = UserScope.current();
        String k = kind == null ? null : kind == RuleView.Kind.OUT_OF_OFFICE ? AutoResponseRule.KIND_OUT_OF_OFFICE : AutoResponseRule.KIND_RULE;
        return rules.pageInOrder(scope, enabled, k, q, page).map(p -> p.map(mapper::view));
    }

    @AsCurrentUser
    public Uni<RuleView> get(UUID id) {
        return found(UserScope.current(), id).map(mapper::view);
    }

    @AsCurrentUser
    public Uni<RuleView> create(RuleInput input) {
        UserScope scope = UserScope.current();
        AutoResponseRule rule = new AutoResponseRule();
        mapper.apply(rule, input);
        validate(rule);
        rule.setUpdatedAt(Timestamps.now(clock));
        return rules.persist(scope, rule).chain(saved -> afterChange(scope, saved));
    }

    @AsCurrentUser
    public Uni<RuleView> replace(UUID id, RuleInput input) {
        UserScope scope = UserScope.current();
        return found(scope, id).chain(rule -> {
            mapper.apply(rule, input);
            validate(rule);
            return update(scope, rule);
        });
    }

    /** JSON merge patch (RFC 7396) onto the rule as the API shows it, then validated like a full update. */
    @AsCurrentUser
    public Uni<RuleView> patch(UUID id, JsonNode patch) {
        UserScope scope = UserScope.current();
        if (patch == null || !patch.isObject()) {
            throw ApiException.badRequest("A partial update is a JSON object (JSON merge patch).");
        }
        return found(scope, id).chain(rule -> patched(rule, patch)).chain(rule -> {
            validate(rule);
            return update(scope, rule);
        });
    }

    @AsCurrentUser
    public Uni<RuleView> setEnabled(UUID id, boolean enabled) {
        UserScope scope = UserScope.current();
        return found(scope, id).chain(rule -> {
            rule.setEnabled(enabled);
            return update(scope, rule);
        });
    }

    @AsCurrentUser
    public Uni<Void> delete(UUID id) {
        UserScope scope = UserScope.current();
        return rules.deleteById(scope, id).chain(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("Rule");
            }
            return cache.changed(scope);
        });
    }

    private Uni<AutoResponseRule> found(UserScope scope, UUID id) {
        return rules.findById(scope, id).map(rule -> {
            if (rule == null) {
                throw ApiException.notFound("Rule");
            }
            return rule;
        });
    }

    /** The stored rule with the patch applied to its API form, which must then be a valid {@link RuleInput}. */
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

    private Uni<RuleView> update(UserScope scope, AutoResponseRule rule) {
        rule.setUpdatedAt(Timestamps.now(clock));
        return rules.flush(scope, rule).chain(saved -> afterChange(scope, saved));
    }

    /** Bumps the rules version and answers with the saved rule and what the analyzer finds against the user's other rules. */
    private Uni<RuleView> afterChange(UserScope scope, AutoResponseRule saved) {
        return cache.changed(scope)
                .chain(() -> rules.allInOrder(scope))
                .map(all -> mapper.view(saved).withWarnings(warnings(saved, all)));
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
