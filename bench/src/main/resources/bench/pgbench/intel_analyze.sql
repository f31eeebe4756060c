-- intelligence analyze of a new 100-message conversation: which messages are new, then the conversation row (created
-- and locked; a conversation new to this analysis has no history to read back), 100 sentiment and about 100 topic
-- history rows (one statement per table), the updated insight (a few kilobytes of JSON) and the live-update
-- notification.
\set n random(2, :users)
\set c random(1, 2000000000)
BEGIN;
SELECT set_config('app.user_id', md5('pulse-bench-user-' || :n)::uuid::text, true);
SELECT message_id FROM intelligence.sentiment_history
 WHERE user_id = md5('pulse-bench-user-' || :n)::uuid AND conversation_id = md5(:n || '-conv-' || :c)::uuid;
END;
BEGIN;
SELECT set_config('app.user_id', md5('pulse-bench-user-' || :n)::uuid::text, true);
INSERT INTO intelligence.conversation_intelligence (id, user_id, created_at, conversation_id, updated_at, engine)
VALUES (gen_random_uuid(), md5('pulse-bench-user-' || :n)::uuid, now(), md5(:n || '-conv-' || :c)::uuid, now(), 'local')
ON CONFLICT (user_id, conversation_id) DO NOTHING;
SELECT * FROM intelligence.conversation_intelligence
 WHERE user_id = md5('pulse-bench-user-' || :n)::uuid AND conversation_id = md5(:n || '-conv-' || :c)::uuid
   FOR NO KEY UPDATE;
-- The service binds one array per column (the 100 messages, then their detections) and unnests them into one insert
-- per table; here the arrays are built from generate_series in the same statement.
WITH a AS (
    SELECT array_agg(gen_random_uuid()) AS id, array_agg('m' || g) AS message_id, array_agg('u-' || (g % 4)) AS sender_id,
           array_agg('Alice Martin'::text) AS sender_name, array_agg(now() - (100 - g) * interval '5 minutes') AS sent_at,
           array_agg(NULL::text) AS reply_to, array_agg('neutral'::text) AS label, array_agg(0.1::float8) AS score,
           array_agg(0.6::float8) AS confidence, array_agg('[{"signal": "lexicon", "weight": 0.4}]'::text) AS signals,
           array_agg(12) AS words, array_agg(g % 5 = 0) AS question, array_agg(g % 7 = 0) AS request,
           array_agg(false) AS acknowledgement, array_agg(false) AS closing,
           array_agg('The build is green. I''ll send the release notes by Friday.'::text) AS excerpt
      FROM generate_series(1, 100) g)
INSERT INTO intelligence.sentiment_history (id, user_id, created_at, conversation_id, message_id, sender_id, sender_name,
       sent_at, reply_to, label, score, confidence, signals, words, question, request, acknowledgement, closing, excerpt)
SELECT r.id, md5('pulse-bench-user-' || :n)::uuid, now(), md5(:n || '-conv-' || :c)::uuid, r.message_id, r.sender_id,
       r.sender_name, r.sent_at, r.reply_to, r.label, r.score, r.confidence, r.signals::jsonb, r.words, r.question,
       r.request, r.acknowledgement, r.closing, r.excerpt
  FROM a, unnest(a.id, a.message_id, a.sender_id, a.sender_name, a.sent_at, a.reply_to, a.label, a.score, a.confidence,
                 a.signals, a.words, a.question, a.request, a.acknowledgement, a.closing, a.excerpt)
       AS r(id, message_id, sender_id, sender_name, sent_at, reply_to, label, score, confidence, signals, words, question,
            request, acknowledgement, closing, excerpt)
ON CONFLICT (user_id, conversation_id, message_id) DO NOTHING;
WITH a AS (
    SELECT array_agg(gen_random_uuid()) AS id, array_agg('m' || g) AS message_id,
           array_agg(now() - (100 - g) * interval '5 minutes') AS sent_at, array_agg('project_status'::text) AS topic,
           array_agg('built_in'::text) AS source, array_agg(0.8::float8) AS confidence,
           array_agg('["release", "build"]'::text) AS keywords
      FROM generate_series(1, 100) g)
INSERT INTO intelligence.topic_detection_history (id, user_id, created_at, conversation_id, message_id, sent_at, topic,
       source, confidence, keywords)
SELECT r.id, md5('pulse-bench-user-' || :n)::uuid, now(), md5(:n || '-conv-' || :c)::uuid, r.message_id, r.sent_at,
       r.topic, r.source, r.confidence, r.keywords::jsonb
  FROM a, unnest(a.id, a.message_id, a.sent_at, a.topic, a.source, a.confidence, a.keywords)
       AS r(id, message_id, sent_at, topic, source, confidence, keywords)
ON CONFLICT (user_id, conversation_id, message_id, topic) DO NOTHING;
UPDATE intelligence.conversation_intelligence
   SET engagement_score = 0.6, engagement_trend = 'stable', message_count = 100, last_message_at = now(),
       sentiment_label = 'positive', sentiment_score = 0.2, sentiment_confidence = 0.8,
       insight = jsonb_build_object('topics', repeat('a topic with its supporting messages ', 80)),
       recent_sentiment = jsonb_build_array(repeat('a message sentiment entry ', 50)), updated_at = now()
 WHERE user_id = md5('pulse-bench-user-' || :n)::uuid AND conversation_id = md5(:n || '-conv-' || :c)::uuid;
-- The service's notification is sealed and carries ids only; on a channel no service listens to, so not a forged event.
SELECT pg_notify('pulse_bench', 'k1xJ3mV0pQ8dZ2fH7tY5wR9bN4cL6gA1sE3uI0oP2aS.{"t":"Yl9mWq2Zr8xKc3Vb5Nt7Hj1Pd4Fg6Ls0Qa2We4Rt6Y","e":"analysed","d":{},"at":1733280000000}')::text;
END;
