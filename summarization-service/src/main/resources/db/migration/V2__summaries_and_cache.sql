-- Conversation summaries (thread summaries and daily digests) and the 10-minute summary cache. Both tables hold
-- one user's rows each and are protected by forced row-level security (pulse_protect_owned_table).

create table conversation_summaries (
    id              uuid primary key,
    user_id         uuid not null,
    -- null for a daily digest over several conversations
    conversation_id uuid,
    summary_type    text not null constraint conversation_summaries_type_check check (summary_type in ('thread', 'daily_digest')),
    -- the reader's day a daily digest covers
    summary_date    date,
    time_zone       text not null constraint conversation_summaries_zone_check check (length(time_zone) between 1 and 64),
    engine          text not null constraint conversation_summaries_engine_check check (length(engine) between 1 and 64),
    summary_text    text not null,
    -- the structured result (key points, action items, decisions, open questions, participants, coverage, ...)
    content         jsonb not null constraint conversation_summaries_content_check check (jsonb_typeof(content) = 'object'),
    message_count   integer not null constraint conversation_summaries_message_count_check check (message_count >= 0),
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    constraint conversation_summaries_expiry_check check (expires_at > created_at),
    constraint conversation_summaries_thread_has_conversation check (summary_type <> 'thread' or conversation_id is not null)
);

comment on table conversation_summaries is 'Thread summaries and daily digests; kept 30 days (cleanup_expired_summaries)';

-- The list: newest first per user, optionally per conversation and type (keyset pagination on created_at, id).
create index conversation_summaries_user_created on conversation_summaries (user_id, created_at desc, id desc);
create index conversation_summaries_user_conversation on conversation_summaries (user_id, conversation_id, created_at desc, id desc);
-- The cleanup.
create index conversation_summaries_expires on conversation_summaries (expires_at);

select pulse_protect_owned_table('conversation_summaries', 'user_id', '${app_role}');

create table summary_cache (
    id          uuid primary key,
    user_id     uuid not null,
    -- SHA-256 (hex) of everything that determines the result: user, conversation, type, options, engine, messages
    cache_key   text not null constraint summary_cache_key_check check (cache_key ~ '^[0-9a-f]{64}$'),
    summary_id  uuid not null references conversation_summaries (id) on delete cascade,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    constraint summary_cache_expiry_check check (expires_at > created_at),
    constraint summary_cache_key_unique unique (user_id, cache_key)
);

comment on table summary_cache is 'Content-keyed cache of summaries; entries live 10 minutes (cleanup_expired_summaries)';

create index summary_cache_summary on summary_cache (summary_id);
create index summary_cache_expires on summary_cache (expires_at);

select pulse_protect_owned_table('summary_cache', 'user_id', '${app_role}');

-- Removes expired cache entries and expired summaries across all users; returns how many rows it removed.
-- Runs as the owner role (SECURITY DEFINER), which the maintenance policies let reach every row.
create or replace function cleanup_expired_summaries()
returns bigint
language plpgsql
security definer
set search_path = summarization, pg_temp
as $$
declare
    removed_cache bigint;
    removed_summaries bigint;
begin
    delete from summary_cache where expires_at <= now();
    get diagnostics removed_cache = row_count;
    delete from conversation_summaries where expires_at <= now();
    get diagnostics removed_summaries = row_count;
    return removed_cache + removed_summaries;
end
$$;

revoke all on function cleanup_expired_summaries() from public;
grant execute on function cleanup_expired_summaries() to ${app_role};
