package io.pulse.messaging.summarization.model;

/** OpenAPI examples, kept in one place. */
public final class Examples {

    private Examples() {
    }

    public static final String SUMMARY_REQUEST = """
            {"conversationId": "0b5d6f7e-1c2d-4e3f-8a9b-0c1d2e3f4a5b", "type": "thread",
             "messages": [
               {"id": "1f0e2d3c-4b5a-4968-8776-655443322110", "sender": {"id": "7d0c1b7e-3f4e-4f43-9a53-0b6a3f1f4c11", "name": "Alice Martin"},
                "content": "Bob, can you send the updated release notes by Friday?", "sentAt": "2026-11-25T14:03:00Z"},
               {"id": "2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "sender": {"id": "9e8d7c6b-5a49-4837-a261-504f3e2d1c0b", "name": "Bob Chen"},
                "content": "Sure, I'll send them by Friday.", "sentAt": "2026-11-25T14:05:00Z",
                "replyTo": "1f0e2d3c-4b5a-4968-8776-655443322110"}],
             "options": {"maxKeyPoints": 5, "timeZone": "America/New_York"}}""";

    public static final String DIGEST_REQUEST = """
            {"date": "2026-11-25", "timeZone": "America/New_York", "highlightsPerConversation": 3,
             "conversations": [{"conversationId": "0b5d6f7e-1c2d-4e3f-8a9b-0c1d2e3f4a5b", "title": "#launch",
               "messages": [{"id": "1f0e2d3c-4b5a-4968-8776-655443322110",
                 "sender": {"id": "7d0c1b7e-3f4e-4f43-9a53-0b6a3f1f4c11", "name": "Alice Martin"},
                 "content": "Bob, can you send the updated release notes by Friday?", "sentAt": "2026-11-25T14:03:00Z"}]}]}""";

    public static final String SUMMARY = """
            {"id": "019ab3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b", "conversationId": "0b5d6f7e-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
             "type": "thread", "timeZone": "America/New_York", "engine": "local", "fallbackReason": null, "cached": false,
             "createdAt": "2026-11-25T15:00:00Z", "expiresAt": "2026-12-25T15:00:00Z",
             "summary": "Alice: Bob, can you send the updated release notes by Friday? Bob will send them by Friday.",
             "keyPoints": [{"text": "Bob, can you send the updated release notes by Friday?",
               "speaker": {"id": "7d0c1b7e-3f4e-4f43-9a53-0b6a3f1f4c11", "name": "Alice Martin"}, "score": 1.0,
               "messageIds": ["1f0e2d3c-4b5a-4968-8776-655443322110"], "mentionsReader": false}],
             "actionItems": [{"text": "Bob, can you send the updated release notes by Friday?",
               "owner": {"id": "9e8d7c6b-5a49-4837-a261-504f3e2d1c0b", "name": "Bob Chen"}, "dueDate": "2026-11-27", "dueText": "by friday",
               "messageIds": ["1f0e2d3c-4b5a-4968-8776-655443322110", "2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"], "done": false, "doneMessageIds": []}],
             "decisions": [], "openQuestions": [],
             "participants": [{"id": "7d0c1b7e-3f4e-4f43-9a53-0b6a3f1f4c11", "name": "Alice Martin", "messageCount": 1},
                              {"id": "9e8d7c6b-5a49-4837-a261-504f3e2d1c0b", "name": "Bob Chen", "messageCount": 1}],
             "coverage": {"messagesTotal": 2, "messagesUsed": 2, "from": "2026-11-25T14:03:00Z", "to": "2026-11-25T14:05:00Z",
               "truncated": false, "leftOut": []}}""";
}
