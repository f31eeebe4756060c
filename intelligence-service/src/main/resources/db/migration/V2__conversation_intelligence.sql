-- Conversation insight, per-message sentiment history and topic history. Every table is user-owned and
-- protected by forced row-level security (pulse_protect_owned_table); the app role reaches only the rows of the
-- user bound to its transaction.

-- One row per analysed conversation: the latest insight (the answer of the last analysis, as JSON), the fields
-- the overview sorts on, and the last 50 per-message sentiment entries for instant access.
create table conversation_intelligence (
    id                     uuid primary key,
    user_id                uuid not null,
    created_at             timestamptz not null,
    conversation_id        uuid not null,
    updated_at             timestamptz not null,
    engine                 text not null,
    message_count          integer not null default 0 check (message_count >= 0),
    last_message_at        timestamptz,
    sentiment_label        text not null default 'neutral'
                           check (sentiment_label in ('positive', 'neutral', 'negative', 'mixed')),
    sentiment_score        double precision not null default 0 check (sentiment_score between -1 and 1),
    sentiment_confidence   double precision not null default 0 check (sentiment_confidence between 0 and 1),
    engagement_score       double precision not null default 0 check (engagement_score between 0 and 1),
    engagement_trend       text not null default 'insufficient_data'
                           check (engagement_trend in ('rising', 'stable', 'declining', 'insufficient_data')),
    unanswered_questions   integer not null default 0 check (unanswered_questions >= 0),
    oldest_unanswered_at   timestamptz,
    insight                jsonb not null default '{}'::jsonb,
    recent_sentiment       jsonb not null default '[]'::jsonb check (jsonb_typeof(recent_sentiment) = 'array'),
    constraint conversation_intelligence_one_per_conversation unique (user_id, conversation_id)
);
-- The overview's three lists and the keyset list.
create index conversation_intelligence_most_negative on conversation_intelligence (user_id, sentiment_score, id);
create index conversation_intelligence_declining on conversation_intelligence (user_id, engagement_score, id)
    where engagement_trend = 'declining';
create index conversation_intelligence_waiting on conversation_intelligence (user_id, oldest_unanswered_at, id)
    where oldest_unanswered_at is not null;
create index conversation_intelligence_user_created on conversation_intelligence (user_id, created_at desc, id desc);
select pulse_protect_owned_table('conversation_intelligence', 'user_id', '${app_role}');

-- Every analysed message, once (idempotent by message id): its sentiment and the facts an incremental analysis
-- needs to recompute the conversation's metrics without the full text.
create table sentiment_history (
    id                uuid primary key,
    user_id           uuid not null,
    created_at        timestamptz not null,
    conversation_id   uuid not null,
    message_id        text not null check (length(message_id) between 1 and 128),
    sender_id         text not null check (length(sender_id) between 1 and 128),
    sender_name       text,
    sent_at           timestamptz not null,
    reply_to          text,
    label             text not null check (label in ('positive', 'neutral', 'negative', 'mixed')),
    score             double precision not null check (score between -1 and 1),
    confidence        double precision not null check (confidence between 0 and 1),
    signals           jsonb not null default '[]'::jsonb,
    words             integer not null check (words >= 0),
    question          boolean not null,
    request           boolean not null,
    acknowledgement   boolean not null,
    closing           boolean not null,
    excerpt           text not null,
    constraint sentiment_history_once_per_message unique (user_id, conversation_id, message_id)
);
create index sentiment_history_conversation_time on sentiment_history (user_id, conversation_id, sent_at);
create index sentiment_history_retention on sentiment_history (sent_at);
select pulse_protect_owned_table('sentiment_history', 'user_id', '${app_role}');

-- Every topic detected in a message, once per message and topic.
create table topic_detection_history (
    id                uuid primary key,
    user_id           uuid not null,
    created_at        timestamptz not null,
    conversation_id   uuid not null,
    message_id        text not null check (length(message_id) between 1 and 128),
    sent_at           timestamptz not null,
    topic             text not null check (length(topic) between 1 and 60),
    source            text not null check (source in ('built_in', 'custom')),
    confidence        double precision not null check (confidence between 0 and 1),
    keywords          jsonb not null default '[]'::jsonb,
    constraint topic_detection_once_per_message unique (user_id, conversation_id, message_id, topic)
);
create index topic_detection_conversation_time on topic_detection_history (user_id, conversation_id, sent_at);
create index topic_detection_retention on topic_detection_history (sent_at);
select pulse_protect_owned_table('topic_detection_history', 'user_id', '${app_role}');

-- Retention: sentiment history 90 days, topic history 60 days (by the message's time). Runs across users, so it
-- is SECURITY DEFINER (owned by the owner role); the app role may call it, nobody else.
create or replace function cleanup_old_intelligence_history()
returns bigint
language sql
security definer
set search_path = intelligence, pg_temp
as $$
    with sentiments as (
        delete from sentiment_history where sent_at < now() - interval '90 days' returning 1
    ), topics as (
        delete from topic_detection_history where sent_at < now() - interval '60 days' returning 1
    )
    select (select count(*) from sentiments) + (select count(*) from topics)
$$;
revoke all on function cleanup_old_intelligence_history() from public;
grant execute on function cleanup_old_intelligence_history() to ${app_role};
