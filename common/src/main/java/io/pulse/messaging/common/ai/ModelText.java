package io.pulse.messaging.common.ai;

import java.util.regex.Pattern;

/**
 * Text a model wrote, made safe to show: control and format characters removed (the bidirectional overrides and
 * isolates among them, which can make a text display other than it reads, and zero-width characters), runs of white
 * space collapsed to one space, stripped. Line breaks and tabs count as white space.
 */
public final class ModelText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ModelText() {
    }

    /** The text tidied; null for null, possibly empty. */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        return SPACE.matcher(CONTROL.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    /**
     * The text with its control and format characters removed but its line breaks and spacing kept (for replies whose
     * layout matters); null for null.
     */
    public static String visible(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }

    /** The text tidied, or null when it is null or nothing is left. */
    public static String tidyOrNull(String text) {
        String tidy = tidy(text);
        return tidy == null || tidy.isEmpty() ? null : tidy;
    }
}
