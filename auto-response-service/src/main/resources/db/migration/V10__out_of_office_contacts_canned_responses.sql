-- Issue 18, out-of-office as Gmail and Outlook have it, and canned responses:
--  * the user's own domains (senders from them are internal without the caller saying so);
--  * the user's known contacts (a sender listed by id or address is a known contact);
--  * canned responses: saved replies that rules may reference instead of a template of their own.
-- Every table is owned by user_id, its keys include user_id (per-user keys, V4), and erase_user_batch removes its rows.

create table message_auto_response_settings (
    id               uuid        not null,
    user_id          uuid        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    -- A JSON array of lower-case domain names, as text (the reactive client maps jsonb to objects only).
    internal_domains text        not null default '[]' check (jsonb_typeof(internal_domains::jsonb) = 'array'
                                                               and jsonb_array_length(internal_domains::jsonb) <= 100),
    primary key (user_id, id)
);
comment on table message_auto_response_settings is 'One row per user: their own domains (lower case; subdomains included)';
create unique index message_auto_response_settings_one on message_auto_response_settings (user_id);
select pulse_protect_owned_table('message_auto_response_settings', 'user_id', '${app_role}');

create table message_auto_response_contacts (
    id         uuid        not null,
    user_id    uuid        not null,
    created_at timestamptz not null,
    email      text        check (email is null or (char_length(email) between 3 and 320 and email = lower(email))),
    sender_id  uuid,
    name       text        check (name is null or char_length(name) between 1 and 200),
    constraint message_auto_response_contacts_identified check (email is not null or sender_id is not null),
    primary key (user_id, id)
);
comment on table message_auto_response_contacts is 'Senders the user knows: a sender with this id or address is a known contact';
create unique index message_auto_response_contacts_email on message_auto_response_contacts (user_id, email) where email is not null;
create unique index message_auto_response_contacts_sender on message_auto_response_contacts (user_id, sender_id) where sender_id is not null;
-- The list pages newest first; search is by address or name prefix.
create index message_auto_response_contacts_recent on message_auto_response_contacts (user_id, created_at desc, id desc);
create index message_auto_response_contacts_name on message_auto_response_contacts (user_id, lower(name) text_pattern_ops);
create index message_auto_response_contacts_email_prefix on message_auto_response_contacts (user_id, email text_pattern_ops);
-- Erasure finds other users' contacts naming the erased user by id.
create index message_auto_response_contacts_sender_any on message_auto_response_contacts (sender_id) where sender_id is not null;
select pulse_protect_owned_table('message_auto_response_contacts', 'user_id', '${app_role}');

create table message_auto_response_canned_responses (
    id         uuid        not null,
    user_id    uuid        not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    name       text        not null check (char_length(name) between 1 and 200),
    template   text        not null check (char_length(template) between 1 and 5000),
    tags       text        not null default '[]' check (jsonb_typeof(tags::jsonb) = 'array'),
    primary key (user_id, id)
);
comment on table message_auto_response_canned_responses is 'Saved replies (templates) of a user, which rules may reference';
create index message_auto_response_canned_responses_recent on message_auto_response_canned_responses (user_id, created_at desc, id desc);
select pulse_protect_owned_table('message_auto_response_canned_responses', 'user_id', '${app_role}');

-- A rule answering with a canned response keeps a copy of its template in response_template (what evaluation compiles);
-- a change to the canned response rewrites the copies and bumps the owner's rules version in the same transaction.
-- A canned response in use cannot be deleted (no action): the API answers 409 naming the rules.
alter table message_auto_responses add column canned_response_id uuid;
alter table message_auto_responses add constraint message_auto_responses_canned_fkey
    foreign key (user_id, canned_response_id) references message_auto_response_canned_responses (user_id, id);
create index message_auto_responses_canned on message_auto_responses (user_id, canned_response_id) where canned_response_id is not null;

-- As in V8, with the new tables: a user's rules go before their canned responses (the rules reference them), their
-- contacts and settings with the rest; other users' contacts naming the erased user by id go (a contact is who the
-- erased user is, not a decision of its owner's to keep).
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
