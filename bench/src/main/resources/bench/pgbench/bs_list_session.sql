-- brainstorm list a session's ideas: the session check, the first page of ideas and their vote counts.
\set n random(2, :session_users)
BEGIN;
SELECT set_config('app.user_id', md5('pulse-bench-user-' || :n)::uuid::text, true);
SELECT * FROM brainstorm.brainstorm_sessions s
 WHERE s.id = md5(:n || '-1-' || CASE WHEN :n::int <= :big::int THEN :big_session ELSE :small_session END)::uuid
   AND (s.user_id = md5('pulse-bench-user-' || :n)::uuid
        OR s.id IN (SELECT session_id FROM brainstorm.brainstorm_collaborators WHERE user_id = md5('pulse-bench-user-' || :n)::uuid));
SELECT * FROM brainstorm.brainstorm_ideas
 WHERE session_id = md5(:n || '-1-' || CASE WHEN :n::int <= :big::int THEN :big_session ELSE :small_session END)::uuid
 ORDER BY created_at, id LIMIT 51;
SELECT idea_id, count(*) FROM brainstorm.brainstorm_votes
 WHERE session_id = md5(:n || '-1-' || CASE WHEN :n::int <= :big::int THEN :big_session ELSE :small_session END)::uuid
 GROUP BY idea_id;
END;
