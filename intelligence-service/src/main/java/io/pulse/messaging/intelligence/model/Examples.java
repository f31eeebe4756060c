package io.pulse.messaging.intelligence.model;

/** OpenAPI examples, kept in one place. */
final class Examples {

    private Examples() {
    }

    static final String ANALYZE_REQUEST = """
            {"messages": [
              {"id": "m-1", "sender": {"id": "u-alice", "name": "Alice Martin"}, "content": "The demo crashed again, the client was not happy.", "sentAt": "2026-11-24T09:00:00Z"},
              {"id": "m-2", "sender": {"id": "u-bob", "name": "Bob Li"}, "content": "Ugh. Can you send me the logs?", "sentAt": "2026-11-24T09:05:00Z", "replyTo": "m-1"}
            ],
             "topics": [{"name": "office move", "description": "Moving to the new office: desks, boxes, movers, keys"}],
             "title": "Demo crash at ACME", "channel": "email"}""";

    static final String INSIGHT = """
            {"conversationId": "0193a5c4-8d1e-7b7e-9f51-3c2b1a0d9e8f", "title": "Demo crash at ACME", "channel": "email",
             "engine": "local", "analyzedAt": "2026-11-24T09:06:00Z",
             "messageCount": 2, "analyzedMessages": 2, "skippedMessages": 0,
             "sentiment": {"label": "negative", "score": -0.52, "confidence": 0.61,
               "breakdown": {"positive": 0, "neutral": 0, "negative": 2, "mixed": 0, "recencyWeightedScore": -0.52,
                 "drivers": [{"messageId": "m-1", "senderName": "Alice Martin", "label": "negative", "score": -0.61, "weight": 0.58}],
                 "signals": [{"kind": "word", "text": "crashed", "effect": -2.0, "occurrences": 1}]}},
             "sentimentTrend": "insufficient_data", "sentimentDelta": 0,
             "messages": [{"messageId": "m-1", "senderId": "u-alice", "sentAt": "2026-11-24T09:00:00Z", "label": "negative", "score": -0.61,
               "reason": null}],
             "topics": [{"name": "technical_issue", "source": "built_in", "confidence": 0.83, "messageIds": ["m-1", "m-2"], "keywords": ["logs"]}],
             "participants": [{"id": "u-alice", "name": "Alice Martin", "messages": 1, "words": 9, "messageShare": 0.5, "wordShare": 0.56,
               "questions": 0, "medianResponseSeconds": null, "engagementScore": 0.62}],
             "engagement": {"score": 0.55, "trend": "insufficient_data", "trendStrength": 0, "baselineGapSeconds": null,
               "recentGapSeconds": null, "explanation": "Fewer than 6 messages: not enough to compare recent and earlier activity."},
             "followUps": [], "alerts": []}""";

    static final String SENTIMENT_BATCH_RESPONSE = """
            {"engine": "local", "fallbackReason": null, "results": [
              {"label": "positive", "score": 0.6892, "confidence": 0.8446, "positive": 0.56, "negative": 0, "neutral": 0.44,
               "signals": [{"kind": "word", "text": "great", "effect": 3.1}, {"kind": "punctuation", "text": "!", "effect": 0.292}],
               "reason": null},
              {"label": "negative", "score": -0.6705, "confidence": 0.8353, "positive": 0, "negative": 0.6, "neutral": 0.4,
               "signals": [{"kind": "word", "text": "failed", "effect": -2.3}, {"kind": "emoticon", "text": ":(", "effect": -1.9}],
               "reason": null}]}""";

    static final String SENTIMENT_SERIES = """
            {"conversationId": "0193a5c4-8d1e-7b7e-9f51-3c2b1a0d9e8f", "bucket": "hour", "from": "2026-11-24T00:00:00Z",
             "to": "2026-11-25T00:00:00Z", "points": [
               {"start": "2026-11-24T09:00:00Z", "messages": 4, "averageScore": -0.31, "minScore": -0.61, "maxScore": 0.44,
                "positive": 1, "neutral": 1, "negative": 2, "mixed": 0}]}""";

    static final String TOPIC_HISTORY = """
            {"conversationId": "0193a5c4-8d1e-7b7e-9f51-3c2b1a0d9e8f", "from": "2026-09-25T00:00:00Z", "to": "2026-11-24T10:00:00Z",
             "items": [{"topic": "technical_issue", "source": "built_in", "detections": 3, "averageConfidence": 0.71,
               "maxConfidence": 0.83, "firstSeen": "2026-11-24T09:00:00Z", "lastSeen": "2026-11-24T09:05:00Z", "messageIds": ["m-1", "m-2"]}]}""";

    static final String OVERVIEW = """
            {"conversations": 12,
             "mostNegative": [{"conversationId": "0193a5c4-8d1e-7b7e-9f51-3c2b1a0d9e8f", "sentiment": "negative", "sentimentScore": -0.52,
               "engagementScore": 0.55, "engagementTrend": "declining", "messageCount": 40, "lastMessageAt": "2026-11-24T09:05:00Z"}],
             "decliningEngagement": [],
             "waitingQuestions": [{"conversationId": "0193a5c4-8d1e-7b7e-9f51-3c2b1a0d9e8f", "messageId": "m-2", "senderName": "Bob Li",
               "excerpt": "Can you send me the logs?", "since": "2026-11-24T09:05:00Z",
               "suggestedText": "Following up on Bob Li's question: \"Can you send me the logs?\""}],
             "items": [{"conversationId": "0193a5c4-8d1e-7b7e-9f51-3c2b1a0d9e8f", "title": "Demo crash at ACME", "channel": "email",
               "lastActivityAt": "2026-11-24T09:05:00Z", "messageCount": 40, "sentiment": "negative", "sentimentScore": -0.52,
               "sentimentTrend": "declining", "sentimentDelta": -0.62, "openFollowUps": 1,
               "oldestOpenFollowUpAt": "2026-11-24T09:05:00Z", "oldestOpenFollowUpWaitingSeconds": 7200}],
             "nextCursor": "bGFzdEFjdGl2aXR5H2Rlc2MfMjAyNi0xMS0yNFQwOTowNTowMFofMDE5M2E1YzQtOGQxZS03YjdlLTlmNTEtM2MyYjFhMGQ5ZThm"}""";

    static final String FOLLOW_UP = """
            {"id": "5b0c7d1e-3f4a-3b8e-9c2d-1a2b3c4d5e6f", "status": "done", "type": "unanswered_question", "messageId": "m-2",
             "senderId": "u-bob", "senderName": "Bob Li", "excerpt": "Can you send me the logs?", "since": "2026-11-24T09:05:00Z",
             "waitingSeconds": 7200, "suggestedText": "Hi Alice, following up on Bob's question: \u201cCan you send me the logs?\u201d",
             "owner": null, "due": null}""";

    static final String SAVED_TOPIC_INPUT = """
            {"name": "company travel", "description": "Business trips, offsites and team travel",
             "keywords": ["flight", "hotel", "offsite"], "examples": ["Who is booking the hotel for the offsite?"]}""";
}
