-- auto-response evaluate that matches no rule: the compiled rules are cached per user, so the database work is
-- the per-user rules version check (is the cached copy still current?) in a transaction bound to the user.
\set n random(2, :users)
BEGIN;
SELECT set_config('app.user_id', md5('pulse-bench-user-' || :n)::uuid::text, true);
SELECT coalesce((SELECT version FROM auto_response.message_auto_response_rule_versions
                 WHERE user_id = md5('pulse-bench-user-' || :n)::uuid), 0);
END;
