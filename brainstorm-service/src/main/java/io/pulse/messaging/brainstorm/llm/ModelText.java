package io.pulse.messaging.brainstorm.llm;

import java.util.Locale;
import java.util.regex.Pattern;

/** How this package reads a text a model wrote: tidied for display, and reduced to a form two texts are compared in. */
final class ModelText {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[\\s.!?;:,…]+$");
    private static final Pattern QUOTES = Pattern.compile("^[\"'“”‘’«»]+|[\"'“”‘’«»]+$");

    private ModelText() {
    }

    /** Common's {@link io.pulse.messaging.common.ai.ModelText#tidy}: no control characters, spaces collapsed. */
    static String tidy(String text) {
        return io.pulse.messaging.common.ai.ModelText.tidy(text);
    }

    /** A label as shown: tidied, without surrounding quotes or closing punctuation. */
    static String label(String text) {
        String tidy = tidy(text);
        if (tidy == null) {
            return null;
        }
        return END_PUNCTUATION.matcher(QUOTES.matcher(tidy).replaceAll("")).replaceAll("").strip();
    }

    /**
     * The form in which two texts count as the same: case, white space and closing punctuation ignored ("Free fruit on
     * Mondays." and "free  fruit on mondays" are one idea).
     */
    static String comparable(String text) {
        String tidy = tidy(text);
        return tidy == null ? "" : END_PUNCTUATION.matcher(tidy.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** How many words (runs of non-space characters) the text has. */
    static int words(String text) {
        String tidy = tidy(text);
        return tidy == null || tidy.isEmpty() ? 0 : SPACE.split(tidy).length;
    }
}
