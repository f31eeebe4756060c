-- Issue 12: a language model behind the assistant features.
--
-- A clustering's labels may come from a model: its engine is then llm:<model>, or local-fallback when the model gave
-- no usable labels, and fallback_reason says why (the API's wire names). The grouping itself stays local.
alter table brainstorm_clusterings add column fallback_reason text;
alter table brainstorm_clusterings add constraint brainstorm_clusterings_fallback_reason
    check ((engine = 'local-fallback') = (fallback_reason is not null)
           and (fallback_reason is null or fallback_reason in
                ('timeout', 'rate-limited', 'invalid-output', 'unavailable', 'circuit-open', 'over-budget')));
grant update (fallback_reason) on brainstorm_clusterings to ${app_role};

-- Suggestions the local engine wrote in place of the model's are answered but never cached: a cached fallback would
-- keep the model's answer away for a day after a single timeout. The cache key holds the engine's identity (local, or
-- the model's endpoint, name and prompt version), so an answer is only ever served to the engine that wrote it.
alter table brainstorm_ai_cache add constraint brainstorm_ai_cache_no_fallback check (engine <> 'local-fallback');
