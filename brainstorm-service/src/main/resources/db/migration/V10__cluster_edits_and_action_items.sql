-- Issue 18: clusters edited by hand (FigJam / Miro sort), and action items out of a session.

-- 1. A clustering's version and lock. Every change of the stored clustering (a rename, a move, locking, a re-clustering)
--    adds one to version; an edit names the version it was made on and is refused (409, with the clustering as it is
--    now) when the clustering moved on meanwhile, so two editors never overwrite each other's edits. A locked
--    clustering keeps every manual choice through re-clusterings (the service reconciles; see ClusterReconciliation).
--    Both are columns, not part of the JSON result, so that the lock and the version check are one conditional update.
alter table brainstorm_clusterings add column version bigint not null default 1 check (version >= 1);
alter table brainstorm_clusterings add column locked boolean not null default false;
grant update (version, locked) on brainstorm_clusterings to ${app_role};

-- 2. Action items: an idea of the session made an action item, with an owner (a member of the session, who is to do it)
--    and a due date. Keyed within its session like the session's other rows (V5): (id, session_id), and it names its
--    idea by (idea, session), so it can only ever refer to an idea of its own session; an idea has at most one action
--    item, which goes with the idea (deleted, merged away, or removed with an erased author's ideas).
--    user_id is who made it an action item and owner_id who is to do it; both become null when that user is erased
--    (the item stays with the session's team, unassigned: the work is still to be done, and the session's owner or an
--    editor gives it a new owner).
create table brainstorm_action_items (
    id         uuid        not null,
    session_id uuid        not null references brainstorm_sessions (id) on delete cascade,
    idea_id    uuid        not null,
    user_id    uuid,
    owner_id   uuid,
    due_date   date        not null,
    status     text        not null default 'open' check (status in ('open', 'done')),
    note       text        check (length(note) between 1 and 1000),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    done_at    timestamptz,
    constraint brainstorm_action_items_pkey primary key (id, session_id),
    constraint brainstorm_action_items_once unique (session_id, idea_id),
    constraint brainstorm_action_items_idea foreign key (idea_id, session_id)
        references brainstorm_ideas (id, session_id) on delete cascade,
    constraint brainstorm_action_items_done check ((status = 'done') = (done_at is not null))
);
-- The list: a session's items by due date (keyset on due_date, id); the erasure finds a user's items by these two.
create index brainstorm_action_items_session_due on brainstorm_action_items (session_id, due_date, id);
create index brainstorm_action_items_owner on brainstorm_action_items (owner_id, session_id);
create index brainstorm_action_items_user on brainstorm_action_items (user_id, session_id);

-- Row-level security as the session's other shared rows (V2): members read; owner and editors write, adding items as
-- themselves. (pulse_protect_owned_table's owner_rows policy would hide the items from the rest of the team.)
alter table brainstorm_action_items enable row level security;
alter table brainstorm_action_items force row level security;
create policy maintenance on brainstorm_action_items to current_user using (true) with check (true);
grant select, delete on brainstorm_action_items to ${app_role};
grant insert (id, session_id, idea_id, user_id, owner_id, due_date, status, note, created_at, updated_at, done_at)
    on brainstorm_action_items to ${app_role};
grant update (owner_id, due_date, status, note, updated_at, done_at) on brainstorm_action_items to ${app_role};
create policy member_read on brainstorm_action_items for select to ${app_role}
    using (brainstorm_session_role(session_id) is not null);
create policy writer_insert on brainstorm_action_items for insert to ${app_role}
    with check (user_id = nullif(current_setting('app.user_id', true), '')::uuid
                and brainstorm_session_role(session_id) in ('owner', 'editor'));
create policy writer_update on brainstorm_action_items for update to ${app_role}
    using (brainstorm_session_role(session_id) in ('owner', 'editor'))
    with check (brainstorm_session_role(session_id) in ('owner', 'editor'));
create policy writer_delete on brainstorm_action_items for delete to ${app_role}
    using (brainstorm_session_role(session_id) in ('owner', 'editor'));

-- 3. The erasure (V7's erase_user_batch, with everything it did, in the same order) now also: removes the action items
--    of the sessions the user owns with them (first: they refer to the ideas), and in other users' sessions leaves the
--    user's action items unassigned (owner_id null) and forgets who made an item (user_id null). Items on the erased
--    user's own ideas go with those ideas (the foreign key), unless the session keeps a former member's ideas.
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
    foreach child in array array['brainstorm_action_items', 'brainstorm_votes', 'brainstorm_ideas', 'brainstorm_collaborators',
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
