-- Evaluations of one conversation of one user are serialised (the hourly cap counts the replies sent in it) by a row lock
-- on this table instead of an advisory lock. An advisory lock's key is computable by anyone who can run SQL as the app
-- role: holding (user, conversation)'s key stalled that user's evaluations in the conversation. This row is the user's
-- own, under row-level security: no other user can read, write or lock it, and (user_id, conversation_id) as the key
-- makes another user's rows invisible to every statement of theirs.
create table message_auto_response_conversation_locks (
    user_id         uuid        not null,
    conversation_id uuid        not null,
    locked_at       timestamptz not null,
    primary key (user_id, conversation_id)
);
comment on table message_auto_response_conversation_locks is 'One row per conversation evaluated, locked by each evaluation that may reply in it';
create index message_auto_response_conversation_locks_locked on message_auto_response_conversation_locks (locked_at);
select pulse_protect_owned_table('message_auto_response_conversation_locks', 'user_id', '${app_role}');

-- The daily cleanup also drops the lock rows of conversations not evaluated for a day (a row is only a mutex: the cap
-- counts sent replies in the log).
create or replace function cleanup_auto_response_state()
returns bigint
language sql
security definer
set search_path = auto_response, pg_temp
as $$
    with cooldowns as (delete from message_auto_response_cooldowns where expires_at < now() returning 1),
         deliveries as (delete from message_auto_response_webhook_deliveries where received_at < now() - interval '1 day' returning 1),
         locks as (delete from message_auto_response_conversation_locks where locked_at < now() - interval '1 day' returning 1)
    select (select count(*) from cooldowns) + (select count(*) from deliveries) + (select count(*) from locks)
$$;
revoke all on function cleanup_auto_response_state() from public;
grant execute on function cleanup_auto_response_state() to ${app_role};
