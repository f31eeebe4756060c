package io.pulse.messaging.brainstorm.model;

/** OpenAPI examples, kept in one place. */
public final class Examples {

    public static final String CREATE_SESSION = """
            {"title": "Faster onboarding", "topic": "How can new customers get value from the app on their first day?",
             "framework": "scamper", "settings": {"votesPerParticipant": 3, "anonymousVoting": true, "stepTimerSeconds": 300, "advanceOnTimeUp": true}}""";
    public static final String UPDATE_SESSION = """
            {"currentStep": "combine", "status": "active"}""";
    public static final String IDEA = """
            {"text": "Replace the signup form with a single sign-on button", "step": "substitute", "details": "Google and Microsoft first"}""";
    public static final String COLLABORATOR = """
            {"role": "editor"}""";
    public static final String SUGGESTIONS = """
            {"step": "eliminate", "count": 5}""";
    public static final String MERGE = """
            {"keepId": "0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11", "ideaIds": ["0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11", "0190f5a4-7d02-7c4e-8f0a-5b0e2d3c1a22"]}""";

    public static final String START_VOTING_ROUND = """
            {"durationSeconds": 300, "votesPerParticipant": 3, "ideaIds": ["0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11",
             "0190f5a4-7d02-7c4e-8f0a-5b0e2d3c1a22"], "revealOnEnd": true}""";
    public static final String VOTING_ROUND_VIEW = """
            {"id": "0190f5a5-1a00-7b55-9a53-3f1b6f0e4c01", "sessionId": "0190f5a4-6b00-7a55-9a53-3f1b6f0e4b00",
             "status": "closed", "votesPerParticipant": 3, "durationSeconds": 300, "startedAt": "2026-11-30T10:10:00Z",
             "endsAt": "2026-11-30T10:15:00Z", "closedAt": "2026-11-30T10:15:00Z", "closedBy": "timer",
             "ideaIds": ["0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11", "0190f5a4-7d02-7c4e-8f0a-5b0e2d3c1a22"], "revealOnEnd": true,
             "revealedAt": null, "resultsVisible": true, "votesUsed": 2, "votesRemaining": 1,
             "myVotes": ["0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11", "0190f5a4-7d02-7c4e-8f0a-5b0e2d3c1a22"], "totalVotes": 5,
             "results": [{"ideaId": "0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11", "text": "Replace the signup form with a single sign-on button",
                          "step": "substitute", "votes": 3, "rank": 1},
                         {"ideaId": "0190f5a4-7d02-7c4e-8f0a-5b0e2d3c1a22", "text": "Offer SSO sign-up instead of the form",
                          "step": "substitute", "votes": 2, "rank": 2}]}""";
    public static final String TEMPLATE = """
            {"name": "Sprint check-in", "description": "Our fortnightly team check-in",
             "steps": [{"name": "What went well", "prompt": "Write down one thing that helped us this sprint.", "timeBoxSeconds": 300},
                       {"name": "What to change", "prompt": "Name one thing we should do differently next sprint."}]}""";
    public static final String SAVE_AS_TEMPLATE = """
            {"name": "Onboarding review", "description": "The steps of the onboarding session, to reuse"}""";
    public static final String TEMPLATE_VIEW = """
            {"id": "0190f5a4-9a00-7a55-9a53-3f1b6f0e4b99", "name": "Sprint check-in", "description": "Our fortnightly team check-in",
             "builtin": false, "framework": null,
             "steps": [{"key": "what_went_well", "name": "What went well", "prompt": "Write down one thing that helped us this sprint.",
                        "timeBoxSeconds": 300},
                       {"key": "what_to_change", "name": "What to change", "prompt": "Name one thing we should do differently next sprint.",
                        "timeBoxSeconds": null}],
             "createdAt": "2026-11-30T10:00:00Z", "updatedAt": "2026-11-30T10:00:00Z"}""";
    public static final String CREATE_SESSION_FROM_TEMPLATE = """
            {"title": "Sprint 42 check-in", "topic": "How did sprint 42 go?", "templateId": "0190f5a4-9a00-7a55-9a53-3f1b6f0e4b99"}""";

