package io.pulse.messaging.autoresponse.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI example payloads of this service, kept in one place; the records and resources refer to them. */
public final class Examples {

    private Examples() {
    }

    /** The shape of a page of rules, for the OpenAPI document only (the resource returns the generic {@code Page}). */
    @Schema(name = "PageRuleView", description = "One page of rules in evaluation order")
    public record RulePage(List<RuleView> items, @Schema(nullable = true, description = "Opaque; null on the last page") String nextCursor) {
    }

    /** The shape of a page of log entries, for the OpenAPI document only. */
    @Schema(name = "PageLogEntryView", description = "One page of log entries, newest first")
    public record LogPage(List<LogEntryView> items, @Schema(nullable = true, description = "Opaque; null on the last page") String nextCursor) {
    }

    /** The webhook's 401: the signature does not match the body. */
    public static final String PROBLEM_BAD_SIGNATURE = """
            {"type": "urn:pulse:problem:unauthorized", "title": "Authentication required", "status": 401,
             "detail": "The X-Pulse-Signature header does not match the body.", "instance": "/api/auto-responses/webhooks/messages"}""";

    /** The webhook's 409: a delivery received before. */
    public static final String PROBLEM_REPLAY = """
            {"type": "urn:pulse:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "This delivery was already received (replay).", "instance": "/api/auto-responses/webhooks/messages"}""";

    /** The webhook's 503: no shared secret is configured. */
    public static final String PROBLEM_WEBHOOK_NOT_CONFIGURED = """
            {"type": "urn:pulse:problem:webhook-not-configured", "title": "Webhook not configured", "status": 503,
             "detail": "The webhook is not configured on this server (PULSE_AUTO_RESPONSE_WEBHOOK_SECRET).",
             "instance": "/api/auto-responses/webhooks/messages"}""";

    /** The 422 of the evaluations: the request's pattern work is above the limit. */
    public static final String PROBLEM_TOO_COSTLY = """
            {"type": "urn:pulse:problem:evaluation-too-costly", "title": "Evaluation too costly", "status": 422,
             "detail": "Matching these 500 message(s) against the patterns of your enabled rules would take 210000000 units of work (characters of content times the weight of each pattern, 420 in all); one request may take at most 100000000. Nothing was evaluated: send fewer or shorter messages per request, or simplify or disable patterns.",
             "instance": "/api/auto-responses/evaluate/batch"}""";

    /** The 409 of the evaluations: the user's rules kept changing while the messages were evaluated. */
    public static final String PROBLEM_RULES_CHANGED = """
            {"type": "urn:pulse:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "The rules changed during the evaluation, several times; nothing was recorded. Retry.",
             "instance": "/api/auto-responses/evaluate"}""";

    /** The 422 of a new rule: the user has as many as one user may. */
    public static final String PROBLEM_TOO_MANY_RULES = """
            {"type": "urn:pulse:problem:unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "You have 1000 rules, the most one user may have (1000). Delete or reuse one.", "instance": "/api/auto-responses/rules"}""";

    /** The 404 of /out-of-office: the user has none. */
    public static final String PROBLEM_NO_OUT_OF_OFFICE = """
            {"type": "urn:pulse:problem:not-found", "title": "Not found", "status": 404, "detail": "Out-of-office reply was not found.",
             "instance": "/api/auto-responses/out-of-office"}""";

    public static final String RULE_INPUT = """
            {"name": "Pricing questions", "priority": 10,
             "conditions": {"keywords": {"match": "any", "terms": ["price", "pricing", "quote"]}, "channels": ["email"]},
             "template": "Hi {{sender.firstName | \\"there\\"}}, our price list is at example.com/prices.",
             "personalise": true, "generatedReply": false, "tone": "friendly", "timeZone": "Europe/Paris", "cooldownMinutes": 1440,
             "replySubject": "Our prices"}""";

