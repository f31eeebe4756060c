package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.model.BrainstormTemplate;
import io.pulse.messaging.brainstorm.model.SaveAsTemplateRequest;
import io.pulse.messaging.brainstorm.model.TemplateRequest;
import io.pulse.messaging.brainstorm.model.TemplateView;
import io.pulse.messaging.brainstorm.repository.TemplateRepository;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.lifecycle.AuditEvent;
import io.pulse.messaging.common.lifecycle.SqlAuditTrail;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;

/**
 * A user's own templates, private to them: create, read, replace, delete, each one transaction as the caller (the
 * repository's owner filter, then row-level security: another user's template is a 404 like a missing one). Any member
 * of a session may save its steps as a template of their own ({@link #saveFromSession}); a session made from a template
 * copies its steps ({@link #stepsFor}), so editing the template later changes no session. Every change is recorded in
 * the owner's audit trail: {@code template.created}, {@code template.updated} (field names), {@code template.deleted};
 * names and prompts are the user's words and are not copied into it.
 */
@ApplicationScoped
public class TemplateService {

    /** The most templates one user may have (422 beyond). */
    static final int MAX_PER_USER = 100;
    private static final int MAX_NAME = 80;
    private static final int MAX_DESCRIPTION = 1000;

    private final TemplateRepository templates;
    private final SessionAccess access;
    private final SqlAuditTrail audit;
    private final Clock clock;

    private final SqlOwnership ownership;

    public TemplateService(SqlOwnership ownership, TemplateRepository templates, SessionAccess access, SqlAuditTrail audit, Clock clock) {
        this.ownership = ownership;
        this.templates = templates;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The built-in frameworks as templates. */
    public List<TemplateView> builtin() {
        return BuiltinTemplates.all();
    }

    public Uni<Page<TemplateView>> list(PageParams page) {
        return ownership.sqlAsCurrentUser(scope -> templates.page(scope, page).map(p -> p.map(TemplateService::view)));
    }

    public Uni<TemplateView> get(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> found(scope, id).map(TemplateService::view));
    }

    public Uni<TemplateView> create(TemplateRequest input) {
        return ownership.sqlAsCurrentUser(scope -> store(scope, input.name(), input.description(), TemplateSteps.of(input.steps()), Map.of()));
    }

    public Uni<TemplateView> replace(UUID id, TemplateRequest input) {
        return ownership.sqlAsCurrentUser(scope -> {
            return found(scope, id).chain(template -> {
                List<Object> before = fields(template);
                template.setName(input.name().strip());
                template.setDescription(input.description() == null ? "" : input.description().strip());
                template.setSteps(SessionSteps.json(TemplateSteps.of(input.steps())));
                List<String> changed = changed(before, fields(template));
                if (changed.isEmpty()) {
                    return Uni.createFrom().item(template);
                }
                template.setUpdatedAt(Timestamps.now(clock));
                return templates.update(scope, template).call(() -> audit.record(scope,
                        AuditEvent.of("template.updated", "template", id).with(Map.of("fields", changed))));
            }).map(TemplateService::view);
        });
    }

    public Uni<Void> delete(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> {
            return templates.deleteById(scope, id).invoke(deleted -> {
                if (!deleted) {
                    throw ApiException.notFound("Template");
                }
            }).chain(() -> audit.record(scope, AuditEvent.of("template.deleted", "template", id)));
        });
    }

    /** Saves the steps of a session the caller is a member of (any role) as a new template of the caller's. */
    public Uni<TemplateView> saveFromSession(UUID sessionId, SaveAsTemplateRequest input) {
        return ownership.sqlAsCurrentUser(scope -> {
            return access.require(scope, sessionId).chain(member -> {
                BrainstormSession session = member.session();
                String name = input == null || input.name() == null ? cut(session.getTitle(), MAX_NAME) : input.name();
                String description = input == null || input.description() == null ? cut(session.getTopic(), MAX_DESCRIPTION)
                        : input.description();
                return store(scope, name, description, member.steps(), Map.of("fromSession", sessionId.toString()));
            });
        });
    }

    /** The steps of the caller's template {@code id}, for a new session (in the caller's transaction); 404 if not theirs. */
    Uni<List<Framework.Step>> stepsFor(SqlScope scope, UUID id) {
        return templates.findById(scope, id).map(template -> {
            if (template == null) {
                throw ApiException.invalid("templateId", "is not one of your templates");
            }
            return SessionSteps.of(Framework.CUSTOM.key(), template.getSteps());
        });
    }

    private Uni<TemplateView> store(SqlScope scope, String name, String description, List<Framework.Step> steps,
            Map<String, String> origin) {
        OffsetDateTime now = Timestamps.now(clock);
        BrainstormTemplate template = new BrainstormTemplate();
        template.setName(name.strip());
        template.setDescription(description == null ? "" : description.strip());
        template.setSteps(SessionSteps.json(steps));
        template.setCreatedAt(now);
        template.setUpdatedAt(now);
        return templates.count(scope).invoke(count -> {
            if (count >= MAX_PER_USER) {
                throw ApiException.unprocessable("You have " + count + " templates, the most one user may have ("
                        + MAX_PER_USER + "). Delete one first.");
            }
        }).chain(() -> templates.persist(scope, template))
                .call(saved -> {
                    Map<String, Object> changes = new java.util.LinkedHashMap<>(origin);
                    changes.put("fields", List.of("name", "description", "steps"));
                    changes.put("steps", steps.size());
                    return audit.record(scope, AuditEvent.of("template.created", "template", saved.getId()).with(changes));
                })
                .map(TemplateService::view);
    }

    private Uni<BrainstormTemplate> found(SqlScope scope, UUID id) {
        return templates.findById(scope, id).map(template -> {
            if (template == null) {
                throw ApiException.notFound("Template");
            }
            return template;
        });
    }

    private static List<Object> fields(BrainstormTemplate template) {
        return List.of(template.getName(), template.getDescription(), SessionSteps.of(Framework.CUSTOM.key(), template.getSteps()));
    }

    private static List<String> changed(List<Object> before, List<Object> after) {
        List<String> names = List.of("name", "description", "steps");
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!Objects.equals(before.get(i), after.get(i))) {
                changed.add(names.get(i));
            }
        }
        return changed;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).strip();
    }

    static TemplateView view(BrainstormTemplate t) {
        return new TemplateView(t.getId(), t.getName(), t.getDescription(), false, null,
                TemplateSteps.views(SessionSteps.of(Framework.CUSTOM.key(), t.getSteps())), t.getCreatedAt(), t.getUpdatedAt());
    }
}
