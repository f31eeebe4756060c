-- Auto-response rules, the audit log of what was sent or suppressed, and the state that makes evaluation
-- loop-safe and cheap: per-rule per-sender cooldowns (the database decides who gets the one reply), a per-user
-- rules version (so every replica knows when its compiled copy is stale) and webhook deliveries seen (replays).

create table message_auto_responses (
    id                uuid        primary key,
    user_id           uuid        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    kind              text        not null default 'rule' check (kind in ('rule', 'out_of_office')),
    name              text        not null check (length(name) between 1 and 200),
    enabled           boolean     not null default true,
    priority          integer     not null default 100 check (priority between 0 and 10000),
    conditions        jsonb       not null default '{}'::jsonb check (jsonb_typeof(conditions) = 'object'),
    response_template text        not null check (length(response_template) between 1 and 5000),
    internal_template text        check (internal_template is null or length(internal_template) between 1 and 5000),
    personalise       boolean     not null default false,
    tone              text        not null default 'friendly' check (tone in ('formal', 'friendly', 'brief')),
    time_zone         text        not null default 'UTC',
    cooldown_seconds  integer     not null default 86400 check (cooldown_seconds between 0 and 31536000)
);
comment on table message_auto_responses is 'Auto-reply rules of a user, evaluated by priority (lower first), then age';
-- Evaluation loads a user's enabled rules in evaluation order: one index range scan.
create index message_auto_responses_enabled_order on message_auto_responses (user_id, priority, created_at, id) where enabled;
-- The rules list pages in evaluation order, disabled rules included.
create index message_auto_responses_order on message_auto_responses (user_id, priority, created_at, id);
-- One out-of-office rule per user.
create unique index message_auto_responses_one_out_of_office on message_auto_responses (user_id) where kind = 'out_of_office';
select pulse_protect_owned_table('message_auto_responses', 'user_id', '${app_role}');

create table message_auto_response_log (
    id              uuid        primary key,
    user_id         uuid        not null,
    created_at      timestamptz not null,
    rule_id         uuid        references message_auto_responses (id) on delete set null,
    conversation_id uuid        not null,
    message_id      uuid        not null,
    sender_id       uuid,
    sender_email    text        check (sender_email is null or length(sender_email) <= 320),
    sender_key      text        not null,
    channel         text,
    status          text        not null check (status in ('sent', 'suppressed', 'failed')),
    reason          text        check (reason is null or reason in ('auto_submitted', 'bulk_or_list', 'own_auto_reply', 'self',
                                                                    'cooldown', 'conversation_limit')),
    response_text   text,
    personalised    boolean     not null default false,
    engine          text,
    constraint message_auto_response_log_sent_has_text check (status <> 'sent' or response_text is not null),
    constraint message_auto_response_log_suppressed_has_reason check (status <> 'suppressed' or reason is not null)
);
comment on table message_auto_response_log is 'Every auto-reply sent, and every one suppressed with the reason';
create index message_auto_response_log_recent on message_auto_response_log (user_id, created_at desc, id desc);
create index message_auto_response_log_rule on message_auto_response_log (user_id, rule_id, created_at desc);
create index message_auto_response_log_conversation on message_auto_response_log (user_id, conversation_id, created_at desc);
create index message_auto_response_log_sender on message_auto_response_log (user_id, sender_key, created_at desc);
select pulse_protect_owned_table('message_auto_response_log', 'user_id', '${app_role}');

-- The one row per (rule, sender) that holds the sender's cooldown: an INSERT ... ON CONFLICT DO UPDATE ... WHERE
-- expired takes the row lock, so of two concurrent evaluations only one gets a row back and replies.
create table message_auto_response_cooldowns (
    rule_id      uuid        not null references message_auto_responses (id) on delete cascade,
    sender_key   text        not null,
    user_id      uuid        not null,
    last_sent_at timestamptz not null,
    expires_at   timestamptz not null,
    primary key (rule_id, sender_key)
);
create index message_auto_response_cooldowns_expiry on message_auto_response_cooldowns (expires_at);
select pulse_protect_owned_table('message_auto_response_cooldowns', 'user_id', '${app_role}');

-- Bumped in the same transaction as every change to a user's rules; replicas compare it with their cached copy.
create table message_auto_response_rule_versions (
    user_id uuid   primary key,
    version bigint not null
);
select pulse_protect_owned_table('message_auto_response_rule_versions', 'user_id', '${app_role}');

-- Webhook deliveries accepted, by signature, while their timestamp is within the tolerance: a replay is refused.
create table message_auto_response_webhook_deliveries (
    signature   text        primary key,
    user_id     uuid        not null,
    received_at timestamptz not null
);
create index message_auto_response_webhook_deliveries_received on message_auto_response_webhook_deliveries (received_at);
select pulse_protect_owned_table('message_auto_response_webhook_deliveries', 'user_id', '${app_role}');

-- Scheduled maintenance (any one replica, daily), callable by hand too: drops expired cooldowns and webhook
-- deliveries older than a day (far beyond the signature tolerance). The audit log is kept.
create or replace function cleanup_auto_response_state()
returns bigint
language sql
security definer
set search_path = auto_response, pg_temp
as $$
    with cooldowns as (delete from message_auto_response_cooldowns where expires_at < now() returning 1),
         deliveries as (delete from message_auto_response_webhook_deliveries where received_at < now() - interval '1 day' returning 1)
    select (select count(*) from cooldowns) + (select count(*) from deliveries)
$$;
revoke all on function cleanup_auto_response_state() from public;
grant execute on function cleanup_auto_response_state() to ${app_role};
