-- Brainstorm sessions and everything in them. A session belongs to its owner (user_id); collaborators reach it as
-- editor or viewer. Every table is protected by row-level security: the owner_rows policy of
-- pulse_protect_owned_table() where a row belongs to one user only, and member policies (written below in the same
-- style, against nullif(current_setting('app.user_id', true), '')::uuid so that an unset user sees nothing) where
-- the members of a session share rows.

create table brainstorm_sessions (
    id                    uuid primary key,
    user_id               uuid not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    title                 text not null check (length(title) between 1 and 200),
    topic                 text not null check (length(topic) between 1 and 2000),
    framework             text not null check (framework in ('scamper', 'six_hats', 'free_form')),
    status                text not null default 'active' check (status in ('active', 'closed', 'archived')),
    current_step          text not null,
    votes_per_participant integer not null default 5 check (votes_per_participant between 0 and 100),
    anonymous_voting      boolean not null default true,
    step_timer_seconds    integer check (step_timer_seconds between 10 and 86400),
    step_started_at       timestamptz not null
);
create index brainstorm_sessions_owner_created on brainstorm_sessions (user_id, created_at desc, id desc);

create table brainstorm_collaborators (
    id         uuid primary key,
    session_id uuid not null references brainstorm_sessions (id) on delete cascade,
    user_id    uuid not null,
    role       text not null check (role in ('editor', 'viewer')),
    invited_by uuid not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint brainstorm_collaborators_once unique (session_id, user_id)
);
create index brainstorm_collaborators_user on brainstorm_collaborators (user_id, session_id);

create table brainstorm_ideas (
    id         uuid primary key,
    session_id uuid not null references brainstorm_sessions (id) on delete cascade,
    user_id    uuid not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    step       text not null,
    text       text not null check (length(text) between 1 and 500),
    details    text check (length(details) <= 4000),
    -- {"userIds": [...]}: contributors of near-duplicate ideas merged into this one (the author stays in user_id).
    co_contributors jsonb not null default '{"userIds": []}',
    constraint brainstorm_ideas_in_session unique (id, session_id)
);
create index brainstorm_ideas_session_created on brainstorm_ideas (session_id, created_at, id);

create table brainstorm_votes (
    id         uuid primary key,
    session_id uuid not null references brainstorm_sessions (id) on delete cascade,
    idea_id    uuid not null,
    user_id    uuid not null,
    created_at timestamptz not null,
    constraint brainstorm_votes_once unique (idea_id, user_id),
    constraint brainstorm_votes_idea foreign key (idea_id, session_id)
        references brainstorm_ideas (id, session_id) on delete cascade
);
create index brainstorm_votes_session_voter on brainstorm_votes (session_id, user_id);

-- The latest clustering of a session (one row per session, replaced by each run).
create table brainstorm_clusterings (
    session_id    uuid primary key references brainstorm_sessions (id) on delete cascade,
    user_id       uuid not null,
    created_at    timestamptz not null,
    idea_set_hash text not null,
    engine        text not null,
    result        jsonb not null
);

-- Suggestions for 24 hours, keyed by framework, step, topic, idea-set hash, engine and count (cache_key is their
-- SHA-256), per session so that members share them and nobody else reaches them.
create table brainstorm_ai_cache (
    id            uuid primary key,
    session_id    uuid not null references brainstorm_sessions (id) on delete cascade,
    user_id       uuid not null,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    cache_key     text not null,
    framework     text not null,
    step          text not null,
    topic         text not null,
    idea_set_hash text not null,
    engine        text not null,
    count         integer not null,
    response      jsonb not null,
    constraint brainstorm_ai_cache_key unique (session_id, cache_key)
);
create index brainstorm_ai_cache_expiry on brainstorm_ai_cache (expires_at);

-- The role of the current user (app.user_id) in a session: 'owner', 'editor', 'viewer', or null for anyone else.
-- SECURITY DEFINER so that policies on one table can consult the others without recursing through their policies;
-- it answers only about the user the transaction is bound to.
create or replace function brainstorm_session_role(session uuid)
returns text
language sql
stable
security definer
set search_path = brainstorm, pg_temp
as $$
    select case
             when s.user_id = nullif(current_setting('app.user_id', true), '')::uuid then 'owner'
             else (select c.role from brainstorm_collaborators c
                    where c.session_id = s.id and c.user_id = nullif(current_setting('app.user_id', true), '')::uuid)
           end
      from brainstorm_sessions s
     where s.id = session
$$;
revoke all on function brainstorm_session_role(uuid) from public;
grant execute on function brainstorm_session_role(uuid) to ${app_role};