    public static final String SESSION_VIEW = """
            {"id": "0190f5a4-6b00-7a55-9a53-3f1b6f0e4b00", "title": "Faster onboarding",
             "topic": "How can new customers get value from the app on their first day?", "framework": "scamper",
             "status": "active", "currentStep": "substitute", "role": "owner", "ownerId": "6f1c2b0e-8a7d-4c1e-9b3a-2d5e7f9a1c00",
             "settings": {"votesPerParticipant": 3, "anonymousVoting": true, "stepTimerSeconds": 300, "keepIdeasOfFormerMembers": false, "advanceOnTimeUp": false},
             "stepStartedAt": "2026-11-30T10:00:00Z", "stepEndsAt": "2026-11-30T10:05:00Z",
             "steps": [{"key": "substitute", "title": "Substitute", "question": "What could we use instead?", "position": 1,
                        "ideaCount": 2, "empty": false, "current": true},
                       {"key": "combine", "title": "Combine", "question": "What could we combine?", "position": 2,
                        "ideaCount": 0, "empty": true, "current": false}],
             "emptySteps": ["combine", "adapt", "modify", "put_to_another_use", "eliminate", "reverse"], "ideaCount": 2,
             "createdAt": "2026-11-30T10:00:00Z", "updatedAt": "2026-11-30T10:00:00Z"}""";
    public static final String SESSION_SUMMARY = """
            {"id": "0190f5a4-6b00-7a55-9a53-3f1b6f0e4b00", "title": "Faster onboarding", "framework": "scamper",
             "status": "active", "currentStep": "substitute", "role": "editor", "ownerId": "6f1c2b0e-8a7d-4c1e-9b3a-2d5e7f9a1c00",
             "createdAt": "2026-11-30T10:00:00Z", "updatedAt": "2026-11-30T10:00:00Z"}""";
    public static final String COLLABORATOR_VIEW = """
            {"userId": "2b7d4e1a-3c5f-4a8e-9d0b-1e2f3a4b5c6d", "role": "editor",
             "invitedBy": "6f1c2b0e-8a7d-4c1e-9b3a-2d5e7f9a1c00", "since": "2026-11-30T10:01:00Z"}""";
    public static final String IDEA_VIEW = """
            {"id": "0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11", "sessionId": "0190f5a4-6b00-7a55-9a53-3f1b6f0e4b00",
             "step": "substitute", "text": "Replace the signup form with a single sign-on button", "details": "Google and Microsoft first",
             "authorId": "2b7d4e1a-3c5f-4a8e-9d0b-1e2f3a4b5c6d", "contributors": ["2b7d4e1a-3c5f-4a8e-9d0b-1e2f3a4b5c6d"],
             "votes": 2, "votedByMe": true, "voters": null,
             "createdAt": "2026-11-30T10:02:00Z", "updatedAt": "2026-11-30T10:02:00Z"}""";
    public static final String VOTE_STATUS = """
            {"ideaId": "0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11", "votes": 3, "votesUsed": 2, "votesRemaining": 1}""";
    public static final String VOTING_RESULTS = """
            {"votesPerParticipant": 3, "anonymous": true, "votesUsed": 2, "votesRemaining": 1,
             "items": [{"ideaId": "0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11", "text": "Replace the signup form with a single sign-on button",
                        "step": "substitute", "votes": 3, "voters": null}]}""";
    public static final String SUGGESTIONS_VIEW = """
            {"step": "eliminate", "engine": "llm:gpt-4o-mini", "fallbackReason": null, "cached": false,
             "generatedAt": "2026-11-30T10:03:00Z", "expiresAt": "2026-12-01T10:03:00Z", "ideasLeftOut": 0,
             "suggestions": [{"text": "Remove the email confirmation step before the first login", "step": "eliminate",
                              "rationale": "Drops a step the sign-on idea leaves pointless",
                              "basedOn": [], "basedOnIdeas": ["0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11"]}]}""";
    public static final String CLUSTERING = """
            {"sessionId": "0190f5a4-6b00-7a55-9a53-3f1b6f0e4b00", "engine": "llm:gpt-4o-mini", "fallbackReason": null,
             "ideaSetHash": "9c1d3f0b6a4e2d7c8b5a1f3e9d7c2b4a6e8f0d1c3b5a7e9f2d4c6b8a0e1f3d5c", "ideaCount": 5,
             "clusters": [{"id": "0190f5a4-8a00-7c4e-8f0a-5b0e2d3c1a01", "label": "Faster sign-in", "labelEngine": "llm:gpt-4o-mini", "ideaIds": ["0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11",
                           "0190f5a4-7d02-7c4e-8f0a-5b0e2d3c1a22", "0190f5a4-7d40-7c4e-8f0a-5b0e2d3c1a33"],
                           "confidence": 0.62, "cohesion": 0.58}],
             "unclustered": ["0190f5a4-7e00-7c4e-8f0a-5b0e2d3c1a44", "0190f5a4-7e40-7c4e-8f0a-5b0e2d3c1a55"],
             "mergeProposals": [{"keepId": "0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11",
                                 "ideaIds": ["0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11", "0190f5a4-7d02-7c4e-8f0a-5b0e2d3c1a22"],
                                 "contributors": ["2b7d4e1a-3c5f-4a8e-9d0b-1e2f3a4b5c6d", "6f1c2b0e-8a7d-4c1e-9b3a-2d5e7f9a1c00"],
                                 "similarity": 0.93}],
             "createdAt": "2026-11-30T10:04:00Z", "locked": false, "version": 3,
             "manualPlacements": [{"ideaId": "0190f5a4-7d40-7c4e-8f0a-5b0e2d3c1a33", "clusterId": "0190f5a4-8a00-7c4e-8f0a-5b0e2d3c1a01"}]}""";
    public static final String RENAME_CLUSTER = """
            {"label": "One-tap sign-in", "version": 3}""";
    public static final String MOVE_IDEA = """
            {"clusterId": "0190f5a4-8a00-7c4e-8f0a-5b0e2d3c1a01", "version": 4}""";
    public static final String LOCK_CLUSTERING = """
            {"locked": true, "version": 5}""";
    public static final String CREATE_ACTION_ITEM = """
            {"ownerId": "2b7d4e1a-3c5f-4a8e-9d0b-1e2f3a4b5c6d", "dueDate": "2026-12-18", "note": "Draft the SSO button copy first"}""";
    public static final String UPDATE_ACTION_ITEM = """
            {"status": "done"}""";
    public static final String ACTION_ITEM_VIEW = """
            {"id": "0190f5a4-9b00-7c4e-8f0a-5b0e2d3c1a77", "sessionId": "0190f5a4-6b00-7a55-9a53-3f1b6f0e4b00",
             "ideaId": "0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11", "ideaText": "Replace the signup form with a single sign-on button",
             "ownerId": "2b7d4e1a-3c5f-4a8e-9d0b-1e2f3a4b5c6d", "dueDate": "2026-12-18", "status": "open", "overdue": false,
             "note": "Draft the SSO button copy first", "createdBy": "6f1c2b0e-8a7d-4c1e-9b3a-2d5e7f9a1c00",
             "createdAt": "2026-12-04T10:20:00Z", "updatedAt": "2026-12-04T10:20:00Z", "doneAt": null}""";
    public static final String EXPORT_MARKDOWN = """
            # Faster onboarding

            How can new customers get value from the app on their first day?

            ## Ideas by step

            ### 1. Substitute

            - Replace the signup form with a single sign-on button (3 votes; by 2b7d4e1a-3c5f-4a8e-9d0b-1e2f3a4b5c6d)
            """;

    public static final String EVENTS = """
            event: ready
            data: {"sessionId": "0190f5a4-6b00-7a55-9a53-3f1b6f0e4b00"}

            event: idea_added
            data: {"ideaId": "0190f5a4-7c1e-7a55-9a53-3f1b6f0e4b11", "step": "substitute", "text": "Single sign-on button", \
            "authorId": "2b7d4e1a-3c5f-4a8e-9d0b-1e2f3a4b5c6d", "sessionId": "0190f5a4-6b00-7a55-9a53-3f1b6f0e4b00", \
            "actor": "2b7d4e1a-3c5f-4a8e-9d0b-1e2f3a4b5c6d"}

            """;

    private Examples() {
    }
}
