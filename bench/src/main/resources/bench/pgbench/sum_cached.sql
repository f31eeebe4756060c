-- summary cache hit: the cache row of one of the busy users and its summary's id (the read path of the repeated mix:
-- the service writes a hit's JSON once per stored summary and then reads only the id; the one request in ten that
-- misses runs the engine and writes, see sum_uncached).
\set n random(1, :hot)
BEGIN;
SELECT set_config('app.user_id', md5('pulse-bench-user-' || :n)::uuid::text, true);
SELECT s.id FROM summarization.conversation_summaries s
 WHERE s.user_id = md5('pulse-bench-user-' || :n)::uuid AND s.expires_at > now()
   AND s.id IN (SELECT c.summary_id FROM summarization.summary_cache c
                 WHERE c.user_id = md5('pulse-bench-user-' || :n)::uuid AND c.expires_at > now())
 LIMIT 1;
END;
