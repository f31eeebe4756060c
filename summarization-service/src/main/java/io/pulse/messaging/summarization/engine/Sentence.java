package io.pulse.messaging.summarization.engine;

import java.util.List;
import java.util.Set;

/**
 * A sentence of a message, with what the detectors need: its words for the cues ({@code cue}, cut once where
 * {@code \b} would cut them), its words as tokens ({@code words}) and its stemmed content terms.
 *
 * @param index its position among all sentences of the thread
 * @param message the position of its message in the thread
 */
record Sentence(int index, int message, String text, CueText cue, List<String> words, List<String> terms,
        Set<String> termSet, boolean question) {

    String lower() {
        return cue.lower();
    }
}
