package io.pulse.messaging.brainstorm.service;

import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.model.BrainstormSession;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.Role;
import io.pulse.messaging.brainstorm.repository.CollaboratorRepository;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.repository.SessionRepository;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;

/**
 * The application's check of who may do what in a session (row-level security checks it again in the database):
 * non-members get 404 for the session and everything in it; members who lack the role get 403.
 */
@Singleton
public class SessionAccess {

    /** A member's view of a session: the session and the member's role in it. */
    public record Member(BrainstormSession session, Role role) {

        public UUID sessionId() {
            return session.getId();
        }

        public Framework framework() {
            return Framework.fromKey(session.getFramework()).orElseThrow();
        }

        /** The session's steps in order: its framework's, or for a custom session its own. */
        public java.util.List<Framework.Step> steps() {
            return SessionSteps.of(session);
        }

        /** Owner and editors: 403 for a viewer. */
        public Member requireContributor() {
            if (!role.canContribute()) {
                throw ApiException.forbidden("Viewers can read this session but not change it.");
            }
            return this;
        }

        public Member requireOwner() {
            if (role != Role.OWNER) {
                throw ApiException.forbidden("Only the session's owner can do this.");
            }
            return this;
        }

        /** An active session: 409 once it is closed or archived. */
        public Member requireOpen() {
            if (!"active".equals(session.getStatus())) {
                throw ApiException.conflict("The session is " + session.getStatus() + "; reopen it to change ideas or votes.");
            }
            return this;
        }

        /** The step if it is one of the session's framework; a 400 naming {@code field} otherwise. */
        public String requireStep(String step, String field) {
            return SessionAccess.requireStep(session.getFramework(), steps(), step, field);
        }
    }

    /** The step if it is one of the framework's (a framework key); a 400 naming {@code field} otherwise. */
    public static String requireStep(String frameworkKey, String step, String field) {
        return requireStep(frameworkKey, Framework.fromKey(frameworkKey).orElseThrow().steps(), step, field);
    }

    /** The step if it is one of {@code steps} (a session's, of framework {@code frameworkKey}); a 400 naming {@code field} otherwise. */
    public static String requireStep(String frameworkKey, java.util.List<Framework.Step> steps, String step, String field) {
        if (SessionSteps.find(steps, step).isEmpty()) {
            String of = Framework.CUSTOM.key().equals(frameworkKey) ? "this session" : frameworkKey;
            throw ApiException.invalid(field, "is not a step of " + of + ": " + String.join(", ", steps.stream().map(Framework.Step::key).toList()));
        }
        return step;
    }

    private final SessionRepository sessions;
    private final CollaboratorRepository collaborators;
    private final IdeaRepository ideas;

    public SessionAccess(SessionRepository sessions, CollaboratorRepository collaborators, IdeaRepository ideas) {
        this.sessions = sessions;
        this.collaborators = collaborators;
        this.ideas = ideas;
    }

    /** The caller's membership of the session, or 404 when the session does not exist or the caller is not a member. */
    public Uni<Member> require(SqlScope scope, UUID sessionId) {
        return sessions.findForMember(scope, sessionId).chain(session -> {
            if (session == null) {
                return Uni.createFrom().failure(ApiException.notFound("Session"));
            }
            if (session.getUserId().equals(scope.userId())) {
                return Uni.createFrom().item(new Member(session, Role.OWNER));
            }
            return collaborators.find(scope, sessionId, scope.userId()).map(collaborator -> {
                if (collaborator == null) {
                    throw ApiException.notFound("Session");
                }
                return new Member(session, Role.of(collaborator.getRole()));
            });
        });
    }

    /** An idea of the session (whose member the caller was found to be), or 404. */
    public Uni<Idea> idea(SqlScope scope, UUID sessionId, UUID ideaId) {
        return ideas.findInSession(scope, sessionId, ideaId).map(idea -> {
            if (idea == null) {
                throw ApiException.notFound("Idea");
            }
            return idea;
        });
    }
}
