package io.pulse.messaging.intelligence.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keyword evidence: which of a topic's keywords a message contains. Short keywords (under five characters) must be whole
 * words; longer ones match the start of a word, so that a stem ("reschedul") or a singular ("recipe") matches its forms.
 */
public final class TopicKeywords {

    private TopicKeywords() {
    }

    /** The text lower-cased and padded with a space on each side, as {@link #hits} expects it. */
    public static String padded(String text) {
        return " " + text.toLowerCase(Locale.ROOT) + " ";
    }

    /** The keywords found in the text; an empty immutable list (no allocation) for the usual message that has none. */
    public static List<String> hits(String paddedLower, List<String> keywords) {
        List<String> hits = null;
        for (String k : keywords) {
            if (!k.isEmpty() && found(paddedLower, k)) {
                if (hits == null) {
                    hits = new ArrayList<>(2);
                }
                hits.add(k);
            }
        }
        return hits == null ? List.of() : hits;
    }

    private static boolean found(String text, String keyword) {
        int at = text.indexOf(keyword);
        while (at >= 0) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int after = at + keyword.length();
            boolean endsWord = after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
            if (startsWord && (keyword.length() >= 5 || endsWord)) {
                return true;
            }
            at = text.indexOf(keyword, at + 1);
        }
        return false;
    }
}
