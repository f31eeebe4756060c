-- intelligence analyze of a new 100-message conversation: which messages are new, then the conversation row, its
-- history read back for the aggregates, 100 sentiment and about 100 topic history rows, the updated insight (a
-- few kilobytes of JSON) and the live-update notification.
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
 WHERE user_id = md5('pulse-bench-user-' || :n)::uuid AND conversation_id = md5(:n || '-conv-' || :c)::uuid;
INSERT INTO intelligence.sentiment_history (id, user_id, created_at, conversation_id, message_id, sender_id, sender_name,
       sent_at, reply_to, label, score, confidence, signals, words, question, request, acknowledgement, closing, excerpt)
SELECT gen_random_uuid(), md5('pulse-bench-user-' || :n)::uuid, now(), md5(:n || '-conv-' || :c)::uuid, 'm' || g,
       'u-' || (g % 4), 'Alice Martin', now() - (100 - g) * interval '5 minutes', NULL, 'neutral', 0.1, 0.6,
       '[{"signal": "lexicon", "weight": 0.4}]', 12, g % 5 = 0, g % 7 = 0, false, false,
       'The build is green. I''ll send the release notes by Friday.'
  FROM generate_series(1, 100) g;
INSERT INTO intelligence.topic_detection_history (id, user_id, created_at, conversation_id, message_id, sent_at, topic,
       source, confidence, keywords)
SELECT gen_random_uuid(), md5('pulse-bench-user-' || :n)::uuid, now(), md5(:n || '-conv-' || :c)::uuid, 'm' || g,
       now() - (100 - g) * interval '5 minutes', 'project_status', 'built_in', 0.8, '["release", "build"]'
  FROM generate_series(1, 100) g;
UPDATE intelligence.conversation_intelligence
   SET engagement_score = 0.6, engagement_trend = 'stable', message_count = 100, last_message_at = now(),
       sentiment_label = 'positive', sentiment_score = 0.2, sentiment_confidence = 0.8,
       insight = jsonb_build_object('topics', repeat('a topic with its supporting messages ', 80)),
       recent_sentiment = jsonb_build_array(repeat('a message sentiment entry ', 50)), updated_at = now()
 WHERE user_id = md5('pulse-bench-user-' || :n)::uuid AND conversation_id = md5(:n || '-conv-' || :c)::uuid;
SELECT pg_notify('pulse_intelligence', '{"topic": "bench", "type": "analysed", "data": {}}')::text;
END;
