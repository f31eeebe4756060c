-- The conversations overview (issue 18): what a support lead sorts and filters the user's conversations by, kept on the
-- conversation's row so that each sort reads one index in order.
--   title, channel           what the client said the conversation is (at analysis time; the latest given wins)
--   sentiment_trend, _delta  the sentiment's direction over the trend window (engine/SentimentTrendAnalyzer), computed
--                            by each analysis over the messages its insight covers
--   open_follow_ups,         how many of the insight's follow-ups are neither done nor dismissed, and since when the
--   oldest_open_follow_up_at oldest of them waits; set by each analysis and each follow-up status change, both under
--                            the row's lock
alter table conversation_intelligence
    add column title text check (length(title) between 1 and 200 and title = btrim(title)),
    add column channel text check (channel ~ '^[a-z0-9][a-z0-9_.-]{0,31}$'),
    add column sentiment_trend text not null default 'insufficient_data'
        check (sentiment_trend in ('improving', 'stable', 'declining', 'insufficient_data')),
    add column sentiment_delta double precision not null default 0 check (sentiment_delta between -2 and 2),
    add column open_follow_ups integer not null default 0 check (open_follow_ups >= 0),
    add column oldest_open_follow_up_at timestamptz;

-- Rows analysed before this migration: every follow-up of their insight is open (nobody could close one yet); their
-- trend stays insufficient_data until their next analysis.
update conversation_intelligence c
   set open_follow_ups = f.open, oldest_open_follow_up_at = f.oldest
  from (select c2.user_id, c2.id, count(*) as open,
               min(case when jsonb_typeof(x->'since') = 'string' then (x->>'since')::timestamptz end) as oldest
          from conversation_intelligence c2, jsonb_array_elements(c2.insight->'followUps') x
         where jsonb_typeof(c2.insight->'followUps') = 'array'
         group by c2.user_id, c2.id) f
 where c.user_id = f.user_id and c.id = f.id;

-- One index per sort of the overview (sentiment sorts on conversation_intelligence_most_negative, V2); each is read
-- forwards or backwards, keyset after (key, id).
create index conversation_intelligence_last_activity on conversation_intelligence (user_id, last_message_at, id);
create index conversation_intelligence_trend on conversation_intelligence (user_id, sentiment_delta, id);
create index conversation_intelligence_open_follow_ups on conversation_intelligence (user_id, open_follow_ups, id);

-- A follow-up the user marked done or dismissed (or open again). The id is the follow-up's own, derived from the
-- conversation, the follow-up's type and its message (FollowUpIds), so a follow-up found again by a later analysis keeps
-- its status. Removed with its conversation (erasure, retention) by the foreign key, and erased explicitly before it.
create table follow_up_state (
    id               uuid not null,
    user_id          uuid not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    conversation_id  uuid not null,
    message_id       text not null check (length(message_id) between 1 and 128),
    type             text not null check (type in ('unanswered_question', 'pending_request', 'stalled_thread')),
    status           text not null check (status in ('open', 'done', 'dismissed')),
    constraint follow_up_state_pkey primary key (user_id, id),
    constraint follow_up_state_conversation foreign key (user_id, conversation_id)
        references conversation_intelligence (user_id, conversation_id) on delete cascade
);
create index follow_up_state_conversation on follow_up_state (user_id, conversation_id);
select pulse_protect_owned_table('follow_up_state', 'user_id', '${app_role}');

-- Erasure (V7's, unchanged but for the new table, erased before the conversations it belongs to).
create or replace function erase_user_batch(target uuid, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = intelligence, pg_temp
as $$
declare
    removed bigint;
begin
    removed := pulse_delete_owned_batch(target, batch_size,
        'sentiment_history', 'topic_detection_history', 'follow_up_state', 'conversation_intelligence', 'saved_topic');
    if removed > 0 then
        return removed;
    end if;
    removed := erase_sent_messages_batch(target, batch_size);
    if removed > 0 then
        return removed;
    end if;
    removed := erase_awaited_batch(target, batch_size);
    if removed > 0 then
        return removed;
    end if;
    return pulse_lifecycle_erase_batch(target, batch_size);
end
$$;
revoke all on function erase_user_batch(uuid, integer) from public;
