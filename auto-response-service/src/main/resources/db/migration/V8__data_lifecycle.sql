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
-- Erasure finds other users' rules naming the erased user among their senders (conditions.senders.ids or excludeIds)
-- with @> on this index.
create index message_auto_responses_senders on message_auto_responses using gin ((conditions -> 'senders') jsonb_path_ops);
-- Retention removes log rows by age across users.
create index message_auto_response_log_created on message_auto_response_log (created_at);

-- Rules versions come from one sequence rather than counting from 1 per user: an erasure deletes the user's version
-- row, and a replica still holding the user's rules compiled at version n must never see a later version n again
-- (it would keep serving the erased rules). Versions only ever grow, across erasures too.
create sequence message_auto_response_rule_version_seq;
select setval('message_auto_response_rule_version_seq', greatest((select max(version) from message_auto_response_rule_versions), 1));
grant usage on sequence message_auto_response_rule_version_seq to ${app_role};

drop function if exists cleanup_auto_response_state();

-- conditions with every occurrence of the id target in senders.<list> (ids or excludeIds) replaced by the nil UUID, a
-- sender id no user has, so the rule still answers (or excludes) exactly the senders it did; the list's order and
-- everything else stay.
create or replace function erase_sender_id(conditions jsonb, list text, target uuid)
returns jsonb
language sql
immutable
set search_path = auto_response, pg_temp
as $$
    select case when jsonb_typeof(conditions #> array['senders', list]) = 'array'
                then jsonb_set(conditions, array['senders', list],
                               (select coalesce(jsonb_agg(case when e = to_jsonb(target::text)
                                                               then to_jsonb('00000000-0000-0000-0000-000000000000'::text)
                                                               else e end order by n), '[]'::jsonb)
                                  from jsonb_array_elements(conditions #> array['senders', list]) with ordinality as a(e, n)))
                else conditions end
$$;
revoke all on function erase_sender_id(jsonb, text, uuid) from public;

-- Removes at most batch_size rows of the user per call: their log (children of rules) and cooldowns first, then the
-- evaluation state, then their rules (the out-of-office rule included), and their rules version row last (while
-- rules remain, the version row stays, so a replica that compiled some of them sees a changed version once it goes);
-- then their traces in other users' rows: a log row whose sender they were keeps the owner's decision and status,
-- loses who sent it and the reply (rendered for that sender: their name, address, their words), leaving '' for a
-- reply that was sent; a cooldown keyed to them goes; another user's rule listing their id among its senders (ids or
-- excludeIds) gets the nil UUID in its place, and its owner's rules version is bumped so every replica recompiles it;
-- then the audit trail (common). Answers the count of the first step that had rows, 0 when nothing is left.
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
        'message_auto_response_log', 'message_auto_response_cooldowns', 'message_auto_response_conversation_locks',
        'message_auto_response_webhook_deliveries', 'message_auto_responses', 'message_auto_response_rule_versions');
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
    rules := array(select id from message_auto_responses
                    where conditions -> 'senders' @> listed or conditions -> 'senders' @> unlisted
                    limit batch_size for update);
    if cardinality(rules) > 0 then
        -- The owners' versions first, as RuleCache.changed does: the version row's lock orders this change against
        -- evaluations recording an outcome.
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
