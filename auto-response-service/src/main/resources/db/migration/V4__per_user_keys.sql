-- Every key and foreign key of a user-owned table includes user_id. PostgreSQL checks keys and foreign keys without
-- row-level security, so with a key of (id) alone a statement of user B could refer to user A's row (a cooldown for A's
-- rule, planted by B, suppressed A's first reply to that sender) or learn that one of A's ids exists (a unique violation
-- where an unknown id succeeds). With (user_id, ...) keys B's rows can refer only to B's rows, and A's ids make no
-- difference to anything B does: the same id under two users is two unrelated rows.

-- Rows that refer across users (planted before this migration) go first: a cooldown for another user's rule is
-- removed, a log row's reference to another user's rule is dropped, as the new foreign keys require.
delete from message_auto_response_cooldowns c
 where not exists (select 1 from message_auto_responses r where r.id = c.rule_id and r.user_id = c.user_id);
update message_auto_response_log l set rule_id = null
 where rule_id is not null
   and not exists (select 1 from message_auto_responses r where r.id = l.rule_id and r.user_id = l.user_id);

alter table message_auto_response_log drop constraint message_auto_response_log_rule_id_fkey;
alter table message_auto_response_cooldowns drop constraint message_auto_response_cooldowns_rule_id_fkey;

alter table message_auto_responses drop constraint message_auto_responses_pkey;
alter table message_auto_responses add constraint message_auto_responses_pkey primary key (user_id, id);

alter table message_auto_response_log drop constraint message_auto_response_log_pkey;
alter table message_auto_response_log add constraint message_auto_response_log_pkey primary key (user_id, id);
-- Deleting a rule keeps its log rows and clears only their rule_id (not their owner).
alter table message_auto_response_log add constraint message_auto_response_log_rule_fkey
    foreign key (user_id, rule_id) references message_auto_responses (user_id, id) on delete set null (rule_id);

alter table message_auto_response_cooldowns drop constraint message_auto_response_cooldowns_pkey;
alter table message_auto_response_cooldowns add constraint message_auto_response_cooldowns_pkey primary key (user_id, rule_id, sender_key);
alter table message_auto_response_cooldowns add constraint message_auto_response_cooldowns_rule_fkey
    foreign key (user_id, rule_id) references message_auto_responses (user_id, id) on delete cascade;

-- A replay is the same signed body, which names the same user: (user_id, signature) still refuses every replay.
alter table message_auto_response_webhook_deliveries drop constraint message_auto_response_webhook_deliveries_pkey;
alter table message_auto_response_webhook_deliveries add constraint message_auto_response_webhook_deliveries_pkey
    primary key (user_id, signature);
