-- The LLM engine (issue 12). A conversation's row says which engine analysed its latest messages and, when the local
-- engine answered although a model is configured, why; each analysed message keeps the model's reason for its label
-- and what the model found it waits for (who should act, the deadline it states, a suggested follow-up), so that
-- later, incremental analyses still show them. Every new column is null for the local engine's results.
alter table conversation_intelligence
    add column fallback_reason text
        check (fallback_reason in ('timeout', 'rate-limited', 'invalid-output', 'unavailable', 'circuit-open', 'over-budget')),
    add constraint conversation_intelligence_engine_known
        check (engine in ('local', 'local-fallback') or engine like 'llm:_%'),
    add constraint conversation_intelligence_fallback_explained
        check ((engine = 'local-fallback') = (fallback_reason is not null));

alter table sentiment_history
    add column reason text check (length(reason) between 1 and 80),
    add column follow_up_owner text check (length(follow_up_owner) between 1 and 128),
    add column follow_up_due date,
    add column follow_up_text text check (length(follow_up_text) between 1 and 300);
