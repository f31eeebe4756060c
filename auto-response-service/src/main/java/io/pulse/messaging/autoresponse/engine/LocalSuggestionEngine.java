package io.pulse.messaging.autoresponse.engine;

import java.util.List;

import io.pulse.messaging.autoresponse.engine.smart.IntentClassifier;
import io.pulse.messaging.autoresponse.engine.smart.ReplyPhrases;
import io.pulse.messaging.autoresponse.engine.smart.ReplyPlanner;
import io.pulse.messaging.common.text.LanguageGuess;

/**
 * Smart replies without a model: the message's language ({@link LanguageGuess}), what it asks
 * ({@link IntentClassifier}), and three distinct replies that answer it ({@link ReplyPlanner}) in that language's fixed
 * phrases ({@link ReplyPhrases}: English, German, French, Spanish). A message in any other language gets no
 * suggestion, and says so ({@link SuggestionEngine#LANGUAGE_NOT_SUPPORTED}), rather than English replies. Deterministic.
 */
public final class LocalSuggestionEngine implements SuggestionEngine {

    private final IntentClassifier classifier = new IntentClassifier();
    private final ReplyPlanner planner = new ReplyPlanner();

    @Override
    public Result suggest(String content, String senderFirstName) {
        String text = content == null ? "" : content;
        String language = language(text);
        ReplyPhrases phrases = ReplyPhrases.of(language);
        if (phrases == null) {
            return new Result(List.of(), List.of(), "local", language, LANGUAGE_NOT_SUPPORTED);
        }
        String name = senderFirstName == null || senderFirstName.isBlank() ? null : senderFirstName.strip();
        IntentClassifier.Intent intent = classifier.classify(text);
        return new Result(intent.kinds(), planner.plan(intent, text, phrases, name), "local", language);
    }

    /**
     * The language to answer in: the guess's definite code, else its best guess; a text without letters (an emoji, a
     * number) is answered in English.
     */
    public static String language(String text) {
        LanguageGuess guess = LanguageGuess.of(text);
        return LanguageGuess.UNDETERMINED.equals(guess.language()) ? LanguageGuess.ENGLISH : guess.code();
    }
}
