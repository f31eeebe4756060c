-- Issue 12: a language model may write summaries and digests, and computing one may take seconds.
--
-- Which engine made a summary is stored per summary: llm:<model> (a model name can be long: up to 200 characters),
-- local, or local-fallback with the reason the model's answer was not used.
alter table conversation_summaries drop constraint conversation_summaries_engine_check;
alter table conversation_summaries add constraint conversation_summaries_engine_check check (length(engine) between 1 and 200);
alter table conversation_summaries add column fallback_reason text;
alter table conversation_summaries add constraint conversation_summaries_fallback_reason_check
    check (fallback_reason is null or (engine = 'local-fallback' and length(fallback_reason) between 1 and 32));
comment on column conversation_summaries.fallback_reason is 'Why the local engine answered instead of the model (timeout, rate-limited, invalid-output, ...); null unless engine is local-fallback';

-- Concurrent identical requests still compute once, across replicas, but no connection is held while the engine runs:
-- the first takes a lease on (user, cache key) in a short transaction, computes outside any transaction and stores the
-- summary, its cache entry and the lease's removal in another; the others wait (polling the cache, no connection held)
-- until the result is there or the lease has expired (a holder that died), which the next one takes over. Replaces the
-- advisory transaction lock, which kept a transaction and its pooled connection open for the whole computation.
create table summary_leases (
    user_id     uuid        not null,
    -- the summary_cache key being computed
    cache_key   text        not null constraint summary_leases_key_check check (cache_key ~ '^[0-9a-f]{64}$'),
    -- who computes it: a random id per request
    holder      uuid        not null,
    -- the model's timeout and a margin after it was taken (database time: one clock for every replica)
    expires_at  timestamptz not null,
    primary key (user_id, cache_key)
);

comment on table summary_leases is 'Who is computing which cache key; a lease past expires_at may be taken over (cleanup_expired_summaries removes them)';

create index summary_leases_expires on summary_leases (expires_at);

select pulse_protect_owned_table('summary_leases', 'user_id', '${app_role}');

-- The cleanup also removes expired leases (of requests that died while computing).
create or replace function cleanup_expired_summaries()
returns bigint
language plpgsql
security definer
set search_path = summarization, pg_temp
as $$
declare
    removed_cache bigint;
    removed_summaries bigint;
    removed_leases bigint;
begin
    delete from summary_cache where expires_at <= now();
    get diagnostics removed_cache = row_count;
    delete from conversation_summaries where expires_at <= now();
    get diagnostics removed_summaries = row_count;
    delete from summary_leases where expires_at <= now();
    get diagnostics removed_leases = row_count;
    return removed_cache + removed_summaries + removed_leases;
end
$$;

revoke all on function cleanup_expired_summaries() from public;
grant execute on function cleanup_expired_summaries() to ${app_role};
