-- Email replies carry a subject: "Re: <the message's subject>" when the message has one, else the rule's own subject
-- (optional, one line of at most 200 characters). The log keeps the subject sent next to the text sent.
alter table message_auto_responses add column reply_subject text
    check (reply_subject is null or (char_length(reply_subject) between 1 and 200 and reply_subject !~ '[\r\n]'));
comment on column message_auto_responses.reply_subject is 'Subject of email replies when the incoming message has none (else "Re: <its subject>")';

alter table message_auto_response_log add column reply_subject text;
comment on column message_auto_response_log.reply_subject is 'The subject sent with an email reply; null for other channels and for no reply';
