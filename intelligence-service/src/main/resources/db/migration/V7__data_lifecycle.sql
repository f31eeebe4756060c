-- Data lifecycle (issue 17): the shared audit trail, erasure and job tables, then this schema's two functions that
-- common's UserErasure and RetentionJob call batch by batch (each call one short statement per table, no table lock).
select pulse_create_lifecycle_tables('${app_role}');

-- An erased user's traces in other users' history: a message they sent in someone else's conversation keeps its
-- metrics (it is that user's record of their own conversation) but not who sent it nor what it said.
create index sentiment_history_sender on sentiment_history (sender_id);
create index sentiment_history_follow_up_owner on sentiment_history (follow_up_owner) where follow_up_owner is not null;
-- Retention of conversations not analysed for a while (updated_at is set by every analysis).
create index conversation_intelligence_updated on conversation_intelligence (updated_at);

-- An erased user in another user's conversation document (the insight and recent_sentiment JSON, derived from the
-- conversation's messages): their participant id and the sender id of their messages become 'former-user' (one
-- pseudonym for every erased user: two erased users of one conversation become one participant), their names go, their
-- waiting messages lose excerpt and suggested text, a follow-up expected of them names 'former-user', and the words of
-- their messages (sentiment signals, topic keywords) leave the conversation's signal summary and topic keywords.
-- A suggested text naming them (by their name or its first word) goes too.
create or replace function forget_in_insight(doc jsonb, target text, messages text[], names text[], words text[])
returns jsonb
language plpgsql
immutable
set search_path = intelligence, pg_temp
as $$
declare
    firsts text[] := array(select lower(n) from unnest(names) n
                            union select lower(split_part(n, ' ', 1)) from unnest(names) n where length(split_part(n, ' ', 1)) >= 2);
