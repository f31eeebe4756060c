-- Issue 17: the data lifecycle. The shared tables (audit_log, user_erasures, job_runs), the erasure of one user in
-- batches, and retention in batches by kind, replacing cleanup_expired_summaries() (one statement per table over
-- every expired row at once).
select pulse_create_lifecycle_tables('${app_role}');

drop function if exists cleanup_expired_summaries();

-- Erasure finds other users' summaries in which the erased user took part (content's participants, by id) with @>.
create index conversation_summaries_participants on conversation_summaries
    using gin ((content -> 'participants') jsonb_path_ops);

-- Erases one user, at most batch_size rows per call: their leases first (a computation of theirs still running, on any
-- replica, then finds its lease gone and stores nothing: SummaryCache.store), then children before parents (a cache
-- entry points at its summary), the summaries; then other users' summaries and digests in which this user took part
-- (content.participants names their id): derived documents quoting or naming them, which cannot be rewritten
-- soundly, so they go with their cache entries (on delete cascade) and their owner asks for them again; then the
-- user's audit entries (pulse_lifecycle_erase_batch). Returns the count of the first step that had rows, 0 once
-- nothing of the user is left. Each call looks at the leases again first, so a lease taken meanwhile goes too.
create or replace function erase_user_batch(target uuid, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = summarization, pg_temp
as $$
declare
    removed bigint;
begin
    removed := pulse_delete_owned_batch(target, batch_size, 'summary_leases', 'summary_cache', 'conversation_summaries');
    if removed > 0 then
        return removed;
    end if;
    delete from conversation_summaries
     where ctid = any (array(select ctid from conversation_summaries
                              where content -> 'participants' @> jsonb_build_array(jsonb_build_object('id', target::text))
                              limit batch_size));
    get diagnostics removed = row_count;
    if removed > 0 then
        return removed;
    end if;
    return pulse_lifecycle_erase_batch(target, batch_size);
end
$$;
revoke all on function erase_user_batch(uuid, integer) from public;

-- Removes at most batch_size rows of one kind past their retention. The three tables carry their own expiry
-- (expires_at, set at insert from pulse.summarization.retention and cache-ttl, or the lease's length), compared with
-- older_than (now, for Retention.expired). A summary's cache entries go with it (on delete cascade), but they expire
-- minutes after it was made, so summary_cache runs first and the cascade finds nothing left.
create or replace function retention_batch(kind text, older_than timestamptz, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = summarization, pg_temp
as $$
begin
    if kind = 'summary_cache' then
        return pulse_delete_older_batch('summary_cache', 'expires_at', older_than, batch_size);
    elsif kind = 'conversation_summaries' then
        return pulse_delete_older_batch('conversation_summaries', 'expires_at', older_than, batch_size);
    elsif kind = 'summary_leases' then
        return pulse_delete_older_batch('summary_leases', 'expires_at', older_than, batch_size);
    end if;
    return pulse_lifecycle_retention_batch(kind, older_than, batch_size);
end
$$;
revoke all on function retention_batch(text, timestamptz, integer) from public;
grant execute on function retention_batch(text, timestamptz, integer) to ${app_role};

comment on table conversation_summaries is 'Thread summaries and daily digests; kept 30 days (expires_at; retention_batch kind conversation_summaries)';
comment on table summary_cache is 'Content-keyed cache of summaries; entries live 10 minutes (expires_at; retention_batch kind summary_cache)';
comment on table summary_leases is 'Who is computing which cache key; a lease past expires_at may be taken over (retention_batch kind summary_leases removes it)';
