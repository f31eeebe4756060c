-- Issue 18: voting rounds (Miro) and a step timer that fires.
--
-- A voting round is the session owner's: started and ended by them, at most one open per session (the partial unique
-- index below), optionally timed (ends_at) and scoped to some ideas (idea_ids). Its votes are rows of their own table,
-- apart from the session-level votes (brainstorm_votes), which keep working as before outside rounds. Keys are scoped to
-- their session like every row of a session (V5): (id, session_id).

create table brainstorm_voting_rounds (
    id                    uuid not null,
    session_id            uuid not null references brainstorm_sessions (id) on delete cascade,
    user_id               uuid not null,
    created_at            timestamptz not null,
    votes_per_participant integer not null check (votes_per_participant between 1 and 100),
    duration_seconds      integer check (duration_seconds between 10 and 86400),
    ends_at               timestamptz,
    -- The ideas the round is about, {"ideaIds": [...]} (null: every idea of the session).
    idea_ids              jsonb check (idea_ids is null or jsonb_typeof(idea_ids -> 'ideaIds') = 'array'),
    reveal_on_end         boolean not null default true,
    revealed_at           timestamptz,
    closed_at             timestamptz,
    closed_by             text check (closed_by in ('owner', 'timer')),
    constraint brainstorm_voting_rounds_pkey primary key (id, session_id),
    constraint brainstorm_voting_rounds_closed check ((closed_at is null) = (closed_by is null))
);
-- One open round per session, whatever path starts it.
create unique index brainstorm_voting_rounds_one_open on brainstorm_voting_rounds (session_id) where closed_at is null;
create index brainstorm_voting_rounds_session on brainstorm_voting_rounds (session_id, created_at desc, id desc);
-- The timer poller's lookup: open timed rounds by their end.
create index brainstorm_voting_rounds_due on brainstorm_voting_rounds (ends_at) where closed_at is null and ends_at is not null;
create index brainstorm_voting_rounds_user on brainstorm_voting_rounds (user_id, session_id);

create table brainstorm_round_votes (
    id         uuid not null,
    session_id uuid not null,
    round_id   uuid not null,
    idea_id    uuid not null,
    user_id    uuid not null,
    created_at timestamptz not null,
    constraint brainstorm_round_votes_pkey primary key (id, session_id),
    constraint brainstorm_round_votes_once unique (session_id, round_id, idea_id, user_id),
    constraint brainstorm_round_votes_round foreign key (round_id, session_id)
        references brainstorm_voting_rounds (id, session_id) on delete cascade,
    constraint brainstorm_round_votes_idea foreign key (idea_id, session_id)
        references brainstorm_ideas (id, session_id) on delete cascade
);
create index brainstorm_round_votes_voter on brainstorm_round_votes (session_id, round_id, user_id);
create index brainstorm_round_votes_user on brainstorm_round_votes (user_id, session_id);

do $$
declare
    t text;