    public static final String RULE = """
            {"id": "0192f3a0-2222-7000-8000-000000000002", "kind": "rule", "name": "Pricing questions", "enabled": true, "priority": 10,
             "conditions": {"keywords": {"match": "any", "terms": ["price", "pricing", "quote"]}, "channels": ["email"]},
             "template": "Hi {{sender.firstName | \\"there\\"}}, our price list is at example.com/prices.", "internalTemplate": null,
             "personalise": true, "generatedReply": false, "tone": "friendly", "timeZone": "Europe/Paris", "cooldownMinutes": 1440,
             "replySubject": "Our prices", "createdAt": "2026-06-28T16:02:11.512Z", "updatedAt": "2026-06-28T16:02:11.512Z",
             "warnings": [{"code": "conflict", "otherRuleId": "0192f3a0-2222-7000-8000-000000000009", "otherRuleName": "Quotes",
                           "message": "Rule 'Quotes' has the same priority (10) and can match the same messages; the older rule wins. Give one of them a different priority."}]}""";

    public static final String RULES_PAGE = """
            {"items": [{"id": "0192f3a0-4444-7000-8000-000000000004", "kind": "out_of_office", "name": "Out of office", "enabled": true,
                        "priority": 0, "conditions": {"dateRange": {"from": "2026-06-30T22:00:00Z", "until": "2026-07-14T22:00:00Z"}},
                        "template": "I'm away until {{returnDate}}.", "personalise": false, "generatedReply": false, "tone": "friendly",
                        "timeZone": "Europe/Paris",
                        "cooldownMinutes": 1440, "createdAt": "2026-06-28T16:02:11.512Z", "updatedAt": "2026-06-28T16:02:11.512Z"},
                       {"id": "0192f3a0-2222-7000-8000-000000000002", "kind": "rule", "name": "Pricing questions", "enabled": true,
                        "priority": 10, "conditions": {"keywords": {"match": "any", "terms": ["price", "pricing", "quote"]}},
                        "template": "Our price list is at example.com/prices.", "personalise": true, "generatedReply": true, "tone": "friendly",
                        "timeZone": "UTC",
                        "cooldownMinutes": 1440, "createdAt": "2026-06-28T16:05:40.001Z", "updatedAt": "2026-06-28T16:05:40.001Z"}],
             "nextCursor": "eyJ2IjpbMTAsIjIwMjYtMDYtMjhUMTY6MDU6NDAuMDAxWiIsIjAxOTJmM2EwIl19"}""";

    public static final String RULE_STATS = """
            {"ruleId": "0192f3a0-2222-7000-8000-000000000002", "sent": 12, "suppressed": 5,
             "suppressedByReason": {"cooldown": 4, "conversation_limit": 1}, "failed": 0, "lastFiredAt": "2026-07-03T07:15:00Z"}""";

    public static final String OUT_OF_OFFICE_INPUT = """
            {"from": "2026-07-01T00:00:00+02:00", "until": "2026-07-15T00:00:00+02:00",
             "message": "Hi {{sender.firstName | \\"there\\"}}, I'm away until {{returnDate}} with limited access to messages.",
             "internalMessage": "I'm on holiday until {{returnDate}}; Carol covers for me.",
             "internalAudience": "everyone", "externalAudience": "contacts_only",
             "timeZone": "Europe/Paris", "personalise": true, "replySubject": "Out of office until 15 July"}""";

    public static final String OUT_OF_OFFICE = """
            {"ruleId": "0192f3a0-4444-7000-8000-000000000004", "enabled": true, "active": false,
             "from": "2026-06-30T22:00:00Z", "until": "2026-07-14T22:00:00Z",
             "message": "Hi {{sender.firstName | \\"there\\"}}, I'm away until {{returnDate}} with limited access to messages.",
             "internalMessage": "I'm on holiday until {{returnDate}}; Carol covers for me.", "audience": "known_contacts",
             "internalAudience": "everyone", "externalAudience": "contacts_only", "channels": [],
             "priority": 0, "personalise": true, "tone": "friendly", "timeZone": "Europe/Paris", "cooldownMinutes": 1440,
             "replySubject": "Out of office until 15 July", "updatedAt": "2026-06-28T16:02:11.512Z"}""";

