-- An analysis reads what it needs, computes outside any transaction, then stores its insight only if no other analysis
-- of the conversation stored one meanwhile: each store (under the row's lock) moves the revision on by one.
alter table conversation_intelligence add column revision bigint not null default 0 check (revision >= 0);

-- message_count is kept incrementally (an analysis adds the messages it stored), so the retention that removes
-- history also takes the removed messages off their conversation's count.
create or replace function cleanup_old_intelligence_history()
returns bigint
language sql
security definer
set search_path = intelligence, pg_temp
as $$
    with sentiments as (
        delete from sentiment_history where sent_at < now() - interval '90 days' returning user_id, conversation_id
    ), topics as (
        delete from topic_detection_history where sent_at < now() - interval '60 days' returning 1
    ), removed as (
        select user_id, conversation_id, count(*) as messages from sentiments group by user_id, conversation_id
    ), recounted as (
        update conversation_intelligence c set message_count = greatest(c.message_count - r.messages, 0)
          from removed r
         where c.user_id = r.user_id and c.conversation_id = r.conversation_id
        returning 1
    )
    select (select count(*) from sentiments) + (select count(*) from topics)
$$;
