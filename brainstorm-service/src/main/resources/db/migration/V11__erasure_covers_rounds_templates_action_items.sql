-- V8 (voting rounds), V9 (templates) and V10 (action items) were written side by side, each replacing V7's
-- erase_user_batch with its own addition; applied in order, V10's version alone would remain and the user's round votes
-- and templates would outlive an erasure. This version has all three, in the order each one needs: a session's
-- children before the session (action items first: they refer to the ideas; round votes before their rounds), then the
-- user's rows in other users' sessions (round votes), their templates, their action items in other users' sessions left
-- unassigned and without their author, their other traces, and the audit trail (common) last.
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
    foreach child in array array['brainstorm_action_items', 'brainstorm_round_votes', 'brainstorm_voting_rounds',
                                 'brainstorm_votes', 'brainstorm_ideas', 'brainstorm_collaborators',
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
    removed := pulse_delete_batch('brainstorm_round_votes', 'user_id', target, batch_size);
    if removed > 0 then
        return removed;
    end if;
    removed := pulse_delete_batch('brainstorm_templates', 'user_id', target, batch_size);
    if removed > 0 then
        return removed;
    end if;
    update brainstorm_action_items set owner_id = null, updated_at = now() where ctid = any (array(
        select ctid from brainstorm_action_items where owner_id = target limit batch_size));
    get diagnostics removed = row_count;
    if removed > 0 then
        return removed;
    end if;
    update brainstorm_action_items set user_id = null where ctid = any (array(
        select ctid from brainstorm_action_items where user_id = target limit batch_size));
    get diagnostics removed = row_count;
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
