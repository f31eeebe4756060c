-- Data lifecycle (issue 17): the audit trail, user erasure and retention, in batches.
-- The shared tables (audit_log, user_erasures, job_runs) come from the common helper; this schema adds the two
-- functions the common lifecycle code calls: erase_user_batch() and retention_batch(), which replaces
-- cleanup_auto_response_state().
select pulse_create_lifecycle_tables('${app_role}');

-- Erasure finds a sender's traces in other users' rows by the sender's id: the log by sender_id, cooldowns by
-- sender_key ('id:<uuid>' for a sender with an id, see IncomingMessage.senderKey). Neither index existed (both tables'
-- indexes lead with the owner's user_id).
create index message_auto_response_log_sender_id on message_auto_response_log (sender_id) where sender_id is not null;
create index message_auto_response_cooldowns_sender on message_auto_response_cooldowns (sender_key);
-- Retention removes log rows by age across users.
create index message_auto_response_log_created on message_auto_response_log (created_at);

-- Rules versions come from one sequence rather than counting from 1 per user: an erasure deletes the user's version
-- row, and a replica still holding the user's rules compiled at version n must never see a later version n again
-- (it would keep serving the erased rules). Versions only ever grow, across erasures too.
create sequence message_auto_response_rule_version_seq;
select setval('message_auto_response_rule_version_seq', greatest((select max(version) from message_auto_response_rule_versions), 1));
grant usage on sequence message_auto_response_rule_version_seq to ${app_role};

drop function if exists cleanup_auto_response_state();

-- Removes at most batch_size rows of the user per call: their log (children of rules) and cooldowns first, then the
-- evaluation state, then their rules (the out-of-office rule included); then their traces in other users' rows (a log
-- row whose sender they were keeps the owner's decision, status and reply, loses who sent it; a cooldown keyed to them
-- goes); then the audit trail (common). Answers the count of the first step that had rows, 0 when nothing is left.
create or replace function erase_user_batch(target uuid, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = auto_response, pg_temp
as $$
declare
    removed bigint;
begin
    removed := pulse_delete_owned_batch(target, batch_size,
        'message_auto_response_log', 'message_auto_response_cooldowns', 'message_auto_response_conversation_locks',
        'message_auto_response_webhook_deliveries', 'message_auto_response_rule_versions', 'message_auto_responses');
    if removed > 0 then
        return removed;
    end if;
    update message_auto_response_log
       set sender_id = null, sender_email = null, sender_key = 'former-user', reply_subject = null
     where ctid = any (array(select ctid from message_auto_response_log where sender_id = target limit batch_size));
    get diagnostics removed = row_count;
    if removed > 0 then
        return removed;
    end if;
    delete from message_auto_response_cooldowns
     where ctid = any (array(select ctid from message_auto_response_cooldowns where sender_key = 'id:' || target::text limit batch_size));
    get diagnostics removed = row_count;
    if removed > 0 then
        return removed;
    end if;
    return pulse_lifecycle_erase_batch(target, batch_size);
end
$$;
revoke all on function erase_user_batch(uuid, integer) from public;
grant execute on function erase_user_batch(uuid, integer) to ${app_role};

-- One kind per table with a retention (the kind is the table's name), batch by batch, across users.
create or replace function retention_batch(kind text, older_than timestamptz, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = auto_response, pg_temp
as $$
begin
    if kind = 'message_auto_response_log' then
        return pulse_delete_older_batch('message_auto_response_log', 'created_at', older_than, batch_size);
    elsif kind = 'message_auto_response_webhook_deliveries' then
        return pulse_delete_older_batch('message_auto_response_webhook_deliveries', 'received_at', older_than, batch_size);
    elsif kind = 'message_auto_response_cooldowns' then
        return pulse_delete_older_batch('message_auto_response_cooldowns', 'expires_at', older_than, batch_size);
    elsif kind = 'message_auto_response_conversation_locks' then
        return pulse_delete_older_batch('message_auto_response_conversation_locks', 'locked_at', older_than, batch_size);
    end if;
    return pulse_lifecycle_retention_batch(kind, older_than, batch_size);
end
$$;
revoke all on function retention_batch(text, timestamptz, integer) from public;
grant execute on function retention_batch(text, timestamptz, integer) to ${app_role};