begin
    foreach t in array array['brainstorm_voting_rounds', 'brainstorm_round_votes'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy maintenance on %I to %I using (true) with check (true)', t, current_user);
    end loop;
end
$$;
grant select, insert, delete on brainstorm_voting_rounds, brainstorm_round_votes to ${app_role};
-- Keys, sessions, owners, limits and scope are fixed once a round exists; only its end and reveal change.
grant update (revealed_at, closed_at, closed_by) on brainstorm_voting_rounds to ${app_role};

-- Rounds: members read; only the session's owner starts, ends, reveals and deletes them, as themself.
create policy member_read on brainstorm_voting_rounds for select to ${app_role}
    using (brainstorm_session_role(session_id) is not null);
create policy owner_write on brainstorm_voting_rounds for all to ${app_role}
    using (brainstorm_session_role(session_id) = 'owner')
    with check (brainstorm_session_role(session_id) = 'owner'
                and user_id = nullif(current_setting('app.user_id', true), '')::uuid);

-- Round votes: each voter reads their own; the session's owner reads all (live results); the other members read them
-- once the round's results are visible (revealed, or ended with reveal_on_end). Owner and editors vote and unvote as
-- themselves only.
create or replace function brainstorm_round_results_visible(session uuid, round uuid)
returns boolean
language sql
stable
security definer
set search_path = brainstorm, pg_temp
as $$
    select exists (select 1 from brainstorm_voting_rounds r
                    where r.id = round and r.session_id = session
                      and (r.revealed_at is not null or (r.closed_at is not null and r.reveal_on_end)))
$$;
revoke all on function brainstorm_round_results_visible(uuid, uuid) from public;
grant execute on function brainstorm_round_results_visible(uuid, uuid) to ${app_role};

create policy member_read on brainstorm_round_votes for select to ${app_role}
    using (brainstorm_session_role(session_id) is not null
           and (user_id = nullif(current_setting('app.user_id', true), '')::uuid
                or brainstorm_session_role(session_id) = 'owner'
                or brainstorm_round_results_visible(session_id, round_id)));
create policy voter_insert on brainstorm_round_votes for insert to ${app_role}
    with check (user_id = nullif(current_setting('app.user_id', true), '')::uuid
                and brainstorm_session_role(session_id) in ('owner', 'editor'));
create policy voter_delete on brainstorm_round_votes for delete to ${app_role}
    using (user_id = nullif(current_setting('app.user_id', true), '')::uuid);

-- The per-participant limit of a round, and no vote in a round once it is closed, enforced by the database like the
-- session's limit (V3, V4): run as the caller, a limit check only for a vote the caller may cast (as themself, owner or
-- editor); concurrent votes of one voter in one round queue on an advisory lock and the count, in a new snapshot, sees
-- every vote committed before. A vote also takes the round's lock in shared mode, and closing a round takes it
-- exclusively (the trigger on rounds below): a close waits for the votes in flight, and a vote that waited for a close
-- reads the round closed and is refused.
create or replace function brainstorm_round_votes_within_limit()
returns trigger
language plpgsql
security invoker
set search_path = brainstorm, pg_temp
as $$
declare
    me         uuid := nullif(current_setting('app.user_id', true), '')::uuid;
    vote_limit integer;
    closed     timestamptz;
    scope      jsonb;
    used       integer;
begin
    if me is not null and (new.user_id is distinct from me
                           or coalesce(brainstorm_session_role(new.session_id), '') not in ('owner', 'editor')) then
        return new;
    end if;
    perform pg_advisory_xact_lock_shared(hashtext('brainstorm.round:' || new.round_id::text));
    select r.votes_per_participant, r.closed_at, r.idea_ids into vote_limit, closed, scope
      from brainstorm_voting_rounds r where r.id = new.round_id and r.session_id = new.session_id;
    if not found then
        return new; -- no such round for this caller: the foreign key or row-level security refuses the vote
    end if;
    if closed is not null then
        raise exception 'voting round closed' using errcode = 'check_violation', constraint = 'brainstorm_round_open';
    end if;
    if scope is not null and not ((scope -> 'ideaIds') ? new.idea_id::text) then
        raise exception 'idea not in the voting round' using errcode = 'check_violation', constraint = 'brainstorm_round_scope';
    end if;
    perform pg_advisory_xact_lock(hashtext('brainstorm.round-votes:' || new.round_id::text || ':' || new.user_id::text));
    select count(*) into used from brainstorm_round_votes v
     where v.session_id = new.session_id and v.round_id = new.round_id and v.user_id = new.user_id;
    if used >= vote_limit then
        raise exception 'vote limit of % per participant reached in this round', vote_limit
            using errcode = 'check_violation', constraint = 'brainstorm_round_votes_within_limit';
    end if;
    return new;
end
$$;
revoke all on function brainstorm_round_votes_within_limit() from public;
create trigger brainstorm_round_votes_within_limit
    before insert on brainstorm_round_votes
    for each row execute function brainstorm_round_votes_within_limit();

