package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.model.Api;
import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.model.Collaborator;
import io.pulse.messaging.brainstorm.model.Role;
import io.pulse.messaging.brainstorm.repository.CollaboratorRepository;
import io.pulse.messaging.brainstorm.repository.SessionRepository;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.Ownership;
import io.pulse.messaging.common.ownership.UserScope;
import io.smallrye.mutiny.Uni;

/** Sessions and their members. Every method is one transaction as the calling user. */
@ApplicationScoped
public class SessionService {

    static final int DEFAULT_VOTES = 5;
    private static final List<String> STATUSES = List.of("active", "closed", "archived");

    private final Ownership ownership;
    private final SessionRepository sessions;
    private final CollaboratorRepository collaborators;
    private final SessionAccess access;
    private final SessionEvents events;
    private final Clock clock;

    public SessionService(Ownership ownership, SessionRepository sessions, CollaboratorRepository collaborators,
            SessionAccess access, SessionEvents events, Clock clock) {
        this.ownership = ownership;
        this.sessions = sessions;
        this.collaborators = collaborators;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public Uni<Api.SessionView> create(Api.CreateSession input) {
        Framework framework = Framework.fromKey(input.framework())
                .orElseThrow(() -> ApiException.invalid("framework", "must be one of scamper, six_hats, free_form"));
        OffsetDateTime now = now();
        BrainstormSession session = new BrainstormSession();
        session.setTitle(input.title().strip());
        session.setTopic(input.topic().strip());
        session.setFramework(framework.key());
        session.setStatus("active");
        session.setCurrentStep(framework.firstStep().key());
        Api.SessionSettings settings = input.settings();
        session.setVotesPerParticipant(settings == null || settings.votesPerParticipant() == null ? DEFAULT_VOTES : settings.votesPerParticipant());
        session.setAnonymousVoting(settings == null || settings.anonymousVoting() == null || settings.anonymousVoting());
        session.setStepTimerSeconds(settings == null ? null : settings.stepTimerSeconds());
        session.setCreatedAt(now);
        session.setUpdatedAt(now);
        session.setStepStartedAt(now);
        return ownership.asCurrentUser(scope -> sessions.persist(scope, session))
                .map(saved -> Views.session(saved, Role.OWNER, Map.of()));
    }

    public Uni<Page<Api.SessionSummary>> list(PageParams page) {
        return ownership.asCurrentUser(scope -> sessions.pageForMember(scope, page).chain(found -> {
            List<UUID> shared = found.items().stream().filter(s -> !s.getUserId().equals(scope.userId())).map(BrainstormSession::getId).toList();
            Uni<Map<UUID, String>> roles = shared.isEmpty() ? Uni.createFrom().item(Map.of()) : scope.session()
                    .createSelectionQuery("from Collaborator c where c.userId = :me and c.sessionId in :ids", Collaborator.class)
                    .setParameter("me", scope.userId())
                    .setParameter("ids", shared)
                    .getResultList()
                    .map(rows -> {
                        Map<UUID, String> byId = new HashMap<>();
                        rows.forEach(row -> byId.put(row.getSessionId(), row.getRole()));
                        return byId;
                    });
            return roles.map(byId -> found.map(s -> Views.summary(s, scope.userId(), byId)));
        }));
    }

    public Uni<Api.SessionView> get(UUID id) {
        return ownership.asCurrentUser(scope -> view(scope, id));
    }

    private Uni<Api.SessionView> view(UserScope scope, UUID id) {
        return access.require(scope, id).chain(member -> sessions.ideaCountsByStep(scope, id)
                .map(counts -> Views.session(member.session(), member.role(), counts)));
    }

    public Uni<Api.SessionView> update(UUID id, Api.UpdateSession input) {
        return ownership.asCurrentUser(scope -> access.require(scope, id).chain(member -> {
            member.requireOwner();
            BrainstormSession session = member.session();
            if (input.status() != null && !STATUSES.contains(input.status())) {
                throw ApiException.invalid("status", "must be one of active, closed, archived");
            }
            if (input.currentStep() != null && member.framework().step(input.currentStep()).isEmpty()) {
                throw ApiException.invalid("currentStep", "is not a step of " + session.getFramework() + ": "
                        + String.join(", ", member.framework().steps().stream().map(Framework.Step::key).toList()));
            }
            OffsetDateTime now = now();
            boolean stepChanged = input.currentStep() != null && !input.currentStep().equals(session.getCurrentStep());
            if (input.title() != null) {
                session.setTitle(input.title().strip());
            }
            if (input.topic() != null) {
                session.setTopic(input.topic().strip());
            }
            if (input.status() != null) {
                session.setStatus(input.status());
            }
            if (stepChanged) {
                session.setCurrentStep(input.currentStep());
                session.setStepStartedAt(now);
            }
            if (input.settings() != null) {
                if (input.settings().votesPerParticipant() != null) {
                    session.setVotesPerParticipant(input.settings().votesPerParticipant());
                }
                if (input.settings().anonymousVoting() != null) {
                    session.setAnonymousVoting(input.settings().anonymousVoting());
                }
                if (input.settings().stepTimerSeconds() != null) {
                    session.setStepTimerSeconds(input.settings().stepTimerSeconds());
                }
            }
            session.setUpdatedAt(now);
            Uni<Void> announce = stepChanged
                    ? events.publish(scope, id, SessionEvents.STEP_CHANGED, Map.of("currentStep", session.getCurrentStep(),
                            "stepStartedAt", session.getStepStartedAt().toString()))
                    : events.publish(scope, id, SessionEvents.SESSION_UPDATED, Map.of("status", session.getStatus()));
            return sessions.flush(scope, session).chain(() -> announce).chain(() -> view(scope, id));
        }));
    }

    public Uni<Void> delete(UUID id) {
        return ownership.asCurrentUser(scope -> access.require(scope, id).chain(member -> {
            member.requireOwner();
            return events.publish(scope, id, SessionEvents.SESSION_DELETED, Map.of())
                    .chain(() -> sessions.deleteById(scope, id))
                    .replaceWithVoid();
        }));
    }

    public Uni<List<Api.CollaboratorView>> members(UUID id) {
        return ownership.asCurrentUser(scope -> access.require(scope, id).chain(member -> collaborators.list(scope, id).map(rows -> {
            List<Api.CollaboratorView> out = new ArrayList<>();
            BrainstormSession session = member.session();
            out.add(new Api.CollaboratorView(session.getUserId(), Role.OWNER.key(), null, session.getCreatedAt()));
            rows.forEach(row -> out.add(new Api.CollaboratorView(row.getUserId(), row.getRole(), row.getInvitedBy(), row.getCreatedAt())));
            return out;
        })));
    }

    /** Invites a user or changes their role; true when the user was newly invited. */
    public Uni<Map.Entry<Boolean, Api.CollaboratorView>> putMember(UUID id, UUID user, Api.CollaboratorRole input) {
        Role role = Role.invitable(input.role()).orElseThrow(() -> ApiException.invalid("role", "must be editor or viewer"));
        return ownership.asCurrentUser(scope -> access.require(scope, id).chain(member -> {
            member.requireOwner();
            if (user.equals(scope.userId())) {
                throw ApiException.invalid("userId", "the owner cannot be invited to their own session");
            }
            OffsetDateTime now = now();
            return collaborators.find(scope, id, user).chain(existing -> {
                Uni<Map.Entry<Boolean, Collaborator>> saved;
                if (existing == null) {
                    Collaborator collaborator = new Collaborator();
                    collaborator.setId(Ids.newId(clock));
                    collaborator.setSessionId(id);
                    collaborator.setUserId(user);
                    collaborator.setRole(role.key());
                    collaborator.setInvitedBy(scope.userId());
                    collaborator.setCreatedAt(now);
                    collaborator.setUpdatedAt(now);
                    saved = collaborators.persist(scope, collaborator).map(c -> Map.entry(true, c));
                } else {
                    existing.setRole(role.key());
                    existing.setUpdatedAt(now);
                    saved = collaborators.flush(scope).map(ignored -> Map.entry(false, existing));
                }
                return saved.call(entry -> events.publish(scope, id, SessionEvents.COLLABORATOR_CHANGED,
                                Map.of("userId", user, "role", role.key(), "change", entry.getKey() ? "added" : "role_changed")))
                        .map(entry -> Map.entry(entry.getKey(), new Api.CollaboratorView(user, entry.getValue().getRole(),
                                entry.getValue().getInvitedBy(), entry.getValue().getCreatedAt())));
            });
        }));
    }

    public Uni<Void> removeMember(UUID id, UUID user) {
        return ownership.asCurrentUser(scope -> access.require(scope, id).chain(member -> {
            member.requireOwner();
            return collaborators.find(scope, id, user).chain(existing -> {
                if (existing == null) {
                    throw ApiException.notFound("Collaborator");
                }
                return collaborators.remove(scope, existing)
                        .call(() -> events.publish(scope, id, SessionEvents.COLLABORATOR_CHANGED,
                                Map.of("userId", user, "change", "removed")));
            });
        }));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
