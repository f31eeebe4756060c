package io.pulse.messaging.brainstorm.llm;

import java.util.List;

/** The JSON a model answers suggestions with, as read; nothing in it is trusted before {@link SuggestionValidator}. */
record SuggestionAnswer(List<Item> suggestions) {

    record Item(String text, String step, String rationale, List<String> basedOn) {
    }
}
