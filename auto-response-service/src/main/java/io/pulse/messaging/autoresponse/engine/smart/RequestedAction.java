package io.pulse.messaging.autoresponse.engine.smart;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an English request asks the reader to do, as the reply can say it: "Could you send me the Q3 report by
 * Friday?" gives "send you the Q3 report". Only for a common work verb followed by a short object (at most eight
 * words, no link, address or quote; numbers and names are the message's own), with the pronouns turned round (me
 * and us become you, my and our your, your my, I'm and we're you're, you've I've, ...); a bare I, we or you, whose
 * verb would have to change too, is not turned round: null, as otherwise, and the reply stays generic ("I'll take care of it").
 */
public final class RequestedAction {

    private static final String VERB = "send|share|review|check|update|forward|sign|approve|fix|confirm|book|prepare|add"
            + "|merge|test|upload|look at|take a look at|proofread|finish|schedule|set up|resend";
    private static final Pattern REQUEST = Pattern.compile("(?i)\\b(?:could|can|would|will)\\s+you\\s+(?:please\\s+)?(?:also\\s+)?"
            + "(" + VERB + ")\\s+((?:[^?.!,;:\\n]|(?<=\\d)[.,](?=\\d)){2,80}?)\\s*(?=\\?|\\.(?!\\d)|!|,(?!\\d)|;|:|\\n|$"
            + "|\\s+(?:by|before|until|today|tomorrow|asap|when|if|so|and|for me|for us)\\b)");
    private static final Pattern UNSAFE = Pattern.compile("[\"“”@/<>{}\\[\\]]|https?:|www\\.");
    private static final Map<String, String> SWAPS = Map.ofEntries(Map.entry("me", "you"), Map.entry("us", "you"),
            Map.entry("my", "your"), Map.entry("our", "your"), Map.entry("your", "my"), Map.entry("yours", "mine"),
            Map.entry("mine", "yours"), Map.entry("ours", "yours"), Map.entry("myself", "yourself"),
            Map.entry("yourself", "myself"), Map.entry("ourselves", "yourselves"),
            Map.entry("i'm", "you're"), Map.entry("i've", "you've"), Map.entry("i'd", "you'd"), Map.entry("i'll", "you'll"),
            Map.entry("we're", "you're"), Map.entry("we've", "you've"), Map.entry("we'd", "you'd"), Map.entry("we'll", "you'll"),
            Map.entry("you're", "I'm"), Map.entry("you've", "I've"), Map.entry("you'd", "I'd"), Map.entry("you'll", "I'll"));
    /** Pronouns whose verb would have to change with them ("I am" is not "you am"): the action is not named. */
    private static final java.util.Set<String> UNSWAPPABLE = java.util.Set.of("i", "we", "you", "i's", "we's");

    private RequestedAction() {
    }

    /** The action to name in the reply ("review the pull request"), or null when it cannot be named safely. */
    public static String in(String text) {
        Matcher m = REQUEST.matcher(text);
        if (!m.find()) {
            return null;
        }
        String object = m.group(2).strip().replace('\u2019', '\'');
        String[] words = object.split("\\s+");
        String clause = text.substring(m.start(2)).split("[?!\\n]", 2)[0];
        if (words.length > 8 || UNSAFE.matcher(clause).find()) {
            return null;
        }
        StringBuilder action = new StringBuilder(m.group(1).toLowerCase(Locale.ROOT));
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (UNSWAPPABLE.contains(lower)) {
                return null;
            }
            action.append(' ').append(SWAPS.getOrDefault(lower, word));
        }
        return action.toString();
    }
}
