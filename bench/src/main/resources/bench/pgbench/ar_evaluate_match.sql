-- auto-response evaluate that sends: version check, the conversation's row lock (an upsert of its lock row) and hourly
-- cap count, the per-sender cooldown upsert, and the audit log row (OutcomeStatements, one message).
\set n random(2, :users)
\set c random(1, 2000000000)
BEGIN;
SELECT set_config('app.user_id', md5('pulse-bench-user-' || :n)::uuid::text, true);
SELECT coalesce((SELECT version FROM auto_response.message_auto_response_rule_versions
                 WHERE user_id = md5('pulse-bench-user-' || :n)::uuid), 0);
INSERT INTO auto_response.message_auto_response_conversation_locks AS l (user_id, conversation_id, locked_at)
VALUES (md5('pulse-bench-user-' || :n)::uuid, md5(:n || '-conv-' || :c)::uuid, now())
ON CONFLICT (user_id, conversation_id) DO UPDATE SET locked_at = excluded.locked_at;
SELECT count(id) FROM auto_response.message_auto_response_log
 WHERE user_id = md5('pulse-bench-user-' || :n)::uuid AND conversation_id = md5(:n || '-conv-' || :c)::uuid
   AND status = 'sent' AND created_at >= now() - interval '1 hour';
INSERT INTO auto_response.message_auto_response_cooldowns AS c (rule_id, sender_key, user_id, last_sent_at, expires_at)
VALUES (md5(:n || '-1-' || :refund_rule)::uuid, 'id:' || md5(:n || '-sender-' || :c), md5('pulse-bench-user-' || :n)::uuid,
        now(), now() + interval '1 day')
ON CONFLICT (user_id, rule_id, sender_key) DO UPDATE SET last_sent_at = excluded.last_sent_at, expires_at = excluded.expires_at
 WHERE c.expires_at <= excluded.last_sent_at
RETURNING true;
INSERT INTO auto_response.message_auto_response_log (id, user_id, created_at, rule_id, conversation_id, message_id, sender_id,
        sender_email, sender_key, channel, status, reason, response_text, personalised, engine)
VALUES (gen_random_uuid(), md5('pulse-bench-user-' || :n)::uuid, now(), md5(:n || '-1-' || :refund_rule)::uuid,
        md5(:n || '-conv-' || :c)::uuid, gen_random_uuid(), md5(:n || '-sender-' || :c)::uuid, 'jordan@example.org',
        'id:' || md5(:n || '-sender-' || :c), 'email', 'sent', NULL,
        'Good morning, Jordan! Thanks for writing about refund. We answer within one business day.', true, 'local');
END;
