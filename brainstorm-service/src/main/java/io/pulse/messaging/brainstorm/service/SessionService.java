package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.model.Collaborator;
import io.pulse.messaging.brainstorm.model.CollaboratorRoleRequest;
import io.pulse.messaging.brainstorm.model.CollaboratorView;
import io.pulse.messaging.brainstorm.model.CreateSessionRequest;
import io.pulse.messaging.brainstorm.model.Role;
import io.pulse.messaging.brainstorm.model.SessionSettings;
import io.pulse.messaging.brainstorm.model.SessionSummaryView;
import io.pulse.messaging.brainstorm.model.SessionView;
import io.pulse.messaging.brainstorm.model.UpdateSessionRequest;
import io.pulse.messaging.brainstorm.repository.CollaboratorRepository;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.repository.SessionReads;
import io.pulse.messaging.brainstorm.repository.SessionRepository;
import io.pulse.messaging.brainstorm.service.SessionAccess.Member;
import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.lifecycle.AuditEvent;
import io.pulse.messaging.common.lifecycle.SqlAuditTrail;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/** Sessions and their members. Every public method is one transaction as the calling user. */
@ApplicationScoped
public class SessionService {

    static final int DEFAULT_VOTES = 5;
    private static final List<String> STATUSES = List.of("active", "closed", "archived");

    /** A member invited ({@code invited}) or given another role. */
    public record MemberChange(boolean invited, CollaboratorView member, AuditEvent audit) {
    }

    private final SessionRepository sessions;
    private final CollaboratorRepository collaborators;
    private final IdeaRepository ideas;
    private final SessionAccess access;
    private final SessionEvents events;
    private final SqlAuditTrail audit;
    private final Clock clock;
    private final SessionReads reads;
    private final SqlOwnership ownership;
    private final TemplateService templates;

    public SessionService(SessionRepository sessions, CollaboratorRepository collaborators, IdeaRepository ideas,
            SessionAccess access, SessionEvents events, SqlAuditTrail audit, Clock clock, SessionReads reads, SqlOwnership ownership,
            TemplateService templates) {
        this.templates = templates;
        this.reads = reads;
        this.ownership = ownership;
        this.audit = audit;
        this.sessions = sessions;
        this.collaborators = collaborators;
        this.ideas = ideas;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new session of a built-in framework, or of the caller's template {@code templateId}, whose steps it copies (a later
     * edit of the template does not change it).
     */
    public Uni<SessionView> create(CreateSessionRequest input) {
        return ownership.sqlAsCurrentUser(scope -> {
            Uni<List<Framework.Step>> custom = input.templateId() == null ? Uni.createFrom().nullItem()
                    : Uni.createFrom().voidItem().invoke(() -> requireTemplateFramework(input))
                            .chain(() -> templates.stepsFor(scope, input.templateId()));
            return custom.map(steps -> newSession(input, steps))
                    .chain(session -> sessions.create(scope, session))
                    .call(saved -> audit.record(scope, AuditEvent.of("session.created", "session", saved.getId())
                            .with(createdAudit(saved, input.templateId()))))
                    .map(saved -> ViewMapper.session(saved, Role.OWNER, Map.of()));
        });
    }

    /**
     * The sessions the caller owns or was invited to, newest first, one keyset page with the caller's role in each: one
     * prepared statement on the SQL client after the user binding.
     */
    public Uni<Page<SessionSummaryView>> list(PageParams page) {
        return Uni.createFrom().item(() -> page.cursor() == null ? null : Cursor.decode(page.cursor(), 2))
                .chain(cursor -> ownership.sqlAsCurrentUser(scope -> reads.sessions(scope, cursor, page.limit() + 1)))
                .map(rows -> Page.of(rows, page.limit(), s -> Cursor.of(s.createdAt(), s.id())));
    }

