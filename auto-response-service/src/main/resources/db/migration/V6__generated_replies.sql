-- Rules may opt into replies written by the language model for each message (their template, rewritten for it and
-- checked); off by default, so every existing rule keeps sending its owner's text.
alter table message_auto_responses add column generated_reply boolean not null default false;
comment on column message_auto_responses.generated_reply is 'Send the template rewritten by the model for each message (checked; the template itself on any failure)';

-- Why the engine named in the log row is local-fallback (timeout, rate-limited, invalid-output, ...): null otherwise.
-- Kebab-case and short rather than a list, so that a reason added to the shared model plumbing never fails a log write.
alter table message_auto_response_log add column fallback_reason text
    check (fallback_reason is null or fallback_reason ~ '^[a-z][a-z-]{0,39}$');
