-- A user-owned table, protected the way every service protects its tables.
create table notes (
    id         uuid primary key,
    user_id    uuid not null,
    created_at timestamptz not null,
    title      text not null,
    body       text,
    constraint notes_title_unique_per_user unique (user_id, title)
);
create index notes_user_created on notes (user_id, created_at desc, id desc);

select pulse_protect_owned_table('notes', 'user_id', '${app_role}');

-- A cleanup function in the suite's style: SECURITY DEFINER, owned by the owner role, removing rows across users.
create or replace function cleanup_doomed_notes()
returns bigint
language sql
security definer
set search_path = common_test, pg_temp
as $$
    with gone as (delete from notes where title like 'doomed%' returning 1)
    select count(*) from gone
$$;
revoke all on function cleanup_doomed_notes() from public;
grant execute on function cleanup_doomed_notes() to ${app_role};
