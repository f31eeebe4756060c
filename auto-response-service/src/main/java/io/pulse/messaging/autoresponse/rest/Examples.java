package io.pulse.messaging.autoresponse.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulse.messaging.autoresponse.model.LogEntryView;
import io.pulse.messaging.autoresponse.model.RuleView;

/** OpenAPI examples kept in one place. */
final class Examples {

    private Examples() {
    }

    /** The shape of a page of rules, for the OpenAPI document only (the resource returns the generic {@code Page}). */
    @Schema(name = "PageRuleView", description = "One page of rules in evaluation order")
    record RulePage(List<RuleView> items, @Schema(nullable = true, description = "Opaque; null on the last page") String nextCursor) {
    }

    /** The shape of a page of log entries, for the OpenAPI document only. */
    @Schema(name = "PageLogEntryView", description = "One page of log entries, newest first")
    record LogPage(List<LogEntryView> items, @Schema(nullable = true, description = "Opaque; null on the last page") String nextCursor) {
    }

    static final String PROBLEM_VALIDATION = """
            {"type": "urn:pulse:problem:validation", "title": "Invalid request", "status": 400,
             "detail": "template: unknown placeholder 'sender.nickname' (known: [...]) at line 1, column 6 (offset 5)",
             "instance": "/api/auto-responses/rules",
             "errors": [{"field": "template", "message": "unknown placeholder 'sender.nickname' (known: [...]) at line 1, column 6 (offset 5)"}]}""";

    static final String PROBLEM_BATCH_TOO_LARGE = """
            {"type": "urn:pulse:problem:validation", "title": "Invalid request", "status": 400, "detail": "messages: size must be between 1 and 500",
             "instance": "/api/auto-responses/evaluate/batch", "errors": [{"field": "messages", "message": "size must be between 1 and 500"}]}""";

    static final String PROBLEM_BAD_SIGNATURE = """
            {"type": "urn:pulse:problem:unauthorized", "title": "Authentication required", "status": 401,
             "detail": "The X-Pulse-Signature header does not match the body.", "instance": "/api/auto-responses/webhooks/messages"}""";

    static final String PROBLEM_REPLAY = """
            {"type": "urn:pulse:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "This delivery was already received (replay).", "instance": "/api/auto-responses/webhooks/messages"}""";

    static final String PROBLEM_ACT_FOR = """
            {"type": "urn:pulse:problem:forbidden", "title": "Not allowed", "status": 403,
             "detail": "Only a service token may act for another user.", "instance": "/api/auto-responses/evaluate"}""";

    static final String PROBLEM_NO_OUT_OF_OFFICE = """
            {"type": "urn:pulse:problem:not-found", "title": "Not found", "status": 404, "detail": "Out-of-office reply was not found.",
             "instance": "/api/auto-responses/out-of-office"}""";

    static final String PROBLEM_LOG_NOT_FOUND = """
            {"type": "urn:pulse:problem:not-found", "title": "Not found", "status": 404, "detail": "Log entry was not found.",
             "instance": "/api/auto-responses/log/0192f3a0-3333-7000-8000-000000000003"}""";

    static final String RULES_PAGE = """
            {"items": [{"id": "0192f3a0-4444-7000-8000-000000000004", "kind": "out_of_office", "name": "Out of office", "enabled": true,
                        "priority": 0, "conditions": {"dateRange": {"from": "2026-06-30T22:00:00Z", "until": "2026-07-14T22:00:00Z"}},
                        "template": "I'm away until {{returnDate}}.", "personalise": false, "tone": "friendly", "timeZone": "Europe/Paris",
                        "cooldownMinutes": 1440, "createdAt": "2026-06-28T16:02:11.512Z", "updatedAt": "2026-06-28T16:02:11.512Z"},
                       {"id": "0192f3a0-2222-7000-8000-000000000002", "kind": "rule", "name": "Pricing questions", "enabled": true,
                        "priority": 10, "conditions": {"keywords": {"match": "any", "terms": ["price", "pricing", "quote"]}},
                        "template": "Our price list is at example.com/prices.", "personalise": true, "tone": "friendly", "timeZone": "UTC",
                        "cooldownMinutes": 1440, "createdAt": "2026-06-28T16:05:40.001Z", "updatedAt": "2026-06-28T16:05:40.001Z"}],
             "nextCursor": "eyJ2IjpbMTAsIjIwMjYtMDYtMjhUMTY6MDU6NDAuMDAxWiIsIjAxOTJmM2EwIl19"}""";

    static final String LOG_PAGE = """
            {"items": [{"id": "0192f3a0-3333-7000-8000-000000000005", "ruleId": "0192f3a0-2222-7000-8000-000000000002",
                        "conversationId": "0192f3a0-0000-7000-8000-000000000001", "messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e11",
                        "senderEmail": "anna@example.com", "channel": "email", "status": "suppressed", "reason": "cooldown",
                        "personalised": false, "createdAt": "2026-07-03T07:25:00.000Z"},
                       {"id": "0192f3a0-3333-7000-8000-000000000003", "ruleId": "0192f3a0-2222-7000-8000-000000000002",
                        "conversationId": "0192f3a0-0000-7000-8000-000000000001", "messageId": "0192f3a0-1b2c-7d3e-8f40-5a6b7c8d9e0f",
                        "senderEmail": "anna@example.com", "channel": "email", "status": "sent",
                        "text": "Hi Anna, our price list is at example.com/prices.", "personalised": false, "engine": "local",
                        "createdAt": "2026-07-03T07:15:00.123Z"}],
             "nextCursor": null}""";

    static final String PROBLEM_NOT_FOUND = """
            {"type": "urn:pulse:problem:not-found", "title": "Not found", "status": 404, "detail": "Rule was not found.",
             "instance": "/api/auto-responses/rules/0192f3a0-2222-7000-8000-000000000002"}""";
}
