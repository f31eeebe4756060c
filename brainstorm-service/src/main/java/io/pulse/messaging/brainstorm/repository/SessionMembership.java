package io.pulse.messaging.brainstorm.repository;

/**
 * The application's own form of the row-level security policies (V2__brainstorm_sessions.sql): a session's rows are
 * shared by its members, so a statement on them carries the condition that the scope's user is the session's owner or
 * one of its collaborators, as {@code brainstorm_session_role(session_id) is not null} does in the database; writes to
 * shared rows need the owner or an editor, as {@code ... in ('owner', 'editor')} does. Both take the session and the
 * user as SQL expressions (a column or a parameter such as {@code $1}).
 */
final class SessionMembership {

    static final String SESSIONS = "brainstorm.brainstorm_sessions";
    static final String COLLABORATORS = "brainstorm.brainstorm_collaborators";

    private SessionMembership() {
    }

    /**
     * The user {@code me} owns or collaborates on the session {@code sessionId}. Where the statement already fixes the
     * session by a parameter, pass that parameter: the condition is then independent of the row and PostgreSQL evaluates
     * it once per statement, not once per row.
     */
    static String member(String sessionId, String me) {
        return "exists (select 1 from " + SESSIONS + " ms where ms.id = " + sessionId + " and (ms.user_id = " + me
                + " or exists (select 1 from " + COLLABORATORS + " mc where mc.session_id = ms.id and mc.user_id = " + me + ")))";
    }

    /** The user {@code me} owns the session {@code sessionId} or edits it. */
    static String writer(String sessionId, String me) {
        return "exists (select 1 from " + SESSIONS + " ms where ms.id = " + sessionId + " and (ms.user_id = " + me
                + " or exists (select 1 from " + COLLABORATORS + " mc where mc.session_id = ms.id and mc.user_id = " + me
                + " and mc.role = 'editor')))";
    }
}