begin
    if jsonb_typeof(doc->'participants') = 'array' then
        doc := jsonb_set(doc, '{participants}', (select coalesce(jsonb_agg(case when p->>'id' = target
                    then p || '{"id": "former-user", "name": null}' else p end order by n), '[]')
              from jsonb_array_elements(doc->'participants') with ordinality as e(p, n)));
    end if;
    if jsonb_typeof(doc->'followUps') = 'array' then
        doc := jsonb_set(doc, '{followUps}', (select coalesce(jsonb_agg(f
                    || case when f->>'senderId' = target or f->>'messageId' = any(messages)
                            then '{"senderId": "former-user", "senderName": null, "excerpt": "", "suggestedText": null}'::jsonb
                            when exists (select 1 from unnest(firsts) x where strpos(lower(f->>'suggestedText'), x) > 0)
                            then '{"suggestedText": null}'::jsonb else '{}'::jsonb end
                    || case when f->>'owner' = target then '{"owner": "former-user"}'::jsonb else '{}'::jsonb end order by n), '[]')
              from jsonb_array_elements(doc->'followUps') with ordinality as e(f, n)));
    end if;
    if jsonb_typeof(doc#>'{sentiment,breakdown,drivers}') = 'array' then
        doc := jsonb_set(doc, '{sentiment,breakdown,drivers}', (select coalesce(jsonb_agg(case
                    when d->>'messageId' = any(messages) or d->>'senderName' = any(names) then d || '{"senderName": null}' else d end
                    order by n), '[]')
              from jsonb_array_elements(doc#>'{sentiment,breakdown,drivers}') with ordinality as e(d, n)));
    end if;
    if jsonb_typeof(doc#>'{sentiment,breakdown,signals}') = 'array' then
        doc := jsonb_set(doc, '{sentiment,breakdown,signals}', (select coalesce(jsonb_agg(s order by n), '[]')
              from jsonb_array_elements(doc#>'{sentiment,breakdown,signals}') with ordinality as e(s, n)
             where coalesce(lower(s->>'text'), '') <> all (words)));
    end if;
    if jsonb_typeof(doc->'topics') = 'array' then
        doc := jsonb_set(doc, '{topics}', (select coalesce(jsonb_agg(case when jsonb_typeof(t->'keywords') = 'array'
                    then jsonb_set(t, '{keywords}', (select coalesce(jsonb_agg(k order by m), '[]')
                          from jsonb_array_elements(t->'keywords') with ordinality as x(k, m)
                         where coalesce(lower(k #>> '{}'), '') <> all (words)))
                    else t end order by n), '[]')
              from jsonb_array_elements(doc->'topics') with ordinality as e(t, n)));
    end if;
    return doc;
end
$$;
revoke all on function forget_in_insight(jsonb, text, text[], text[], text[]) from public;

-- The same for the conversation's last per-message entries: the erased user's messages keep their sentiment, not who
-- sent them nor the model's reason.
create or replace function forget_in_recent(recent jsonb, target text, messages text[])
returns jsonb
language sql
immutable
set search_path = intelligence, pg_temp
as $$
    select case when jsonb_typeof(recent) <> 'array' then recent else (select coalesce(jsonb_agg(case
                when r->>'senderId' = target or r->>'messageId' = any(messages)
                then r || '{"senderId": "former-user", "reason": null}' else r end order by n), '[]')
          from jsonb_array_elements(recent) with ordinality as e(r, n)) end
$$;
revoke all on function forget_in_recent(jsonb, text, text[]) from public;

-- One batch of the user's messages in other users' conversations (sentiment history rows they sent): first the
-- conversation documents derived from them are rewritten (forget_in_insight, while the rows still say which messages
-- and words are theirs; the revision moves on, so an analysis computed meanwhile is recomputed), then the topic keywords
-- of those messages and the rows themselves lose sender, name, excerpt, signals, the model's reason and suggested text.
create or replace function erase_sent_messages_batch(target uuid, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = intelligence, pg_temp
as $$
declare
    sent tid[] := array(select ctid from sentiment_history where sender_id = target::text limit batch_size);
    removed bigint;
begin
    if cardinality(sent) = 0 then
        return 0;
    end if;
    with messages as (
        select user_id, conversation_id, message_id, sender_name, signals
          from sentiment_history where ctid = any (sent) and sender_id = target::text
    ), words as (
        select m.user_id, m.conversation_id, lower(x->>'text') as word
          from messages m, jsonb_array_elements(case when jsonb_typeof(m.signals) = 'array' then m.signals else '[]' end) x
        union
        select m.user_id, m.conversation_id, lower(k #>> '{}')
          from messages m
          join topic_detection_history t
            on t.user_id = m.user_id and t.conversation_id = m.conversation_id and t.message_id = m.message_id,
               jsonb_array_elements(case when jsonb_typeof(t.keywords) = 'array' then t.keywords else '[]' end) k
    ), forgotten as (
        select m.user_id, m.conversation_id, array_agg(m.message_id) as ids,
               coalesce(array_agg(distinct m.sender_name) filter (where m.sender_name is not null), '{}') as names,
               array(select w.word from words w
                      where w.user_id = m.user_id and w.conversation_id = m.conversation_id and w.word is not null) as words
          from messages m group by m.user_id, m.conversation_id
    )
    update conversation_intelligence c
       set insight = forget_in_insight(c.insight, target::text, f.ids, f.names, f.words),
           recent_sentiment = forget_in_recent(c.recent_sentiment, target::text, f.ids),
           revision = c.revision + 1
      from forgotten f
     where c.user_id = f.user_id and c.conversation_id = f.conversation_id;
    update topic_detection_history t set keywords = '[]'
      from sentiment_history h
     where h.ctid = any (sent) and h.sender_id = target::text
       and t.user_id = h.user_id and t.conversation_id = h.conversation_id and t.message_id = h.message_id;
    update sentiment_history
       set sender_id = 'former-user', sender_name = null, excerpt = '', reason = null, follow_up_text = null, signals = '[]',
           follow_up_owner = case when follow_up_owner = target::text then 'former-user' else follow_up_owner end
     where ctid = any (sent) and sender_id = target::text;
    get diagnostics removed = row_count;
    return removed;
end
$$;
revoke all on function erase_sent_messages_batch(uuid, integer) from public;

-- One batch of other users' messages waiting on the user (a model's follow-up owner): the conversation documents first
-- (a follow-up expected of them names 'former-user'), then the rows, whose suggested follow-up text may name them.
create or replace function erase_awaited_batch(target uuid, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = intelligence, pg_temp
as $$
declare
    awaited tid[] := array(select ctid from sentiment_history where follow_up_owner = target::text limit batch_size);
    removed bigint;
begin
    if cardinality(awaited) = 0 then
        return 0;
    end if;
    update conversation_intelligence c
       set insight = forget_in_insight(c.insight, target::text, '{}', '{}', '{}'),
           recent_sentiment = forget_in_recent(c.recent_sentiment, target::text, '{}'),
           revision = c.revision + 1
      from (select distinct user_id, conversation_id from sentiment_history
             where ctid = any (awaited) and follow_up_owner = target::text) w
     where c.user_id = w.user_id and c.conversation_id = w.conversation_id;
    update sentiment_history set follow_up_owner = 'former-user', follow_up_text = null
     where ctid = any (awaited) and follow_up_owner = target::text;
    get diagnostics removed = row_count;
    return removed;
end
$$;
revoke all on function erase_awaited_batch(uuid, integer) from public;

-- Erases at most batch_size rows of the user per call: their own rows table by table (the histories before the
-- conversations they belong to; no foreign keys, but a conversation never outlives its history), then their traces in
-- other users' rows: the messages they sent (erase_sent_messages_batch, with the conversation documents derived from
-- them), then the messages waiting on them (erase_awaited_batch). Answers the count of the first step that found rows;
-- 0 when done. A conversation document is found through its sentiment history: one naming the user whose history rows
-- of their messages are already gone (sentiment_history retention, 90 days) is not rewritten, and expires under the
-- conversation_intelligence retention.
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
        'sentiment_history', 'topic_detection_history', 'conversation_intelligence', 'saved_topic');
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

-- Removes at most batch_size sentiment history rows older than older_than (by the message's time), taking each removed
-- message off its conversation's message_count (kept incrementally by the analyses).
create or replace function retention_sentiment_history(older_than timestamptz, batch_size integer)
returns bigint
language sql
security definer
set search_path = intelligence, pg_temp
as $$
    with gone as (
        delete from sentiment_history
         where ctid = any (array(select ctid from sentiment_history where sent_at < older_than limit batch_size))
        returning user_id, conversation_id
    ), removed as (
        select user_id, conversation_id, count(*) as messages from gone group by user_id, conversation_id
    ), recounted as (
        update conversation_intelligence c set message_count = greatest(c.message_count - r.messages, 0)
          from removed r
         where c.user_id = r.user_id and c.conversation_id = r.conversation_id
        returning 1
    )
    select count(*) from gone
$$;
revoke all on function retention_sentiment_history(timestamptz, integer) from public;

-- Removes at most batch_size rows of conversations not analysed since older_than: their sentiment and topic history
-- first, then the conversation rows themselves (re-checked, so a conversation analysed meanwhile stays). Fills the
-- batch across the three steps, so that fewer than batch_size rows means nothing stale is left.
create or replace function retention_conversation_intelligence(older_than timestamptz, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = intelligence, pg_temp
as $$
declare
    removed bigint;
    total bigint := 0;
begin
    -- the removed messages leave the conversation's count (as in retention_sentiment_history): a conversation analysed
    -- again before its row goes stays, with a count that does not count re-sent messages twice
    with gone as (
        delete from sentiment_history where ctid = any (array(
            select h.ctid from conversation_intelligence c
              join sentiment_history h on h.user_id = c.user_id and h.conversation_id = c.conversation_id
             where c.updated_at < older_than limit batch_size))
        returning user_id, conversation_id
    ), grouped as (
        select user_id, conversation_id, count(*) as messages from gone group by user_id, conversation_id
    ), recounted as (
        update conversation_intelligence c set message_count = greatest(c.message_count - g.messages, 0)
          from grouped g
         where c.user_id = g.user_id and c.conversation_id = g.conversation_id
        returning 1
    )
    select count(*) into removed from gone;
    total := total + removed;
    if total < batch_size then
        delete from topic_detection_history where ctid = any (array(
            select h.ctid from conversation_intelligence c
              join topic_detection_history h on h.user_id = c.user_id and h.conversation_id = c.conversation_id
             where c.updated_at < older_than limit batch_size - total));
        get diagnostics removed = row_count;
        total := total + removed;
    end if;
    if total < batch_size then
        total := total + pulse_delete_older_batch('conversation_intelligence', 'updated_at', older_than, (batch_size - total)::integer);
    end if;
    return total;
end
$$;
revoke all on function retention_conversation_intelligence(timestamptz, integer) from public;

-- One batch of one retention kind (the table's name); replaces cleanup_old_intelligence_history(), which removed every
-- old row in one statement.
create or replace function retention_batch(kind text, older_than timestamptz, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = intelligence, pg_temp
as $$
begin
    if kind = 'conversation_intelligence' then
        return retention_conversation_intelligence(older_than, batch_size);
    elsif kind = 'sentiment_history' then
        return retention_sentiment_history(older_than, batch_size);
    elsif kind = 'topic_detection_history' then
        return pulse_delete_older_batch('topic_detection_history', 'sent_at', older_than, batch_size);
    end if;
    return pulse_lifecycle_retention_batch(kind, older_than, batch_size);
end
$$;
revoke all on function retention_batch(text, timestamptz, integer) from public;
grant execute on function retention_batch(text, timestamptz, integer) to ${app_role};

drop function if exists cleanup_old_intelligence_history();
