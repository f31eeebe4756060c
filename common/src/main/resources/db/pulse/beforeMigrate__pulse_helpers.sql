-- Runs (as the owner role) before every migration of every Pulse service, in that service's schema.
-- Idempotent: it (re)creates the helpers that the services' migrations use to protect their tables, so that
-- every user-owned table is protected the same way. Placeholder ${app_role}: the role the service connects as.

-- Replicas of one service start together (a rollout) and each runs this script, which Flyway runs in one transaction
-- before it takes its own lock: re-creating the same functions at once failed with "tuple concurrently updated". The
-- first replica to get here holds this lock until its transaction ends; the others wait, then find nothing to change.
select pg_advisory_xact_lock(hashtext('pulse.beforeMigrate'));

-- (Created only when missing: "if not exists" would put a notice that the schema exists, which Flyway logs as a
-- warning, into every start.)
do $$
begin
    if not exists (select 1 from pg_namespace where nspname = '${flyway:defaultSchema}') then
        execute format('create schema %I', '${flyway:defaultSchema}');
    end if;
end
$$;

-- The app role may use the schema, and nothing else: table privileges are granted table by table below.
grant usage on schema ${flyway:defaultSchema} to ${app_role};

-- Protects a table whose rows each belong to one user:
--   * row-level security enabled and forced (so it holds even for the table's owner);
--   * policy owner_rows: the app role reaches only rows whose owner column equals app.user_id, and may only
--     write rows it would then see; with app.user_id unset or '' (the value a pooled connection keeps after
--     a transaction-local setting ends) it reaches no row at all;
--   * policy maintenance: the owner role (which migrations and SECURITY DEFINER cleanup functions run as)
--     reaches every row, so scheduled jobs can expire data across users without a superuser;
--   * select/insert/update/delete granted to the app role on this table only.
create or replace function ${flyway:defaultSchema}.pulse_protect_owned_table(target regclass, owner_column name, app_role name)
returns void
language plpgsql
-- "drop policy if exists" on a new table is expected: no notice of it in every migration's log.
set client_min_messages = warning
as $fn$
declare
    current_user_id constant text := 'nullif(current_setting(''app.user_id'', true), '''')::uuid';
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('drop policy if exists owner_rows on %s', target);
    execute format('create policy owner_rows on %s to %I using (%I = %s) with check (%I = %s)',
                   target, app_role, owner_column, current_user_id, owner_column, current_user_id);
    execute format('drop policy if exists maintenance on %s', target);
    execute format('create policy maintenance on %s to %I using (true) with check (true)', target, current_user);
    execute format('grant select, insert, update, delete on %s to %I', target, app_role);
end
$fn$;

revoke all on function ${flyway:defaultSchema}.pulse_protect_owned_table(regclass, name, name) from public;

-- ---------------------------------------------------------------------------------------------------------------
-- Data lifecycle: the audit trail, user erasure and retention, the same in every service's schema.
-- A service's migration calls pulse_create_lifecycle_tables() once; the functions below are (re)created here and
-- written in PL/pgSQL so they may name those tables before they exist.
-- ---------------------------------------------------------------------------------------------------------------

-- audit_log: an append-only trail of one user's configuration changes (the app role may insert and read its own
-- rows, never update or delete them). user_erasures: one row per erasure request, holding the erased user's id
-- only while the erasure runs. job_runs: which replica holds a scheduled job, and for which firing. The app role
-- has no privilege on the last two: it reaches them only through the SECURITY DEFINER functions below.
create or replace function ${flyway:defaultSchema}.pulse_create_lifecycle_tables(app_role name)
returns void
language plpgsql
set client_min_messages = warning
as $fn$
begin
    create table if not exists ${flyway:defaultSchema}.audit_log (
        user_id     uuid        not null,
        id          bigint      generated always as identity,
        occurred_at timestamptz not null default now(),
        actor       text        not null check (length(actor) between 1 and 200),
        action      text        not null check (action ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
        target_type text        not null check (length(target_type) between 1 and 60),
        target_id   text        check (length(target_id) <= 200),
        changes     jsonb       not null default '{}'::jsonb,
        primary key (user_id, id)
    );
    create index if not exists audit_log_occurred_at on ${flyway:defaultSchema}.audit_log (occurred_at);
    create index if not exists audit_log_actor on ${flyway:defaultSchema}.audit_log (actor);
    perform ${flyway:defaultSchema}.pulse_protect_owned_table('${flyway:defaultSchema}.audit_log', 'user_id', app_role);
    execute format('revoke update, delete on ${flyway:defaultSchema}.audit_log from %I', app_role);

    create table if not exists ${flyway:defaultSchema}.user_erasures (
        id           uuid        primary key,
        erased_user  uuid,
        requested_by text        not null check (length(requested_by) between 1 and 200),
        requested_at timestamptz not null default now(),
        state        text        not null default 'running' check (state in ('running', 'done')),
        rows_removed bigint      not null default 0 check (rows_removed >= 0),
        heartbeat_at timestamptz not null default now(),
        finished_at  timestamptz,
        check ((state = 'running') = (erased_user is not null)),
        check ((state = 'done') = (finished_at is not null))
    );
    create unique index if not exists user_erasures_running
        on ${flyway:defaultSchema}.user_erasures (erased_user) where state = 'running';
    create index if not exists user_erasures_finished on ${flyway:defaultSchema}.user_erasures (finished_at);
    create index if not exists user_erasures_requested on ${flyway:defaultSchema}.user_erasures (requested_at desc, id desc);

    create table if not exists ${flyway:defaultSchema}.job_runs (
        job         text        primary key,
        holder      text        not null,
        fired_at    timestamptz not null,
        lease_until timestamptz not null,
        finished_at timestamptz,
        removed     bigint
    );
    alter table ${flyway:defaultSchema}.user_erasures enable row level security;
    alter table ${flyway:defaultSchema}.user_erasures force row level security;
    alter table ${flyway:defaultSchema}.job_runs enable row level security;
    alter table ${flyway:defaultSchema}.job_runs force row level security;
    drop policy if exists maintenance on ${flyway:defaultSchema}.user_erasures;
    create policy maintenance on ${flyway:defaultSchema}.user_erasures to current_user using (true) with check (true);
    drop policy if exists maintenance on ${flyway:defaultSchema}.job_runs;
    create policy maintenance on ${flyway:defaultSchema}.job_runs to current_user using (true) with check (true);
end
$fn$;

revoke all on function ${flyway:defaultSchema}.pulse_create_lifecycle_tables(name) from public;

-- The batch helpers delete by ctid, which names a row only within one physical table: a partitioned table or one with
-- inheritance children would need (tableoid, ctid), so they refuse those rather than delete the wrong rows.
create or replace function ${flyway:defaultSchema}.pulse_refuse_inherited(target regclass)
returns void
language plpgsql
as $fn$
begin
    if exists (select 1 from pg_inherits where inhparent = target) or exists (select 1 from pg_class where oid = target and relkind = 'p') then
        raise exception 'the lifecycle batch helpers do not handle partitioned or inherited tables: %', target;
    end if;
end
$fn$;

revoke all on function ${flyway:defaultSchema}.pulse_refuse_inherited(regclass) from public;

-- Deletes at most batch_size rows of target whose owner_column is value: one short statement, no table lock.
-- Not callable by the app role; a service's SECURITY DEFINER erase function calls it for each of its tables.
create or replace function ${flyway:defaultSchema}.pulse_delete_batch(target regclass, owner_column name, value uuid, batch_size integer)
returns bigint
language plpgsql
as $fn$
declare
    removed bigint;
begin
    perform ${flyway:defaultSchema}.pulse_refuse_inherited(target);
    execute format('delete from %s where ctid = any (array(select ctid from %s where %I = $1 limit $2))',
                   target, target, owner_column) using value, batch_size;
    get diagnostics removed = row_count;
    return removed;
end
$fn$;

revoke all on function ${flyway:defaultSchema}.pulse_delete_batch(regclass, name, uuid, integer) from public;

-- One batch of a user's own rows over several tables, in the order given (children before their parents): deletes at
-- most batch_size rows of the first table that still has rows whose user_id is value, and answers how many; 0 when
-- none of the tables has any. A service's erase_user_batch starts with it.
create or replace function ${flyway:defaultSchema}.pulse_delete_owned_batch(value uuid, batch_size integer, variadic tables regclass[])
returns bigint
language plpgsql
as $fn$
declare
    target regclass;
    removed bigint;
begin
    foreach target in array tables loop
        removed := ${flyway:defaultSchema}.pulse_delete_batch(target, 'user_id', value, batch_size);
        if removed > 0 then
            return removed;
        end if;
    end loop;
    return 0;
end
$fn$;

revoke all on function ${flyway:defaultSchema}.pulse_delete_owned_batch(uuid, integer, regclass[]) from public;

-- Deletes at most batch_size rows of target whose time_column is before older_than (rows where it is null stay).
create or replace function ${flyway:defaultSchema}.pulse_delete_older_batch(target regclass, time_column name, older_than timestamptz, batch_size integer)
returns bigint
language plpgsql
as $fn$
declare
    removed bigint;
begin
    perform ${flyway:defaultSchema}.pulse_refuse_inherited(target);
    -- Rows that carry their own expiry go once it has passed (by the database's clock, whatever the caller's says);
    -- any other time column is an age, and a retention under an hour is refused: a misconfigured (or forged) call
    -- cannot empty a table of every user's rows at once.
    if time_column = 'expires_at' then
        older_than := least(older_than, now());
    elsif older_than > now() - interval '1 hour' then
        raise exception 'retention of %.% refused: it would remove rows newer than the shortest retention (1 hour)',
            target, time_column using errcode = '22023';
    end if;
    execute format('delete from %s where ctid = any (array(select ctid from %s where %I < $1 limit $2))',
                   target, target, time_column) using older_than, batch_size;
    get diagnostics removed = row_count;
    return removed;
end
$fn$;

revoke all on function ${flyway:defaultSchema}.pulse_delete_older_batch(regclass, name, timestamptz, integer) from public;

-- The lifecycle tables' share of a service's retention_batch(kind, older_than, batch_size): 'audit_log' (entries
-- older than older_than) and 'user_erasures' (finished erasure records). A service's function ends with a call to it.
create or replace function ${flyway:defaultSchema}.pulse_lifecycle_retention_batch(kind text, older_than timestamptz, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = ${flyway:defaultSchema}, pg_temp
as $fn$
begin
    if kind = 'audit_log' then
        return pulse_delete_older_batch('audit_log', 'occurred_at', older_than, batch_size);
    elsif kind = 'user_erasures' then
        return pulse_delete_older_batch('user_erasures', 'finished_at', older_than, batch_size);
    end if;
    raise exception 'unknown retention kind: %', kind using errcode = '22023';
end
$fn$;

revoke all on function ${flyway:defaultSchema}.pulse_lifecycle_retention_batch(text, timestamptz, integer) from public;

-- The lifecycle tables' share of a service's erase_user_batch(target, batch_size): the user's own audit entries
-- go, and where the user acted in another user's trail the actor becomes 'former-user'.
create or replace function ${flyway:defaultSchema}.pulse_lifecycle_erase_batch(target uuid, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = ${flyway:defaultSchema}, pg_temp
as $fn$
declare
    removed bigint;
begin
    removed := pulse_delete_batch('audit_log', 'user_id', target, batch_size);
    if removed > 0 then
        return removed;
    end if;
    update audit_log set actor = 'former-user'
     where ctid = any (array(select ctid from audit_log where actor = 'user:' || target::text limit batch_size));
    get diagnostics removed = row_count;
    return removed;
end
$fn$;

revoke all on function ${flyway:defaultSchema}.pulse_lifecycle_erase_batch(uuid, integer) from public;

-- Takes the job for one firing of its schedule: only when no replica holds an unexpired lease and no replica has
-- taken this firing (or a later one) already. True when this caller now holds it.
create or replace function ${flyway:defaultSchema}.pulse_job_acquire(job_name text, holder_id text, fired timestamptz, lease interval)
returns boolean
language plpgsql
security definer
set search_path = ${flyway:defaultSchema}, pg_temp
as $fn$
declare
    taken integer;
begin
    insert into job_runs as r (job, holder, fired_at, lease_until)
    values (job_name, holder_id, fired, now() + lease)
    on conflict (job) do update
       set holder = excluded.holder, fired_at = excluded.fired_at, lease_until = excluded.lease_until,
           finished_at = null, removed = null
     where r.lease_until < now() and r.fired_at < excluded.fired_at;
    get diagnostics taken = row_count;
    return taken = 1;
end
$fn$;

-- Extends the holder's lease; false when the lease was lost (expired and taken by another replica).
create or replace function ${flyway:defaultSchema}.pulse_job_renew(job_name text, holder_id text, lease interval)
returns boolean
language plpgsql
security definer
set search_path = ${flyway:defaultSchema}, pg_temp
as $fn$
declare
    renewed integer;
begin
    update job_runs set lease_until = now() + lease where job = job_name and holder = holder_id and finished_at is null;
    get diagnostics renewed = row_count;
    return renewed = 1;
end
$fn$;

-- Ends the holder's run: the lease is released at once and the count of rows removed kept for operators.
create or replace function ${flyway:defaultSchema}.pulse_job_release(job_name text, holder_id text, removed_rows bigint)
returns void
language plpgsql
security definer
set search_path = ${flyway:defaultSchema}, pg_temp
as $fn$
begin
    update job_runs set lease_until = now(), finished_at = now(), removed = removed_rows
     where job = job_name and holder = holder_id;
end
$fn$;

-- Starts erasing a user, or joins the erasure of that user already running: its id, and whether this call started it.
-- (A conflicting insert means another erasure of the user runs; should it finish before this call reads it, the loop
-- tries the insert again, so a row is always answered.)
create or replace function ${flyway:defaultSchema}.pulse_erasure_begin(target uuid, requester text)
returns table (erasure_id uuid, started boolean)
language plpgsql
security definer
set search_path = ${flyway:defaultSchema}, pg_temp
as $fn$
declare
    created uuid := gen_random_uuid();
begin
    loop
        insert into user_erasures (id, erased_user, requested_by) values (created, target, requester)
        on conflict (erased_user) where state = 'running' do nothing;
        return query select e.id, e.id = created from user_erasures e where e.erased_user = target and e.state = 'running';
        if found then
            return;
        end if;
    end loop;
end
$fn$;

-- One batch of a running erasure: calls the schema's erase_user_batch(user, batch_size) as the owner role for the
-- user the erasure record names, adds the count to the record and renews its heartbeat; when a batch finds nothing
-- left, the record is marked done and the user's id leaves it (what stays: who asked, when, how many rows). Returns
-- the rows removed, 0 once done (or when the erasure is not running). The app role may run erasures only this way:
-- it is not granted erase_user_batch itself, so every erasure has a record. Lock waits of up to 30 s are allowed
-- here (a request's are 3 s): a batch waits for a user's transaction in flight rather than failing.
create or replace function ${flyway:defaultSchema}.pulse_erasure_batch(erasure uuid, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = ${flyway:defaultSchema}, pg_temp
set lock_timeout = '30s'
as $fn$
declare
    target uuid;
    removed bigint;
begin
    select e.erased_user into target from user_erasures e where e.id = erasure and e.state = 'running';
    if target is null then
        return 0;
    end if;
    execute 'select erase_user_batch($1, $2)' into removed using target, batch_size;
    if removed > 0 then
        update user_erasures set rows_removed = rows_removed + removed, heartbeat_at = now() where id = erasure;
    else
        update user_erasures set state = 'done', erased_user = null, finished_at = now(), heartbeat_at = now()
         where id = erasure and state = 'running';
    end if;
    return removed;
end
$fn$;

-- An erasure's record, for its status URL.
create or replace function ${flyway:defaultSchema}.pulse_erasure_status(erasure uuid)
returns table (state text, rows_removed bigint, requested_by text, requested_at timestamptz, finished_at timestamptz)
language plpgsql
security definer
set search_path = ${flyway:defaultSchema}, pg_temp
as $fn$
begin
    return query select e.state, e.rows_removed, e.requested_by, e.requested_at, e.finished_at
                   from user_erasures e where e.id = erasure;
end
$fn$;

-- The erasure records, newest first, after (before_at, before_id) when given: what an operator audits.
create or replace function ${flyway:defaultSchema}.pulse_erasure_list(before_at timestamptz, before_id uuid, most integer)
returns table (id uuid, state text, rows_removed bigint, requested_by text, requested_at timestamptz, finished_at timestamptz)
language plpgsql
security definer
set search_path = ${flyway:defaultSchema}, pg_temp
as $fn$
begin
    return query select e.id, e.state, e.rows_removed, e.requested_by, e.requested_at, e.finished_at
                   from user_erasures e
                  where before_at is null or (e.requested_at, e.id) < (before_at, before_id)
                  order by e.requested_at desc, e.id desc
                  limit most;
end
$fn$;

-- Running erasures whose replica has not reported for longer than stale (it died or lost its database connection):
-- each is claimed for the caller (its heartbeat renewed) so that one replica carries it on.
create or replace function ${flyway:defaultSchema}.pulse_erasure_claim_stale(stale interval, most integer)
returns table (erasure_id uuid, erased_user uuid)
language plpgsql
security definer
set search_path = ${flyway:defaultSchema}, pg_temp
as $fn$
begin
    return query
    update user_erasures e set heartbeat_at = now()
     where e.id in (select s.id from user_erasures s
                     where s.state = 'running' and s.heartbeat_at < now() - stale
                     order by s.heartbeat_at limit most for update skip locked)
    returning e.id, e.erased_user;
end
$fn$;

-- Replaced by pulse_erasure_batch before any release (the app role no longer moves a record on its own).
drop function if exists ${flyway:defaultSchema}.pulse_erasure_progress(uuid, bigint);
drop function if exists ${flyway:defaultSchema}.pulse_erasure_finish(uuid);

do $$
declare
    fn text;
begin
    foreach fn in array array['pulse_job_acquire(text, text, timestamptz, interval)', 'pulse_job_renew(text, text, interval)',
                              'pulse_job_release(text, text, bigint)', 'pulse_erasure_begin(uuid, text)',
                              'pulse_erasure_batch(uuid, integer)',
                              'pulse_erasure_status(uuid)', 'pulse_erasure_list(timestamptz, uuid, integer)',
                              'pulse_erasure_claim_stale(interval, integer)'] loop
        execute format('revoke all on function ${flyway:defaultSchema}.%s from public', fn);
        execute format('grant execute on function ${flyway:defaultSchema}.%s to ${app_role}', fn);
    end loop;
end
$$;
