-- summary cache hit: the cache row of one of the busy users and its summary (the read path of the repeated mix;
-- the one request in ten that misses runs the engine and writes, see sum_uncached).
\set n random(1, :hot)
BEGIN;
SELECT set_config('app.user_id', md5('pulse-bench-user-' || :n)::uuid::text, true);
SELECT s.* FROM summarization.summary_cache c
  JOIN summarization.conversation_summaries s ON s.id = c.summary_id
 WHERE c.user_id = md5('pulse-bench-user-' || :n)::uuid AND c.expires_at > now()
   AND s.user_id = md5('pulse-bench-user-' || :n)::uuid AND s.expires_at > now()
 LIMIT 1;
END;
