package io.pulse.messaging.autoresponse.engine.smart;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an English request asks the reader to do, as the reply can say it: "Could you send me the Q3 report by
 * Friday?" gives "send you the Q3 report". Only for a common work verb followed by a short object (at most eight
 * words, no link, address or quote; numbers and names are the message's own), with the pronouns turned round (me
 * and us become you, my and our your, your my); null otherwise, and the reply stays generic ("I'll take care of it").
 */
public final class RequestedAction {

    private static final String VERB = "send|share|review|check|update|forward|sign|approve|fix|confirm|book|prepare|add"
            + "|merge|test|upload|look at|take a look at|proofread|finish|schedule|set up|resend";
    private static final Pattern REQUEST = Pattern.compile("(?i)\\b(?:could|can|would|will)\\s+you\\s+(?:please\\s+)?(?:also\\s+)?"
            + "(" + VERB + ")\\s+([^?.!,;:\\n]{2,80}?)\\s*(?=\\?|\\.|!|,|;|:|\\n|$"
            + "|\\s+(?:by|before|until|today|tomorrow|asap|when|if|so|and|for me|for us)\\b)");
    private static final Pattern UNSAFE = Pattern.compile("[\"“”@/<>{}\\[\\]]|https?:|www\\.");
    private static final Map<String, String> SWAPS = Map.of("me", "you", "us", "you", "my", "your", "our", "your",
            "your", "my", "yours", "mine", "mine", "yours");

    private RequestedAction() {
    }

    /** The action to name in the reply ("review the pull request"), or null when it cannot be named safely. */
    public static String in(String text) {
        Matcher m = REQUEST.matcher(text);
        if (!m.find()) {
            return null;
        }
        String object = m.group(2).strip();
        String[] words = object.split("\\s+");
        String clause = text.substring(m.start(2)).split("[?!\\n]", 2)[0];
        if (words.length > 8 || UNSAFE.matcher(clause).find()) {
            return null;
        }
        StringBuilder action = new StringBuilder(m.group(1).toLowerCase(Locale.ROOT));
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("i") || lower.equals("we") || lower.equals("you")) {
                return null;
            }
            action.append(' ').append(SWAPS.getOrDefault(lower, word));
        }
        return action.toString();
    }
}