create or replace function brainstorm_voting_round_closing()
returns trigger
language plpgsql
security invoker
set search_path = brainstorm, pg_temp
as $$
begin
    if old.closed_at is not null and new.closed_at is distinct from old.closed_at then
        raise exception 'a closed voting round stays closed' using errcode = 'check_violation', constraint = 'brainstorm_round_open';
    end if;
    if old.closed_at is null and new.closed_at is not null then
        perform pg_advisory_xact_lock(hashtext('brainstorm.round:' || new.id::text));
    end if;
    return new;
end
$$;
revoke all on function brainstorm_voting_round_closing() from public;
create trigger brainstorm_voting_round_closing
    before update on brainstorm_voting_rounds
    for each row execute function brainstorm_voting_round_closing();

-- The step timer: step_due_at is when the current step's time is up and not yet announced (null: no timer, or
-- announced); advance_on_time_up moves the session to its framework's next step then.
alter table brainstorm_sessions add column step_due_at timestamptz;
alter table brainstorm_sessions add column advance_on_time_up boolean not null default false;
-- Steps under way whose time is not up yet get their alarm; those past their time long ago are not announced now.
update brainstorm_sessions set step_due_at = step_started_at + make_interval(secs => step_timer_seconds)
 where step_timer_seconds is not null and status = 'active'
   and step_started_at + make_interval(secs => step_timer_seconds) > now();
grant insert (step_due_at, advance_on_time_up), update (step_due_at, advance_on_time_up) on brainstorm_sessions to ${app_role};
create index brainstorm_sessions_step_due on brainstorm_sessions (step_due_at) where step_due_at is not null;

-- What the timer poller has to do, across users: timed rounds past their end and steps past their time, as ids and
-- owners only. Each is then claimed in a transaction as its owner by a conditional update whose row count decides (one
-- replica wins), so this read takes no lock.
create or replace function brainstorm_due_timers(due_at timestamptz, max_rows integer)
returns table (kind text, session_id uuid, round_id uuid, owner_id uuid)
language sql
stable
security definer
set search_path = brainstorm, pg_temp
as $$
    (select 'voting_round', r.session_id, r.id, r.user_id from brainstorm_voting_rounds r
      where r.closed_at is null and r.ends_at is not null and r.ends_at <= due_at
      order by r.ends_at limit max_rows)
    union all
    (select 'step', s.id, null::uuid, s.user_id from brainstorm_sessions s
      where s.step_due_at is not null and s.step_due_at <= due_at and s.status = 'active'
      order by s.step_due_at limit max_rows)
$$;
revoke all on function brainstorm_due_timers(timestamptz, integer) from public;
grant execute on function brainstorm_due_timers(timestamptz, integer) to ${app_role};

-- The erasure (V7), now also of rounds and round votes: a user's own sessions take their rounds with them; in other
-- users' sessions their round votes go (before their other traces).
create or replace function erase_user_batch(target uuid, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = brainstorm, pg_temp
as $$
declare
    removed bigint;
    child   text;
begin
    foreach child in array array['brainstorm_round_votes', 'brainstorm_voting_rounds', 'brainstorm_votes',
                                 'brainstorm_ideas', 'brainstorm_collaborators', 'brainstorm_clusterings',
                                 'brainstorm_ai_cache'] loop
        execute format('delete from %I where ctid = any (array(select c.ctid from %I c join brainstorm_sessions s'
                       ' on s.id = c.session_id where s.user_id = $1 limit $2))', child, child)
            using target, batch_size;
        get diagnostics removed = row_count;
        if removed > 0 then
            return removed;
        end if;
    end loop;
    removed := pulse_delete_batch('brainstorm_sessions', 'user_id', target, batch_size);
    if removed > 0 then
        return removed;
    end if;
    removed := pulse_delete_batch('brainstorm_round_votes', 'user_id', target, batch_size);
    if removed > 0 then
        return removed;
    end if;
    removed := erase_user_traces_batch(target, batch_size);
    if removed > 0 then
        return removed;
    end if;
    return pulse_lifecycle_erase_batch(target, batch_size);
end
$$;
revoke all on function erase_user_batch(uuid, integer) from public;
