package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.autoresponse.engine.Template;
import io.pulse.messaging.autoresponse.engine.TemplateException;
import io.pulse.messaging.autoresponse.model.CannedResponse;
import io.pulse.messaging.autoresponse.model.CannedResponseInput;
import io.pulse.messaging.autoresponse.model.CannedResponseView;
import io.pulse.messaging.autoresponse.repository.CannedResponseRepository;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.lifecycle.AuditEvent;
import io.pulse.messaging.common.orm.AuditTrail;
import io.pulse.messaging.common.orm.AsCurrentUser;
import io.pulse.messaging.common.orm.UserScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/**
 * The user's canned responses. A change to one rewrites the template copy of every rule using it, after bumping the
 * user's rules version first (as every rule change does, {@link RuleCache#changed}), so every replica recompiles those
 * rules at its next evaluation. A canned response that rules use cannot be deleted: 409 naming them, because a user who
 * deletes a saved reply does not expect rules to go silent (or to be disabled) as a side effect; they point the rules
 * elsewhere first.
 */
@ApplicationScoped
public class CannedResponseService {

    private final CannedResponseRepository canned;
    private final RuleCache cache;
    private final AuditTrail trail;
    private final ObjectMapper json;
    private final Clock clock;

    public CannedResponseService(CannedResponseRepository canned, RuleCache cache, AuditTrail trail, ObjectMapper json, Clock clock) {
        this.canned = canned;
        this.cache = cache;
        this.trail = trail;
        this.json = json;
        this.clock = clock;
    }

    @AsCurrentUser
    public Uni<Page<CannedResponseView>> list(PageParams page) {
        return canned.page(UserScope.current(), page).map(p -> p.map(this::view));
    }

    @AsCurrentUser
    public Uni<CannedResponseView> get(UUID id) {
        return found(UserScope.current(), id).map(this::view);
    }

    @AsCurrentUser
    public Uni<CannedResponseView> create(CannedResponseInput input) {
        UserScope scope = UserScope.current();
        CannedResponse row = new CannedResponse();
        apply(row, input);
        return canned.persist(scope, row)
                .call(saved -> trail.record(scope, AuditEvent.of("canned_response.created", "canned_response", saved.getId())))
                .map(this::view);
    }

    /** Replaces it, and the reply of every rule using it (the rules version first). */
    @AsCurrentUser
    public Uni<CannedResponseView> replace(UUID id, CannedResponseInput input) {
        UserScope scope = UserScope.current();
        return found(scope, id).chain(row -> {
            boolean textChanged = !row.getTemplate().equals(input.template());
            apply(row, input);
            Uni<Integer> rules = textChanged
                    ? cache.changed(scope).chain(() -> canned.flush(scope, row)).chain(() -> canned.rewriteRules(scope, id, row.getTemplate()))
                    : canned.flush(scope, row).replaceWith(0);
            return rules.call(count -> trail.record(scope, AuditEvent.of("canned_response.updated", "canned_response", id)
                    .with(Map.of("templateChanged", textChanged, "rulesUpdated", count)))).replaceWith(row);
        }).map(this::view);
    }

    /** Deletes it; 409 naming the rules that use it. */
    @AsCurrentUser
    public Uni<Void> delete(UUID id) {
        UserScope scope = UserScope.current();
        return found(scope, id).chain(row -> canned.usedBy(scope, id).chain(rules -> {
            if (!rules.isEmpty()) {
                throw ApiException.conflict("Canned response '" + row.getName() + "' is used by " + rules.size() + " rule(s): "
                        + rules.stream().map(r -> "'" + r.getName() + "' (" + r.getId() + ")").collect(Collectors.joining(", "))
                        + ". Point them at another reply first.");
            }
            return canned.deleteById(scope, id);
        })).chain(() -> trail.record(scope, AuditEvent.of("canned_response.deleted", "canned_response", id)));
    }

    private Uni<CannedResponse> found(UserScope scope, UUID id) {
        return canned.findById(scope, id).map(row -> {
            if (row == null) {
                throw ApiException.notFound("Canned response");
            }
            return row;
        });
    }

    /** The input's fields, its template checked as a rule's (400 naming the line and column of the problem). */
    private void apply(CannedResponse row, CannedResponseInput input) {
        try {
            Template.parse(input.template());
        } catch (TemplateException e) {
            throw ApiException.invalid("template", e.getMessage());
        }
        row.setName(input.name().strip());
        row.setTemplate(input.template());
        row.setTags(write(tags(input.tags())));
        row.setUpdatedAt(Timestamps.now(clock));
    }

    static List<String> tags(List<String> given) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (given != null) {
            given.stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(out::add);
        }
        return new ArrayList<>(out);
    }

    CannedResponseView view(CannedResponse row) {
        return new CannedResponseView(row.getId(), row.getName(), row.getTemplate(), read(row.getTags()), row.getCreatedAt(), row.getUpdatedAt());
    }

    List<String> read(String tags) {
        try {
            return List.of(json.readValue(tags, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored tags are not readable", e);
        }
    }

    private String write(List<String> tags) {
        try {
            return json.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
