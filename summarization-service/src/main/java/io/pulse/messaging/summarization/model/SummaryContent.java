package io.pulse.messaging.summarization.model;

import java.util.List;

/** The engine-produced part of a summary: what is stored in {@code content} and returned with the summary. */
public record SummaryContent(
        String summary,
        List<KeyPointView> keyPoints,
        List<ActionItemView> actionItems,
        List<DecisionView> decisions,
        List<OpenQuestionView> openQuestions,
        List<ParticipantView> participants,
        CoverageView coverage,
        List<DigestConversationView> conversations) {
}
