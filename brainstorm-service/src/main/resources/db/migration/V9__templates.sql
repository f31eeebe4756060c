-- Issue 18: templates. A built-in retrospective framework (Parabol's phases: reflect, group, vote, discuss), and
-- templates of the users' own: named, ordered steps each with a prompt and an optional time box, saved per user. A
-- session made from a template is of framework 'custom' and keeps a copy of the template's steps (column steps), so that
-- editing or deleting the template later changes no session made from it.

alter table brainstorm_sessions drop constraint brainstorm_sessions_framework_check;
alter table brainstorm_sessions add constraint brainstorm_sessions_framework_check
    check (framework in ('scamper', 'six_hats', 'free_form', 'retrospective', 'custom'));

-- {"steps": [{"key", "title", "question", "timeBoxSeconds"}]}: a custom session's own steps, written once when the session
-- is created (the app role may insert them, never change them); null for a built-in framework.
alter table brainstorm_sessions add column steps jsonb;
alter table brainstorm_sessions add constraint brainstorm_sessions_custom_steps
    check ((framework = 'custom') = (steps is not null)
           and (steps is null or (jsonb_typeof(steps -> 'steps') = 'array' and jsonb_array_length(steps -> 'steps') between 1 and 20)));
grant insert (steps) on brainstorm_sessions to ${app_role};

-- A user's templates: owned by one user (the owner_rows policy of pulse_protect_owned_table), keyed by (user_id, id) like
-- every per-user table, so an id of someone else's template neither collides nor refers to it. The limits are the API's
-- (TemplateRequest); steps in the shape of a custom session's (above: name as title, prompt as question), 1 to 20. Templates are
-- settings: kept until deleted or erased.
create table brainstorm_templates (
    id          uuid not null,
    user_id     uuid not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    name        text not null check (length(name) between 1 and 80),
    description text not null default '' check (length(description) <= 1000),
    steps       jsonb not null check (jsonb_typeof(steps -> 'steps') = 'array'
                                      and jsonb_array_length(steps -> 'steps') between 1 and 20),
    constraint brainstorm_templates_pkey primary key (user_id, id)
);
create index brainstorm_templates_user_created on brainstorm_templates (user_id, created_at desc, id desc);
select pulse_protect_owned_table('brainstorm_templates', 'user_id', '${app_role}');
-- Keys never change: the app role updates only what an edit changes.
revoke update on brainstorm_templates from ${app_role};
grant update (updated_at, name, description, steps) on brainstorm_templates to ${app_role};

-- Erases one batch of a user's data: first the sessions they own with everything in them (children first), then
-- their templates, then their traces in other users' sessions, then their audit entries. 0 once nothing of the user is
-- left. (V7's function, with the templates added.)
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
    removed := pulse_delete_batch('brainstorm_templates', 'user_id', target, batch_size);
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
