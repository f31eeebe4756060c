package io.pulse.messaging.brainstorm.repository;

/**
 * The application's own form of the row-level security policies (V2__brainstorm_sessions.sql): a session's rows are
 * shared by its members, so a query on them carries the condition that the scope's user ({@code :me}) is the
 * session's owner or one of its collaborators, as {@code brainstorm_session_role(session_id) is not null} does in the
 * database; writes to shared rows need the owner or an editor, as {@code ... in ('owner', 'editor')} does.
 */
final class SessionMembership {

    /** The query parameter the conditions name; bind it to the scope's user. */
    static final String ME = "me";

    private SessionMembership() {
    }

    /**
     * HQL: the scope's user owns or collaborates on the session whose id is {@code sessionId}, a path or a parameter.
     * Where the query already fixes the session by a parameter, pass that parameter: the condition is then independent
     * of the row and PostgreSQL evaluates it once per query, not once per row.
     */
    static String member(String sessionId) {
        return "exists (select 1 from BrainstormSession ms where ms.id = " + sessionId + " and (ms.userId = :me"
                + " or exists (select 1 from Collaborator mc where mc.sessionId = ms.id and mc.userId = :me)))";
    }

    /** SQL: the scope's user owns the session whose id is the column or parameter {@code sessionId}, or edits it. */
    static String writerSql(String sessionId) {
        return "exists (select 1 from brainstorm.brainstorm_sessions ms where ms.id = " + sessionId + " and (ms.user_id = :me"
                + " or exists (select 1 from brainstorm.brainstorm_collaborators mc"
                + " where mc.session_id = ms.id and mc.user_id = :me and mc.role = 'editor')))";
    }
}
