-- Issue 17: the data lifecycle. The audit trail, user erasure and retention (common's lifecycle tables and helpers),
-- the session owner's choice of what happens to a former member's ideas, and the indexes the erasure looks rows up by.
select pulse_create_lifecycle_tables('${app_role}');

-- A session owner's setting: when a member's data is erased, their ideas in this session are removed (false, the
-- default), or kept as a former member's (the text stays, the author becomes null).
alter table brainstorm_sessions add column keep_ideas_of_former_members boolean not null default false;
grant insert (keep_ideas_of_former_members), update (keep_ideas_of_former_members) on brainstorm_sessions to ${app_role};

-- An idea kept from an erased member has no author.
alter table brainstorm_ideas alter column user_id drop not null;

-- The erasure finds a user's rows in other users' sessions by these (collaborators have (user_id, session_id)).
create index brainstorm_ideas_user on brainstorm_ideas (user_id, session_id);
create index brainstorm_votes_user on brainstorm_votes (user_id, session_id);
create index brainstorm_ideas_co_contributors on brainstorm_ideas using gin ((co_contributors -> 'userIds'));
create index brainstorm_clusterings_user on brainstorm_clusterings (user_id);
create index brainstorm_ai_cache_user on brainstorm_ai_cache (user_id, session_id);
-- A clustering run by someone else names the user among the contributors of its merge proposals.
create index brainstorm_clusterings_proposal_contributors on brainstorm_clusterings
    using gin (jsonb_path_query_array(result, '$.mergeProposals[*].contributors[*]'));

-- The cleanup is now a kind of retention_batch (below), run in batches by common's RetentionJob.
drop function if exists cleanup_expired_brainstorm_cache();

-- One batch of erasing a user's traces in one session of another user (the first such session found): their votes,
-- their ideas (removed, or kept without author when the owner's setting says so; votes on removed ideas go with
-- them), their id among the co-contributors of merged ideas, their membership, and what was computed from the ideas
-- as they were (the session's stored clustering, also one run by someone else whose merge proposals name the user, and
-- cached suggestions, whose idea-set hash no longer matches). Once a session is found, the batch counts at least 1 (even
-- when its owner deleted it meanwhile, so that the erasure looks again rather than stopping with traces left elsewhere).
-- The session's owner finds one collaborator.erased entry per session in their trail, without the erased user's id:
-- the batches' counts add up in it until the user's last trace in that session is gone.
create or replace function erase_user_traces_batch(target uuid, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = brainstorm, pg_temp
as $$
declare
    session     uuid;
    owner_id    uuid;
    keep_ideas  boolean;
    votes_gone  bigint;
    ideas_done  bigint;
    credits     bigint;
    memberships bigint;
    derived     bigint;
    cached      bigint;
    entry_id    bigint;
    counts      jsonb;
    -- The erasure under way (its record's id, which names nobody): the batches of one erasure share a session's entry.
    erasure_tag text := (select e.id::text from user_erasures e where e.erased_user = target and e.state = 'running');
begin
    select t.session_id into session from (
        (select c.session_id from brainstorm_collaborators c where c.user_id = target limit 1)
        union all (select i.session_id from brainstorm_ideas i where i.user_id = target limit 1)
        union all (select v.session_id from brainstorm_votes v where v.user_id = target limit 1)
        union all (select i.session_id from brainstorm_ideas i where (i.co_contributors -> 'userIds') ? target::text limit 1)
        union all (select k.session_id from brainstorm_clusterings k where k.user_id = target limit 1)
        union all (select a.session_id from brainstorm_ai_cache a where a.user_id = target limit 1)
        union all (select k.session_id from brainstorm_clusterings k
                    where jsonb_path_query_array(k.result, '$.mergeProposals[*].contributors[*]') ? target::text limit 1)) t
    limit 1;
    if session is null then
        return 0;
    end if;
    select s.user_id, s.keep_ideas_of_former_members into owner_id, keep_ideas from brainstorm_sessions s where s.id = session;

    delete from brainstorm_votes where ctid = any (array(
        select ctid from brainstorm_votes where user_id = target and session_id = session limit batch_size));
    get diagnostics votes_gone = row_count;
    if keep_ideas then
        update brainstorm_ideas set user_id = null where ctid = any (array(
            select ctid from brainstorm_ideas where user_id = target and session_id = session limit batch_size));
    else
        delete from brainstorm_ideas where ctid = any (array(
            select ctid from brainstorm_ideas where user_id = target and session_id = session limit batch_size));
    end if;
    get diagnostics ideas_done = row_count;
    update brainstorm_ideas
       set co_contributors = jsonb_build_object('userIds', (co_contributors -> 'userIds') - target::text)
     where ctid = any (array(select ctid from brainstorm_ideas
                              where session_id = session and (co_contributors -> 'userIds') ? target::text limit batch_size));
    get diagnostics credits = row_count;
    delete from brainstorm_collaborators where session_id = session and user_id = target;
    get diagnostics memberships = row_count;
    delete from brainstorm_clusterings k
     where k.session_id = session
       and (ideas_done + credits > 0 or k.user_id = target or strpos(k.result::text, target::text) > 0);
    get diagnostics derived = row_count;
    delete from brainstorm_ai_cache a where a.session_id = session and (ideas_done + credits > 0 or a.user_id = target);
    get diagnostics cached = row_count;

    if owner_id is not null and votes_gone + ideas_done + credits + memberships + derived > 0 then
        -- One entry per session: this batch's counts are added to the entry an earlier batch wrote for the session.
        select a.id, a.changes into entry_id, counts from audit_log a
         where a.user_id = owner_id and a.action = 'collaborator.erased' and a.changes ->> 'erasure' = erasure_tag
           and a.changes ->> 'sessionId' = session::text;
        counts := jsonb_build_object('sessionId', session, 'erasure', erasure_tag,
            'memberRemoved', memberships > 0 or coalesce((counts ->> 'memberRemoved')::boolean, false),
            'votesRemoved', votes_gone + coalesce((counts ->> 'votesRemoved')::bigint, 0),
            case when keep_ideas then 'ideasKept' else 'ideasRemoved' end,
                ideas_done + coalesce((counts ->> case when keep_ideas then 'ideasKept' else 'ideasRemoved' end)::bigint, 0),
            'mergedCreditsRemoved', credits + coalesce((counts ->> 'mergedCreditsRemoved')::bigint, 0),
            'clusteringDropped', derived > 0 or coalesce((counts ->> 'clusteringDropped')::boolean, false));
        if entry_id is null then
            insert into audit_log (user_id, actor, action, target_type, target_id, changes)
            values (owner_id, 'system', 'collaborator.erased', 'collaborator', null, counts);
        else
            update audit_log set changes = counts where user_id = owner_id and id = entry_id;
        end if;
    end if;
    return greatest(votes_gone + ideas_done + credits + memberships + derived + cached, 1);
end
$$;
revoke all on function erase_user_traces_batch(uuid, integer) from public;

-- Erases one batch of a user's data: first the sessions they own with everything in them (children first), then
-- their traces in other users' sessions, then their audit entries. 0 once nothing of the user is left.
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
    foreach child in array array['brainstorm_votes', 'brainstorm_ideas', 'brainstorm_collaborators',
                                 'brainstorm_clusterings', 'brainstorm_ai_cache'] loop
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
    removed := erase_user_traces_batch(target, batch_size);
    if removed > 0 then
        return removed;
    end if;
    return pulse_lifecycle_erase_batch(target, batch_size);
end
$$;
revoke all on function erase_user_batch(uuid, integer) from public;

-- Retention: cached AI answers once expired (24 hours after they were written); sessions and ideas are the users'
-- content, kept until deleted or erased.
create or replace function retention_batch(kind text, older_than timestamptz, batch_size integer)
returns bigint
language plpgsql
security definer
set search_path = brainstorm, pg_temp
as $$
begin
    if kind = 'brainstorm_ai_cache' then
        return pulse_delete_older_batch('brainstorm_ai_cache', 'expires_at', older_than, batch_size);
    end if;
    return pulse_lifecycle_retention_batch(kind, older_than, batch_size);
end
$$;
revoke all on function retention_batch(text, timestamptz, integer) from public;
grant execute on function retention_batch(text, timestamptz, integer) to ${app_role};
