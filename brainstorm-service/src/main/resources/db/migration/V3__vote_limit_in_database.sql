-- The per-participant vote limit, enforced by the database itself: whatever path a vote takes (this service, a batch
-- job, a second replica), a participant never holds more votes in a session than votes_per_participant.
-- Concurrent votes of one participant in one session are serialised by a transaction-scoped advisory lock (the same
-- key the application takes first, so the two checks queue behind each other, never deadlock); the count then sees
-- every vote committed before the lock was granted. Votes of other participants are not blocked.
create or replace function brainstorm_votes_within_limit()
returns trigger
language plpgsql
security definer
set search_path = brainstorm, pg_temp
as $$
declare
    vote_limit integer;
    used       integer;
begin
    perform pg_advisory_xact_lock(hashtext('brainstorm.votes:' || new.session_id::text || ':' || new.user_id::text));
    select s.votes_per_participant into vote_limit from brainstorm_sessions s where s.id = new.session_id;
    select count(*) into used from brainstorm_votes v where v.session_id = new.session_id and v.user_id = new.user_id;
    if used >= vote_limit then
        raise exception 'vote limit of % per participant reached', vote_limit
            using errcode = 'check_violation', constraint = 'brainstorm_votes_within_limit';
    end if;
    return new;
end
$$;
revoke all on function brainstorm_votes_within_limit() from public;

create trigger brainstorm_votes_within_limit
    before insert on brainstorm_votes
    for each row execute function brainstorm_votes_within_limit();