do $$
declare
    t text;
begin
    foreach t in array array['brainstorm_sessions', 'brainstorm_collaborators', 'brainstorm_ideas', 'brainstorm_votes',
                             'brainstorm_clusterings', 'brainstorm_ai_cache'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy maintenance on %I to %I using (true) with check (true)', t, current_user);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end
$$;

-- Sessions: members read; only the owner creates (as themself), changes and deletes.
create policy member_read on brainstorm_sessions for select to ${app_role}
    using (brainstorm_session_role(id) is not null);
create policy owner_insert on brainstorm_sessions for insert to ${app_role}
    with check (user_id = nullif(current_setting('app.user_id', true), '')::uuid);
create policy owner_update on brainstorm_sessions for update to ${app_role}
    using (user_id = nullif(current_setting('app.user_id', true), '')::uuid)
    with check (user_id = nullif(current_setting('app.user_id', true), '')::uuid);
create policy owner_delete on brainstorm_sessions for delete to ${app_role}
    using (user_id = nullif(current_setting('app.user_id', true), '')::uuid);

-- Collaborators: members read the member list; only the session's owner adds, changes and removes members.
create policy member_read on brainstorm_collaborators for select to ${app_role}
    using (brainstorm_session_role(session_id) is not null);
create policy owner_write on brainstorm_collaborators for all to ${app_role}
    using (brainstorm_session_role(session_id) = 'owner')
    with check (brainstorm_session_role(session_id) = 'owner'
                and user_id <> nullif(current_setting('app.user_id', true), '')::uuid);

-- Ideas: members read; owner and editors add ideas as themselves; authors change and delete their own (while
-- still owner or editor); the owner changes and deletes any.
create policy member_read on brainstorm_ideas for select to ${app_role}
    using (brainstorm_session_role(session_id) is not null);
create policy writer_insert on brainstorm_ideas for insert to ${app_role}
    with check (user_id = nullif(current_setting('app.user_id', true), '')::uuid
                and brainstorm_session_role(session_id) in ('owner', 'editor'));
create policy author_or_owner_update on brainstorm_ideas for update to ${app_role}
    using (brainstorm_session_role(session_id) = 'owner'
           or (user_id = nullif(current_setting('app.user_id', true), '')::uuid and brainstorm_session_role(session_id) = 'editor'))
    with check (brainstorm_session_role(session_id) in ('owner', 'editor'));
create policy author_or_owner_delete on brainstorm_ideas for delete to ${app_role}
    using (brainstorm_session_role(session_id) = 'owner'
           or (user_id = nullif(current_setting('app.user_id', true), '')::uuid and brainstorm_session_role(session_id) = 'editor'));

-- Votes: members read (the application decides what an anonymous session shows); owner and editors vote and
-- unvote as themselves only.
create policy member_read on brainstorm_votes for select to ${app_role}
    using (brainstorm_session_role(session_id) is not null);
create policy voter_insert on brainstorm_votes for insert to ${app_role}
    with check (user_id = nullif(current_setting('app.user_id', true), '')::uuid
                and brainstorm_session_role(session_id) in ('owner', 'editor'));
create policy voter_delete on brainstorm_votes for delete to ${app_role}
    using (user_id = nullif(current_setting('app.user_id', true), '')::uuid);

-- Clusterings and the AI cache: members read; owner and editors write.
create policy member_read on brainstorm_clusterings for select to ${app_role}
    using (brainstorm_session_role(session_id) is not null);
create policy writer_write on brainstorm_clusterings for all to ${app_role}
    using (brainstorm_session_role(session_id) in ('owner', 'editor'))
    with check (brainstorm_session_role(session_id) in ('owner', 'editor'));
create policy member_read on brainstorm_ai_cache for select to ${app_role}
    using (brainstorm_session_role(session_id) is not null);
create policy writer_write on brainstorm_ai_cache for all to ${app_role}
    using (brainstorm_session_role(session_id) in ('owner', 'editor'))
    with check (brainstorm_session_role(session_id) in ('owner', 'editor'));

-- Daily maintenance (SPEC.md): drop AI answers older than 24 hours, across all users.
create or replace function cleanup_expired_brainstorm_cache()
returns bigint
language sql
security definer
set search_path = brainstorm, pg_temp
as $$
    with gone as (delete from brainstorm_ai_cache where expires_at <= now() returning 1)
    select count(*) from gone
$$;
revoke all on function cleanup_expired_brainstorm_cache() from public;
grant execute on function cleanup_expired_brainstorm_cache() to ${app_role};
