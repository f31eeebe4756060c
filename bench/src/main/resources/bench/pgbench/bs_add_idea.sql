-- brainstorm add idea: the session as the caller may see it (owner or collaborator), the idea row, and the
-- notification that carries it to live subscribers.
\set n random(2, :session_users)
BEGIN;
SELECT set_config('app.user_id', md5('pulse-bench-user-' || :n)::uuid::text, true);
SELECT * FROM brainstorm.brainstorm_sessions s
 WHERE s.id = md5(:n || '-1-' || CASE WHEN :n::int <= :big::int THEN :big_session ELSE :small_session END)::uuid
   AND (s.user_id = md5('pulse-bench-user-' || :n)::uuid
        OR s.id IN (SELECT session_id FROM brainstorm.brainstorm_collaborators WHERE user_id = md5('pulse-bench-user-' || :n)::uuid));
INSERT INTO brainstorm.brainstorm_ideas (id, session_id, user_id, created_at, updated_at, step, text, details, co_contributors)
VALUES (gen_random_uuid(), md5(:n || '-1-' || CASE WHEN :n::int <= :big::int THEN :big_session ELSE :small_session END)::uuid,
        md5('pulse-bench-user-' || :n)::uuid, now(), now(), 'ideas', 'Offer a guided tour on first launch', NULL,
        '{"userIds": []}');
SELECT pg_notify('pulse_brainstorm', '{"topic": "bench", "type": "idea_added", "data": {"text": "Offer a guided tour on first launch"}}')::text;
END;