    public Uni<SessionView> get(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, id).chain(member -> view(scope, member)));
    }

    /** Changes what the input names (owner only); a step change restarts the step timer. */
    public Uni<SessionView> update(UUID id, UpdateSessionRequest input) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, id).chain(member -> change(scope, member.requireOwner(), input)));
    }

    public Uni<Void> delete(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, id)
                .invoke(Member::requireOwner)
                .chain(() -> events.publish(scope, id, SessionEvents.SESSION_DELETED, Map.of()))
                .chain(() -> sessions.deleteById(scope, id))
                .call(() -> audit.record(scope, AuditEvent.of("session.deleted", "session", id)))
                .replaceWithVoid());
    }

    public Uni<List<CollaboratorView>> members(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, id)
                .chain(member -> collaborators.list(scope, id).map(rows -> ViewMapper.members(member.session(), rows))));
    }

    /** Invites a user or changes their role (owner only). */
    public Uni<MemberChange> putMember(UUID id, UUID user, CollaboratorRoleRequest input) {
        return ownership.sqlAsCurrentUser(scope -> {
            Role role = Role.invitable(input.role()).orElseThrow(() -> ApiException.invalid("role", "must be editor or viewer"));
            return access.require(scope, id)
                    .invoke(Member::requireOwner)
                    .invoke(() -> {
                        if (user.equals(scope.userId())) {
                            throw ApiException.invalid("userId", "the owner cannot be invited to their own session");
                        }
                    })
                    .chain(() -> collaborators.find(scope, id, user))
                    .chain(existing -> existing == null ? invite(scope, id, user, role) : changeRole(scope, existing, role))
                    .call(change -> change.audit() == null ? Uni.createFrom().voidItem() : audit.record(scope, change.audit()))
                    .call(change -> events.publish(scope, id, SessionEvents.COLLABORATOR_CHANGED,
                            Map.of("member", events.alias(id, user), "change", change.invited() ? "added" : "role_changed")));
        });
    }

    public Uni<Void> removeMember(UUID id, UUID user) {
        return ownership.sqlAsCurrentUser(scope -> {
            return access.require(scope, id)
                    .invoke(Member::requireOwner)
                    .chain(() -> collaborators.find(scope, id, user))
                    .chain(existing -> {
                        if (existing == null) {
                            throw ApiException.notFound("Collaborator");
                        }
                        return collaborators.remove(scope, existing)
                                .call(() -> audit.record(scope, SessionAudit.member("collaborator.removed", id, existing)));
                    })
                    .call(() -> events.publish(scope, id, SessionEvents.COLLABORATOR_CHANGED,
                            Map.of("member", events.alias(id, user), "change", "removed")));
        });
    }

    private static void requireTemplateFramework(CreateSessionRequest input) {
        if (input.framework() != null && !Framework.CUSTOM.key().equals(input.framework().strip().toLowerCase(java.util.Locale.ROOT))) {
            throw ApiException.invalid("framework", "must be left out (or custom) when templateId is given");
        }
    }

    private static Map<String, Object> createdAudit(BrainstormSession saved, UUID templateId) {
        Map<String, Object> changes = SessionAudit.created(saved);
        if (templateId != null) {
            changes.put("templateId", templateId.toString());
        }
        return changes;
    }

    /** The new session; {@code custom} the steps of the template it is made from, null for a built-in framework. */
    private BrainstormSession newSession(CreateSessionRequest input, List<Framework.Step> custom) {
        if (input.framework() == null && custom == null) {
            throw ApiException.invalid("framework", "must not be null (or give templateId)");
        }
        Framework framework = custom != null ? Framework.CUSTOM : Framework.fromKey(input.framework())
                .filter(f -> f != Framework.CUSTOM)
                .orElseThrow(() -> ApiException.invalid("framework",
                        "must be one of scamper, six_hats, free_form, retrospective (custom needs templateId)"));
        OffsetDateTime now = Timestamps.now(clock);
        BrainstormSession session = new BrainstormSession();
        session.setTitle(input.title().strip());
        session.setTopic(input.topic().strip());
        session.setFramework(framework.key());
        session.setSteps(custom == null ? null : SessionSteps.json(custom));
        session.setStatus("active");
        session.setCurrentStep(custom == null ? framework.firstStep().key() : custom.get(0).key());
        SessionSettings settings = input.settings();
        session.setVotesPerParticipant(settings == null || settings.votesPerParticipant() == null ? DEFAULT_VOTES : settings.votesPerParticipant());
        session.setAnonymousVoting(settings == null || settings.anonymousVoting() == null || settings.anonymousVoting());
        session.setStepTimerSeconds(settings == null ? null : settings.stepTimerSeconds());
        session.setKeepIdeasOfFormerMembers(settings != null && Boolean.TRUE.equals(settings.keepIdeasOfFormerMembers()));
        session.setAdvanceOnTimeUp(settings != null && Boolean.TRUE.equals(settings.advanceOnTimeUp()));
        session.setCreatedAt(now);
        session.setUpdatedAt(now);
        session.startStepTimer(now, SessionSteps.timeBox(session));
        return session;
    }

    private Uni<SessionView> view(SqlScope scope, Member member) {
        return ideas.countsByStep(scope, member.sessionId()).map(counts -> ViewMapper.session(member.session(), member.role(), counts));
    }

    private Uni<SessionView> change(SqlScope scope, Member member, UpdateSessionRequest input) {
        if (input.status() != null && !STATUSES.contains(input.status())) {
            throw ApiException.invalid("status", "must be one of active, closed, archived");
        }
        if (input.currentStep() != null) {
            member.requireStep(input.currentStep(), "currentStep");
        }
        BrainstormSession session = member.session();
        BrainstormSession loaded = session.copy();
        SessionChanges.Applied applied = SessionChanges.apply(session, input, Timestamps.now(clock));
        Uni<Void> announce = events.publish(scope, session.getId(),
                applied.stepChanged() ? SessionEvents.STEP_CHANGED : SessionEvents.SESSION_UPDATED, Map.of());
        return sessions.update(scope, loaded, session).chain(() -> announce)
                .chain(() -> SessionAudit.changes(session.getId(), applied).stream()
                        .map(event -> audit.record(scope, event))
                        .reduce(Uni.createFrom().voidItem(), (first, next) -> first.chain(() -> next)))
                .chain(() -> view(scope, member));
    }

    private Uni<MemberChange> invite(SqlScope scope, UUID id, UUID user, Role role) {
        OffsetDateTime now = Timestamps.now(clock);
        Collaborator collaborator = new Collaborator();
        collaborator.setId(Ids.newId(clock));
        collaborator.setSessionId(id);
        collaborator.setUserId(user);
        collaborator.setRole(role.key());
        collaborator.setInvitedBy(scope.userId());
        collaborator.setCreatedAt(now);
        collaborator.setUpdatedAt(now);
        return collaborators.persist(scope, collaborator).map(saved -> new MemberChange(true, ViewMapper.member(saved),
                SessionAudit.member("collaborator.invited", id, saved)));
    }

    private Uni<MemberChange> changeRole(SqlScope scope, Collaborator existing, Role role) {
        AuditEvent changed = existing.getRole().equals(role.key()) ? null
                : SessionAudit.member("collaborator.role_changed", existing.getSessionId(), existing).with(Map.of(
                        "sessionId", existing.getSessionId().toString(), "fields", List.of("role"), "from", existing.getRole(),
                        "role", role.key()));
        existing.setRole(role.key());
        existing.setUpdatedAt(Timestamps.now(clock));
        return collaborators.update(scope, existing).map(ignored -> new MemberChange(false, ViewMapper.member(existing), changed));
    }
}
