-- A matching rule whose reply renders to nothing for a message (a template made only of placeholders without values or
-- fallbacks) is logged with status 'failed' and reason 'empty_reply'; nothing is sent and no cooldown is taken.
alter table message_auto_response_log drop constraint message_auto_response_log_reason_check;
alter table message_auto_response_log add constraint message_auto_response_log_reason_check
    check (reason is null or reason in ('auto_submitted', 'bulk_or_list', 'own_auto_reply', 'self', 'cooldown', 'conversation_limit',
                                        'empty_reply'));
