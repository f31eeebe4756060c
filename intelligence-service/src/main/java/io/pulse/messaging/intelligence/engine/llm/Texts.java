package io.pulse.messaging.intelligence.engine.llm;

import java.util.regex.Pattern;

/** Text from a model's answer, made safe to show: control characters removed, whitespace collapsed, blank as null. */
final class Texts {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Texts() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = SPACE.matcher(CONTROL.matcher(text).replaceAll("")).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
