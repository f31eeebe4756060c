package io.pulse.messaging.brainstorm.model;

import java.util.List;

/** One suggested idea, with the phrases of the session it was built from. */
public record SuggestionView(String text, String step, String rationale, List<String> basedOn) {
}
