-- auto-response rule list: the first page of a user's rules in evaluation order (one more row for the cursor).
\set n random(2, :users)
BEGIN;
SELECT set_config('app.user_id', md5('pulse-bench-user-' || :n)::uuid::text, true);
SELECT * FROM auto_response.message_auto_responses
 WHERE user_id = md5('pulse-bench-user-' || :n)::uuid
 ORDER BY priority, created_at, id LIMIT 51;
END;