    public static final String INCOMING_MESSAGE = """
            {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f", "conversationId": "0192f3a0-0000-7000-8000-000000000001",
             "sender": {"id": "5b0c1d2e-3f40-4152-8637-48596a7b8c9d", "name": "Anna Müller", "email": "anna@example.com"},
             "content": "Hi! What is the price of the premium plan?", "sentAt": "2026-07-03T09:15:00+02:00", "channel": "email",
             "subject": "Premium plan price", "knownContact": true}""";

    public static final String EVALUATION_BATCH = """
            {"messages": [
              {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f", "conversationId": "0192f3a0-0000-7000-8000-000000000001",
               "sender": {"name": "Anna Müller", "email": "anna@example.com"}, "content": "What is the price of the premium plan?", "channel": "email"},
              {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e10", "conversationId": "0192f3a0-0000-7000-8000-000000000002",
               "sender": {"name": "Weekly digest", "email": "digest@news.example.com"}, "content": "This week's top stories", "bulk": true}]}""";

    public static final String WEBHOOK_DELIVERY = """
            {"userId": "6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e",
             "message": {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f", "conversationId": "0192f3a0-0000-7000-8000-000000000001",
                         "sender": {"id": "5b0c1d2e-3f40-4152-8637-48596a7b8c9d", "name": "Anna Müller"},
                         "content": "Are you around this afternoon?", "channel": "chat"}}""";

    public static final String EVALUATION = """
            {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f", "reply": true, "ruleId": "0192f3a0-2222-7000-8000-000000000002",
             "ruleName": "Pricing questions", "text": "Good morning, Anna!\\n\\nOur price list is at example.com/prices.",
             "personalised": true, "engine": "local", "logId": "0192f3a0-3333-7000-8000-000000000003",
             "replyHeaders": {"Auto-Submitted": "auto-replied", "X-Pulse-Auto-Reply": "0192f3a0-3333-7000-8000-000000000003"},
             "subject": "Re: Premium plan price",
             "audience": {"group": "external", "knownContact": true, "because": "external (example.com is not one of your domains), a known contact (the caller's knownContact flag)"}}""";

    public static final String RULE_EXPLANATION = """
            {"ruleId": "0192f3a0-2222-7000-8000-000000000002", "ruleName": "Pricing questions", "priority": 10, "matched": false,
             "conditions": [{"condition": "keywords", "passed": false, "reason": "no keyword of ['price', 'pricing', 'quote'] occurs"},
                            {"condition": "channels", "passed": true, "reason": "channel email is one of [email]"}]}""";

    public static final String EVALUATION_BATCH_RESULT = """
            {"results": [
              {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f", "reply": true, "ruleId": "0192f3a0-2222-7000-8000-000000000002",
               "ruleName": "Pricing questions", "text": "Hi Anna, our price list is at example.com/prices.", "personalised": false,
               "engine": "local", "logId": "0192f3a0-3333-7000-8000-000000000003",
               "replyHeaders": {"Auto-Submitted": "auto-replied", "X-Pulse-Auto-Reply": "0192f3a0-3333-7000-8000-000000000003"}},
              {"messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e10", "reply": false, "logId": "0192f3a0-3333-7000-8000-000000000004",
               "reason": "bulk_or_list", "detail": "The message is bulk or mailing-list mail."}]}""";

    public static final String LOG_ENTRY = """
            {"id": "0192f3a0-3333-7000-8000-000000000003", "ruleId": "0192f3a0-2222-7000-8000-000000000002",
             "conversationId": "0192f3a0-0000-7000-8000-000000000001", "messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f",
             "senderId": "5b0c1d2e-3f40-4152-8637-48596a7b8c9d", "senderEmail": "anna@example.com", "channel": "email",
             "status": "sent", "reason": null, "text": "Hi Anna, our price list is at example.com/prices.", "personalised": false,
             "engine": "local", "fallbackReason": null, "subject": "Re: Premium plan price", "createdAt": "2026-07-03T07:15:00.123Z"}""";

