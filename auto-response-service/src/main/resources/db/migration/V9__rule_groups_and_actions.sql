-- Issue 18 (auto-response): rule actions (reply, tag, notify, skip_other_rules) and outbound webhooks.
-- Condition groups (all / any) live in the conditions JSON and need no column.

-- A rule's actions as {"items": <the API's JSON array>}; null: reply only (every rule saved before actions existed). A rule
-- without a reply action needs no template.
alter table message_auto_responses add column actions jsonb
    check (actions is null or jsonb_typeof(actions) = 'object' and jsonb_typeof(actions -> 'items') = 'array');
comment on column message_auto_responses.actions is 'Actions when the rule matches (reply, tag, notify, skip_other_rules); null: reply only';
alter table message_auto_responses alter column response_template drop not null;
alter table message_auto_responses drop constraint message_auto_responses_response_template_check;
alter table message_auto_responses add constraint message_auto_responses_response_template_check
    check (response_template is null or length(response_template) between 1 and 5000);

-- The log keeps the tags of the matching rules and which rules notified a webhook; a message that rules matched without
-- any replying is logged as suppressed with reason no_reply_action.
alter table message_auto_response_log add column effects jsonb not null default '{}' check (jsonb_typeof(effects) = 'object');
comment on column message_auto_response_log.effects is
    '{"tags": [the matching rules'' tags], "notifiedRuleIds": [rules whose notify action applied]}; {} for none';
alter table message_auto_response_log drop constraint message_auto_response_log_reason_check;
alter table message_auto_response_log add constraint message_auto_response_log_reason_check
    check (reason is null or reason in ('auto_submitted', 'bulk_or_list', 'own_auto_reply', 'self', 'cooldown', 'conversation_limit',
                                        'empty_reply', 'no_reply_action'));
