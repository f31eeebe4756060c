-- Data lifecycle (issue 17): the shared audit trail, erasure and job tables, then this schema's two functions that
-- common's UserErasure and RetentionJob call batch by batch (each call one short statement per table, no table lock).
select pulse_create_lifecycle_tables('${app_role}');

-- An erased user's traces in other users' history: a message they sent in someone else's conversation keeps its
-- metrics (it is that user's record of their own conversation) but not who sent it nor what it said.
create index sentiment_history_sender on sentiment_history (sender_id);
create index sentiment_history_follow_up_owner on sentiment_history (follow_up_owner) where follow_up_owner is not null;
-- Retention of conversations not analysed for a while (updated_at is set by every analysis).
create index conversation_intelligence_updated on conversation_intelligence (updated_at);

-- Erases at most batch_size rows of the user per call: their own rows table by table (the histories before the
-- conversations they belong to; no foreign keys, but a conversation never outlives its history), then, in other users'
-- sentiment history, the rows the user sent (sender_id, sender_name, excerpt, the model's reason and suggested
-- follow-up text about that message) or was waited on for (follow_up_owner). Other users' conversation_intelligence
-- documents (insight, recent_sentiment JSON) are derived records of their own conversations: not rewritten, they expire
-- under the conversation_intelligence retention. Answers the count of the first step that found rows; 0 when done.
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
    update sentiment_history
       set sender_id = 'former-user', sender_name = null, excerpt = '', reason = null, follow_up_text = null,
           follow_up_owner = case when follow_up_owner = target::text then 'former-user' else follow_up_owner end
     where ctid = any (array(select ctid from sentiment_history where sender_id = target::text limit batch_size));
    get diagnostics removed = row_count;
    if removed > 0 then
        return removed;
    end if;
    update sentiment_history set follow_up_owner = 'former-user'
     where ctid = any (array(select ctid from sentiment_history where follow_up_owner = target::text limit batch_size));
    get diagnostics removed = row_count;
    if removed > 0 then
        return removed;
    end if;
    return pulse_lifecycle_erase_batch(target, batch_size);
end
$$;
revoke all on function erase_user_batch(uuid, integer) from public;
grant execute on function erase_user_batch(uuid, integer) to ${app_role};

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
    delete from sentiment_history where ctid = any (array(
        select h.ctid from conversation_intelligence c
          join sentiment_history h on h.user_id = c.user_id and h.conversation_id = c.conversation_id
         where c.updated_at < older_than limit batch_size));
    get diagnostics removed = row_count;
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
