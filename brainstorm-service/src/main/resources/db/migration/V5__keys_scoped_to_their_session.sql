-- Issue 15: no key through which one user can detect or refer to another user's rows.
--
-- Row-level security hides rows, but uniqueness is checked against every row: with ids unique across the whole
-- table, a user who inserts a row (in a session of their own) with someone else's id learned from a unique violation
-- that the id exists, and an insert may succeed or fail on a foreign key to a row the user cannot see. So:

-- 1. Rows of a session are keyed within their session. Ideas, votes, members and cached answers take (id, session_id)
--    as their key; the same id in another session is another row, so an insert into one's own session never collides
--    with a session one cannot see. A vote is once per voter per idea *of its session*, and it refers to its idea by
--    (idea, session): a vote can only name an idea of its own session, whoever owns the other.
alter table brainstorm_votes drop constraint brainstorm_votes_idea;
alter table brainstorm_ideas drop constraint brainstorm_ideas_in_session;
alter table brainstorm_ideas drop constraint brainstorm_ideas_pkey;
alter table brainstorm_ideas add constraint brainstorm_ideas_pkey primary key (id, session_id);

alter table brainstorm_votes drop constraint brainstorm_votes_pkey;
alter table brainstorm_votes add constraint brainstorm_votes_pkey primary key (id, session_id);
alter table brainstorm_votes drop constraint brainstorm_votes_once;
alter table brainstorm_votes add constraint brainstorm_votes_once unique (session_id, idea_id, user_id);
alter table brainstorm_votes add constraint brainstorm_votes_idea foreign key (idea_id, session_id)
    references brainstorm_ideas (id, session_id) on delete cascade;

alter table brainstorm_collaborators drop constraint brainstorm_collaborators_pkey;
alter table brainstorm_collaborators add constraint brainstorm_collaborators_pkey primary key (id, session_id);

alter table brainstorm_ai_cache drop constraint brainstorm_ai_cache_pkey;
alter table brainstorm_ai_cache add constraint brainstorm_ai_cache_pkey primary key (id, session_id);

-- (brainstorm_clusterings is keyed by its session already, and only the session's owner and editors may write it: row-
-- level security refuses anyone else's row before its key is looked at.)

-- 2. Session ids are made by the database, never chosen by the app role. A session's id is its address everywhere
--    (URLs, every row of the session), so it stays unique across the table; instead, the app role may not insert or
--    change it, so nobody can try an id to see whether it is taken. New ids are UUIDv7 like the service's others
--    (48 bits of Unix milliseconds, version 7, then random bits): time-ordered, so they land at the end of the index.
create or replace function brainstorm_new_session_id()
returns uuid
language sql
volatile
set search_path = pg_catalog, pg_temp
as $$
    select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                  placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
                  from 1 for 6), 52, 1), 53, 1), 'hex')::uuid
$$;
alter table brainstorm_sessions alter column id set default brainstorm_new_session_id();
-- The service learns the new id from "insert ... returning id", which row-level security lets through only if the new
-- row passes a read policy; member_read asks brainstorm_session_role(), whose query cannot see the row being inserted.
-- The owner reads their own sessions anyway (member_read says so too); this says it without the lookup.
create policy owner_read on brainstorm_sessions for select to ${app_role}
    using (user_id = nullif(current_setting('app.user_id', true), '')::uuid);

-- 3. Keys never change. The app role may update only the columns the service changes; ids, sessions, owners and
--    creation times are fixed once a row exists (votes are never updated at all).
revoke insert, update on brainstorm_sessions from ${app_role};
grant insert (user_id, created_at, updated_at, title, topic, framework, status, current_step, votes_per_participant,
              anonymous_voting, step_timer_seconds, step_started_at) on brainstorm_sessions to ${app_role};
grant update (updated_at, title, topic, status, current_step, votes_per_participant, anonymous_voting, step_timer_seconds,
              step_started_at) on brainstorm_sessions to ${app_role};
revoke update on brainstorm_ideas, brainstorm_collaborators, brainstorm_votes, brainstorm_clusterings, brainstorm_ai_cache
    from ${app_role};
grant update (updated_at, step, text, details, co_contributors) on brainstorm_ideas to ${app_role};
grant update (role, updated_at) on brainstorm_collaborators to ${app_role};
grant update (user_id, created_at, idea_set_hash, engine, result) on brainstorm_clusterings to ${app_role};
grant update (user_id, created_at, expires_at, response) on brainstorm_ai_cache to ${app_role};
