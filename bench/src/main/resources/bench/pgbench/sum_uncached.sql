-- summary cache miss: the cache lookup, then the summary (a realistic few kilobytes of JSON) and its cache row.
\set n random(2, :users)
BEGIN;
SELECT set_config('app.user_id', md5('pulse-bench-user-' || :n)::uuid::text, true);
SELECT id FROM summarization.summary_cache
 WHERE user_id = md5('pulse-bench-user-' || :n)::uuid AND cache_key = md5(random()::text) || md5(random()::text)
   AND expires_at > now();
WITH summary AS (
  INSERT INTO summarization.conversation_summaries (id, user_id, conversation_id, summary_type, time_zone, engine,
         summary_text, content, message_count, created_at, expires_at)
  VALUES (gen_random_uuid(), md5('pulse-bench-user-' || :n)::uuid, gen_random_uuid(), 'thread', 'Europe/Paris', 'local',
          repeat('Bob: the build is green. ', 24),
          jsonb_build_object('keyPoints', repeat('a key point with its source message ids ', 60),
                             'actionItems', repeat('an action item with owner and due date ', 20)),
          50, now(), now() + interval '30 days')
  RETURNING id)
INSERT INTO summarization.summary_cache (id, user_id, cache_key, summary_id, created_at, expires_at)
SELECT gen_random_uuid(), md5('pulse-bench-user-' || :n)::uuid, md5(random()::text) || md5(random()::text), id, now(),
       now() + interval '10 minutes'
  FROM summary;
END;
