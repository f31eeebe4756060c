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
import io.pulse.messaging.autoresponse.repository.RuleRepository;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.lifecycle.AuditEvent;
import io.pulse.messaging.common.lifecycle.SqlAuditTrail;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
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
    private final RuleRepository rules;
    private final SqlAuditTrail trail;
    private final SqlOwnership ownership;
    private final ObjectMapper json;
    private final Clock clock;

    public CannedResponseService(CannedResponseRepository canned, RuleRepository rules, RuleCache cache, SqlAuditTrail trail,
                                 SqlOwnership ownership, ObjectMapper json, Clock clock) {
        this.rules = rules;
        this.ownership = ownership;
        this.canned = canned;
        this.cache = cache;
        this.trail = trail;
        this.json = json;
        this.clock = clock;
    }

    public Uni<Page<CannedResponseView>> list(PageParams page) {
        return ownership.sqlAsCurrentUser(scope -> canned.page(scope, page)).map(p -> p.map(this::view));
    }

    public Uni<CannedResponseView> get(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> found(scope, id)).map(this::view);
    }

    public Uni<CannedResponseView> create(CannedResponseInput input) {
        CannedResponse row = new CannedResponse();
        apply(row, input);
        return ownership.sqlAsCurrentUser(scope -> canned.insert(scope, row)
                .call(saved -> trail.record(scope, AuditEvent.of("canned_response.created", "canned_response", saved.getId()))))
                .map(this::view);
    }

    /** Replaces it, and the reply of every rule using it (the rules version first). */
    public Uni<CannedResponseView> replace(UUID id, CannedResponseInput input) {
        return ownership.sqlAsCurrentUser(scope -> found(scope, id).chain(row -> {
            boolean textChanged = !row.getTemplate().equals(input.template());
            apply(row, input);
            Uni<Integer> rewritten = textChanged
                    ? cache.changed(scope).chain(() -> canned.update(scope, row)).chain(() -> rules.rewriteCanned(scope, id, row.getTemplate()))
                    : canned.update(scope, row).replaceWith(0);
            return rewritten.call(count -> trail.record(scope, AuditEvent.of("canned_response.updated", "canned_response", id)
                    .with(Map.of("templateChanged", textChanged, "rulesUpdated", count)))).replaceWith(row);
        })).map(this::view);
    }

    /** Deletes it; 409 naming the rules that use it. */
    public Uni<Void> delete(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> found(scope, id).chain(row -> rules.usingCanned(scope, id).chain(using -> {
            if (!using.isEmpty()) {
                throw ApiException.conflict("Canned response '" + row.getName() + "' is used by " + using.size() + " rule(s): "
                        + using.stream().map(r -> "'" + r.getName() + "' (" + r.getId() + ")").collect(Collectors.joining(", "))
                        + ". Point them at another reply first.");
            }
            return canned.deleteById(scope, id);
        })).chain(() -> trail.record(scope, AuditEvent.of("canned_response.deleted", "canned_response", id))));
    }

    private Uni<CannedResponse> found(SqlScope scope, UUID id) {
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
