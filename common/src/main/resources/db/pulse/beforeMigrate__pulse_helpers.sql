-- Runs (as the owner role) before every migration of every Pulse service, in that service's schema.
-- Idempotent: it (re)creates the helpers that the services' migrations use to protect their tables, so that
-- every user-owned table is protected the same way. Placeholder ${app_role}: the role the service connects as.

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
