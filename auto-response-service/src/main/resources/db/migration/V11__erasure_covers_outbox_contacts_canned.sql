-- V9 (rule actions, outbound webhooks) and V10 (settings, contacts, canned responses) were written side by side, each
-- replacing V8's erase_user_batch with its own tables; applied in order, V10's version alone would remain and a user's
-- outbound webhooks and outbox rows would outlive an erasure. This version has both: the outbox before the webhooks it
-- refers to, the rules before the canned responses they refer to, and V10's removal of other users' contacts naming the
-- erased user.
create or replace function erase_user_batch(target uuid, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = auto_response, pg_temp
as $$
declare
    removed bigint;
    listed jsonb := jsonb_build_object('ids', jsonb_build_array(target::text));
    unlisted jsonb := jsonb_build_object('excludeIds', jsonb_build_array(target::text));
    rules uuid[];
begin
    removed := pulse_delete_owned_batch(target, batch_size,
        'message_auto_response_outbox', 'message_auto_response_outbound_webhooks',
        'message_auto_response_log', 'message_auto_response_cooldowns', 'message_auto_response_conversation_locks',
        'message_auto_response_webhook_deliveries', 'message_auto_responses', 'message_auto_response_canned_responses',
        'message_auto_response_contacts', 'message_auto_response_settings', 'message_auto_response_rule_versions');
    if removed > 0 then
        return removed;
    end if;
    update message_auto_response_log
       set sender_id = null, sender_email = null, sender_key = 'former-user', reply_subject = null,
           response_text = case when response_text is null then null else '' end
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
    delete from message_auto_response_contacts
     where ctid = any (array(select ctid from message_auto_response_contacts where sender_id = target limit batch_size));
    get diagnostics removed = row_count;
    if removed > 0 then
        return removed;
    end if;
    rules := array(select id from message_auto_responses
                    where conditions -> 'senders' @> listed or conditions -> 'senders' @> unlisted
                    limit batch_size for update);
    if cardinality(rules) > 0 then
        insert into message_auto_response_rule_versions as v (user_id, version)
        select owner, nextval('message_auto_response_rule_version_seq')
          from (select distinct user_id from message_auto_responses where id = any (rules) order by user_id) as o (owner)
        on conflict (user_id) do update set version = excluded.version;
        update message_auto_responses
           set conditions = erase_sender_id(erase_sender_id(conditions, 'ids', target), 'excludeIds', target)
         where id = any (rules);
        return cardinality(rules);
    end if;
    return pulse_lifecycle_erase_batch(target, batch_size);
end
$$;
revoke all on function erase_user_batch(uuid, integer) from public;
