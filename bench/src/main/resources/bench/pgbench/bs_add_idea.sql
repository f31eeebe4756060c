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
-- The service's notification is sealed (HMAC) and carries ids only; the same size of payload on a channel no service
-- listens to costs the database the same without being counted as a forged event by the services.
SELECT pg_notify('pulse_bench', 'k1xJ3mV0pQ8dZ2fH7tY5wR9bN4cL6gA1sE3uI0oP2aS.{"t":"Yl9mWq2Zr8xKc3Vb5Nt7Hj1Pd4Fg6Ls0Qa2We4Rt6Y","e":"idea_added","d":{"ideaId":"0190f5a2-7c1e-7d3a-9b2c-4e5f6a7b8c9d"},"at":1733280000000}')::text;
END;
