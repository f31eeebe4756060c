-- Issue 15: anonymous votes stay anonymous, and the vote-limit trigger answers nobody about a session they are not in.

-- Each vote remembers whether it was cast anonymously: a vote cast while the session's voting was anonymous never
-- names its voter, even after the owner turns anonymity off. Votes already cast take their session's current setting,
-- so nothing is shown that is not shown today, and votes hidden today stay hidden whatever the setting becomes.
alter table brainstorm_votes add column anonymous boolean;
update brainstorm_votes v set anonymous = s.anonymous_voting from brainstorm_sessions s where s.id = v.session_id;
alter table brainstorm_votes alter column anonymous set default true;
alter table brainstorm_votes alter column anonymous set not null;

-- The vote limit (V3), now run with the caller's rights and asking who the caller is first. As SECURITY DEFINER it ran
-- before row-level security and read every session: inserting a vote into another user's session reported that
-- session's vote limit (or how many votes someone had used in it) instead of the policy's refusal, an oracle for
-- sessions the caller cannot see. Now:
--   * the app role bound to a user (app.user_id) gets a limit check only for a vote it may cast: as itself, in a
--     session where it is owner or editor; for any other row this trigger reads nothing and the insert goes on to the
--     votes' row-level security, which refuses it the same way whether the session exists or not;
--   * the reads run as the caller, so what row-level security hides (every session for the app role without a user)
--     is not seen here either; the owner role (maintenance, through its policy) is still held to the limit;
--   * the vote is anonymous if the service cast it so or the session's voting is anonymous as the database sees it.
-- Concurrent votes of one voter in one session still queue on the same advisory lock as the service's, and the count
-- (a new snapshot, the function being volatile) sees every vote committed before the lock was granted.
create or replace function brainstorm_votes_within_limit()
returns trigger
language plpgsql
security invoker
set search_path = brainstorm, pg_temp
as $$
declare
    me          uuid := nullif(current_setting('app.user_id', true), '')::uuid;
    vote_limit  integer;
    anonymously boolean;
    used        integer;
begin
    if me is not null and (new.user_id is distinct from me
                           or coalesce(brainstorm_session_role(new.session_id), '') not in ('owner', 'editor')) then
        return new;
    end if;
    select s.votes_per_participant, s.anonymous_voting into vote_limit, anonymously
      from brainstorm_sessions s where s.id = new.session_id;
    if not found then
        return new; -- no such session for this caller: row-level security or the foreign key refuses the vote
    end if;
    new.anonymous := coalesce(new.anonymous, true) or anonymously;
    perform pg_advisory_xact_lock(hashtext('brainstorm.votes:' || new.session_id::text || ':' || new.user_id::text));
    select count(*) into used from brainstorm_votes v where v.session_id = new.session_id and v.user_id = new.user_id;
    if used >= vote_limit then
        raise exception 'vote limit of % per participant reached', vote_limit
            using errcode = 'check_violation', constraint = 'brainstorm_votes_within_limit';
    end if;
    return new;
end
$$;
revoke all on function brainstorm_votes_within_limit() from public;
