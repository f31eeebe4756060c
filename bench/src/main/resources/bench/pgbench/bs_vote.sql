-- brainstorm vote or unvote: the session check, the caller's votes used in the session (the limit), and the vote
-- inserted or deleted (one or the other at random, as the workload alternates them).
\set n random(2, :session_users)
\set v random(0, 1)
BEGIN;
SELECT set_config('app.user_id', md5('pulse-bench-user-' || :n)::uuid::text, true);
SELECT * FROM brainstorm.brainstorm_sessions s
 WHERE s.id = md5(:n || '-1-' || CASE WHEN :n::int <= :big::int THEN :big_session ELSE :small_session END)::uuid
   AND (s.user_id = md5('pulse-bench-user-' || :n)::uuid
        OR s.id IN (SELECT session_id FROM brainstorm.brainstorm_collaborators WHERE user_id = md5('pulse-bench-user-' || :n)::uuid));
SELECT count(*) FROM brainstorm.brainstorm_votes
 WHERE session_id = md5(:n || '-1-' || CASE WHEN :n::int <= :big::int THEN :big_session ELSE :small_session END)::uuid
   AND user_id = md5('pulse-bench-user-' || :n)::uuid;
\if :v
INSERT INTO brainstorm.brainstorm_votes (id, session_id, idea_id, user_id, created_at)
VALUES (gen_random_uuid(), md5(:n || '-1-' || CASE WHEN :n::int <= :big::int THEN :big_session ELSE :small_session END)::uuid,
        md5(:n || '-1-' || CASE WHEN :n::int <= :big::int THEN :big_idea ELSE :small_idea END)::uuid,
        md5('pulse-bench-user-' || :n)::uuid, now())
ON CONFLICT DO NOTHING;
\else
DELETE FROM brainstorm.brainstorm_votes
 WHERE idea_id = md5(:n || '-1-' || CASE WHEN :n::int <= :big::int THEN :big_idea ELSE :small_idea END)::uuid
   AND user_id = md5('pulse-bench-user-' || :n)::uuid;
\endif
END;
