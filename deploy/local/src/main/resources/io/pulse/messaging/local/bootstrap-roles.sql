-- Cluster-wide part of the database set-up, run by an administrator (the superuser locally, the DBA in
-- production). Idempotent. Placeholders: ${owner_role} ${owner_password} ${app_role} ${app_password}.
--
-- owner role: owns the schemas, tables and cleanup functions; Flyway migrates as it. Never used by a
--             service at run time.
-- app role:   what the services connect as. Owns nothing, cannot create roles or databases and has no
--             BYPASSRLS, so row-level security applies to everything it does.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${owner_role}') then
        create role ${owner_role} login nosuperuser nocreatedb nocreaterole nobypassrls;
    end if;
    if not exists (select 1 from pg_roles where rolname = '${app_role}') then
        create role ${app_role} login nosuperuser nocreatedb nocreaterole nobypassrls noinherit;
    end if;
end
$$;
alter role ${owner_role} password ${owner_password};
alter role ${app_role} password ${app_password};
