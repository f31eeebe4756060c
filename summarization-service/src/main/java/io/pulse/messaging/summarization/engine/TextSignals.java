package io.pulse.messaging.summarization.engine;

import java.util.List;

/**
 * What the local engine reads in text, for the checks that hold a model's answer to the thread ({@code engine.llm}):
 * content terms, done reports, reversals, references to a person. The same readings the local engine's detectors use,
 * so both engines agree on what a message says.
 */
public final class TextSignals {

    private TextSignals() {
    }

    /** Stemmed content terms (stopwords and one-letter tokens left out). */
    public static List<String> terms(String text) {
        return Text.terms(text);
    }

    /** Whether some statement (not a question) of {@code content} reports something done, neither negated nor promised. */
    public static boolean reportsDone(String content) {
        for (String sentence : Text.sentences(Text.withoutQuotes(content))) {
            if (!Text.isQuestion(sentence) && Cues.reportsDone(CueText.of(sentence))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} names {@code person} (by @mention, first or full name) among the people of {@code messages}. */
    public static boolean refersTo(List<ChatMessage> messages, Person person, String text) {
        return person != null && new Roster(messages, person).refersTo(text, person);
    }
}