    public static final String LOG_PAGE = """
            {"items": [{"id": "0192f3a0-3333-7000-8000-000000000005", "ruleId": "0192f3a0-2222-7000-8000-000000000002",
                        "conversationId": "0192f3a0-0000-7000-8000-000000000001", "messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e11",
                        "senderEmail": "anna@example.com", "channel": "email", "status": "suppressed", "reason": "cooldown",
                        "personalised": false, "engine": null, "fallbackReason": null, "createdAt": "2026-07-03T07:25:00.000Z"},
                       {"id": "0192f3a0-3333-7000-8000-000000000003", "ruleId": "0192f3a0-2222-7000-8000-000000000002",
                        "conversationId": "0192f3a0-0000-7000-8000-000000000001", "messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f",
                        "senderEmail": "anna@example.com", "channel": "email", "status": "sent",
                        "text": "Hi Anna, our price list is at example.com/prices.", "personalised": false, "engine": "local",
                        "fallbackReason": null, "createdAt": "2026-07-03T07:15:00.123Z"}],
             "nextCursor": null}""";

    public static final String SUGGESTION_REQUEST = """
            {"content": "Are you free for a call on Tuesday at 3pm?", "senderName": "Anna Müller", "tone": "friendly"}""";

    public static final String SUGGESTIONS = """
            {"kind": "scheduling", "kinds": [{"kind": "scheduling", "score": 0.69}, {"kind": "question", "score": 0.31}],
             "suggestions": [{"text": "Tuesday at 3pm works for me.", "kind": "scheduling", "confidence": 0.69},
                             {"text": "Tuesday at 3pm is difficult for me. Could we find another time?", "kind": "scheduling", "confidence": 0.61},
                             {"text": "Let me check my calendar and confirm.", "kind": "scheduling", "confidence": 0.52}],
             "language": "en", "unavailableReason": null, "engine": "local", "fallbackReason": null}""";

    /** Conditions with groups: billing words AND (from a customer domain OR on chat OR both "refund" and "urgent"). */
    public static final String GROUPED_CONDITIONS = """
            {"keywords": {"match": "any", "terms": ["invoice", "refund", "billing"]},
             "any": [{"senders": {"domains": ["customer.example"]}},
                     {"channels": ["chat"]},
                     {"all": [{"keywords": {"terms": ["refund"]}}, {"keywords": {"terms": ["urgent"]}}]}]}""";

    /** The shape of a page of outbound webhooks, for the OpenAPI document only. */
    @Schema(name = "PageOutboundWebhookView", description = "One page of outbound webhooks, oldest first")
    public record OutboundWebhookPage(List<OutboundWebhookView> items, @Schema(nullable = true) String nextCursor) {
    }

    /** The shape of a page of outbound deliveries, for the OpenAPI document only. */
    @Schema(name = "PageOutboundDeliveryView", description = "One page of deliveries, newest first")
    public record OutboundDeliveryPage(List<OutboundDeliveryView> items, @Schema(nullable = true) String nextCursor) {
    }

    public static final String OUTBOUND_WEBHOOK_PAGE = "{\"items\": [{\"id\": \"0192f3a0-5555-7000-8000-000000000005\", "
            + "\"name\": \"Billing desk\", \"url\": \"https://hooks.example.com/pulse\", \"enabled\": true, "
            + "\"createdAt\": \"2026-07-01T10:00:00Z\", \"updatedAt\": \"2026-07-01T10:00:00Z\"}], \"nextCursor\": null}";

    public static final String OUTBOUND_DELIVERY_PAGE = "{\"items\": [" + OutboundDeliveryView.EXAMPLE + "], \"nextCursor\": null}";
}
