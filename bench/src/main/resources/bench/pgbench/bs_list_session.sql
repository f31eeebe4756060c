-- brainstorm list a session's ideas (SessionReads): the caller's membership and role, then the first page of ideas
-- with each idea's votes counted (only that page's votes are read).
\set n random(2, :session_users)
BEGIN;
SELECT set_config('app.user_id', md5('pulse-bench-user-' || :n)::uuid::text, true);
SELECT s.id, s.framework, s.anonymous_voting,
       CASE WHEN s.user_id = md5('pulse-bench-user-' || :n)::uuid THEN 'owner'
            ELSE (SELECT c.role FROM brainstorm.brainstorm_collaborators c
                   WHERE c.session_id = s.id AND c.user_id = md5('pulse-bench-user-' || :n)::uuid) END
  FROM brainstorm.brainstorm_sessions s
 WHERE s.id = md5(:n || '-1-' || CASE WHEN :n::int <= :big::int THEN :big_session ELSE :small_session END)::uuid;
SELECT i.id, i.session_id, i.step, i.text, i.details, i.user_id, i.co_contributors::text, i.created_at, i.updated_at,
       b.votes, b.mine, b.named
  FROM brainstorm.brainstorm_ideas i
 CROSS JOIN LATERAL (SELECT count(*) AS votes, coalesce(bool_or(v.user_id = md5('pulse-bench-user-' || :n)::uuid), false) AS mine,
                            array_agg(v.user_id ORDER BY v.created_at, v.id) FILTER (WHERE v.anonymous = false) AS named
                       FROM brainstorm.brainstorm_votes v WHERE v.session_id = i.session_id AND v.idea_id = i.id) b
 WHERE i.session_id = md5(:n || '-1-' || CASE WHEN :n::int <= :big::int THEN :big_session ELSE :small_session END)::uuid
   AND EXISTS (SELECT 1 FROM brainstorm.brainstorm_sessions ms
                WHERE ms.id = i.session_id
                  AND (ms.user_id = md5('pulse-bench-user-' || :n)::uuid
                       OR EXISTS (SELECT 1 FROM brainstorm.brainstorm_collaborators mc
                                   WHERE mc.session_id = ms.id AND mc.user_id = md5('pulse-bench-user-' || :n)::uuid)))
 ORDER BY i.created_at, i.id LIMIT 51;
END;
