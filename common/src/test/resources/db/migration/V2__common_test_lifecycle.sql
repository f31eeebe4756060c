-- The data lifecycle the way every service sets it up: the shared tables, and the two functions the common
-- lifecycle code calls (erase_user_batch, retention_batch), here over notes.
select pulse_create_lifecycle_tables('${app_role}');

create or replace function erase_user_batch(target uuid, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = common_test, pg_temp
as $$
declare
    removed bigint;
begin
    removed := pulse_delete_owned_batch(target, batch_size, 'notes');
    if removed > 0 then
        return removed;
    end if;
    return pulse_lifecycle_erase_batch(target, batch_size);
end
$$;
revoke all on function erase_user_batch(uuid, integer) from public;

create or replace function retention_batch(kind text, older_than timestamptz, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = common_test, pg_temp
as $$
begin
    if kind = 'notes' then
        return pulse_delete_older_batch('notes', 'created_at', older_than, batch_size);
    end if;
    return pulse_lifecycle_retention_batch(kind, older_than, batch_size);
end
$$;
revoke all on function retention_batch(text, timestamptz, integer) from public;
grant execute on function retention_batch(text, timestamptz, integer) to ${app_role};
