package io.pulse.messaging.intelligence.engine;

import java.util.List;

/** A sharp sentiment shift within the conversation. */
public record Alert(AlertType type, String severity, String message, double recentScore, double baselineScore, List<String> messageIds) {
}
