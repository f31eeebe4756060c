-- Every key and every reference of a user's row includes user_id (issue 15). With a primary key on id alone, the app
-- role bound to user B learnt that one of user A's ids existed from a unique violation, and a cache entry of B could
-- point at A's summary (a foreign key check ignores row-level security). Keyed by (user_id, id), B's rows neither
-- collide with A's nor refer to them: B's insert with A's id is just another row of B's, and B's cache entry can only
-- point at a summary of B's.

alter table summary_cache drop constraint summary_cache_summary_id_fkey;
drop index summary_cache_summary;

alter table conversation_summaries drop constraint conversation_summaries_pkey,
    add constraint conversation_summaries_pkey primary key (user_id, id);

alter table summary_cache drop constraint summary_cache_pkey,
    add constraint summary_cache_pkey primary key (user_id, id);

alter table summary_cache add constraint summary_cache_summary_fkey foreign key (user_id, summary_id)
    references conversation_summaries (user_id, id) on delete cascade;

-- The cascade of a deleted summary finds its entries by this index.
create index summary_cache_summary on summary_cache (user_id, summary_id);
