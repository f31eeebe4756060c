-- Custom topics saved per user (issue 13): every later analysis of the user's conversations looks for them without the
-- request re-sending them. User-owned and protected by forced row-level security like every table here; keyed by
-- (user_id, id) (see V3). A name is unique per user, whatever its case and surrounding spaces. The limits are the API's
-- (SavedTopicInput); the number of topics per user (pulse.intelligence.topics.max-per-user, 50) is checked by the service.
-- Saved topics are settings, not history: the retention cleanup leaves them, and they stay until the user deletes them.
create table saved_topic (
    id            uuid not null,
    user_id       uuid not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    name          text not null check (length(name) between 1 and 60 and name = btrim(name)),
    description   text not null default '' check (length(description) <= 500),
    keywords      jsonb not null default '[]'::jsonb
                  check (jsonb_typeof(keywords) = 'array' and jsonb_array_length(keywords) <= 20),
    examples      jsonb not null default '[]'::jsonb
                  check (jsonb_typeof(examples) = 'array' and jsonb_array_length(examples) <= 10),
    constraint saved_topic_pkey primary key (user_id, id)
);
create unique index saved_topic_name_per_user on saved_topic (user_id, lower(name));
create index saved_topic_user_created on saved_topic (user_id, created_at desc, id desc);
select pulse_protect_owned_table('saved_topic', 'user_id', '${app_role}');
