package io.pulse.messaging.autoresponse.engine.smart;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short answers to an English yes/no question built from its own auxiliary and subject: "Is the report ready?" gives
 * "it is" / "it isn't", "Do you have the numbers?" "I do" / "I don't", "Can I bring a guest?" "you can" / "you
 * can't". Only for a pronoun subject or one that starts with an article (a person's name could be he, she or they, so
 * none is made up); null otherwise, and the generic "Yes, I think so." is used.
 */
public final class YesNoAnswer {

    private static final Pattern QUESTION = Pattern.compile("(?i)(?:^|[.!?\\n]\\s*)(?:(?:hi|hey|hello)\\b[^,?!.]{0,30}[,!]\\s*)?"
            + "(?:[^?.!\\n:]{0,30}:\\s*)?"
            + "(can|could|will|would|is|are|was|were|do|does|did|have|has|should|am)\\s+([\\p{L}']+)[^?.!\\n]*\\?");
    private static final Map<String, String> NEGATIVE = Map.ofEntries(Map.entry("can", "can't"), Map.entry("could", "can't"),
            Map.entry("will", "won't"), Map.entry("would", "wouldn't"), Map.entry("is", "isn't"), Map.entry("are", "aren't"),
            Map.entry("was", "wasn't"), Map.entry("were", "weren't"), Map.entry("do", "don't"), Map.entry("does", "doesn't"),
            Map.entry("did", "didn't"), Map.entry("have", "haven't"), Map.entry("has", "hasn't"), Map.entry("should", "shouldn't"),
            Map.entry("am", "aren't"));

    /** "it is" and "it isn't". */
    public record Answer(String yes, String no) {
    }

    private YesNoAnswer() {
    }

    /** The answers to the message's yes/no question, or null when it asks none whose subject can be named. */
    public static Answer to(String text) {
        Matcher m = QUESTION.matcher(text);
        if (!m.find()) {
            return null;
        }
        String aux = m.group(1).toLowerCase(Locale.ROOT);
        String subject = subject(m.group(2).toLowerCase(Locale.ROOT), aux);
        if (subject == null) {
            return null;
        }
        if (aux.equals("could")) {
            aux = "can";
        }
        if (subject.equals("I") && (aux.equals("are") || aux.equals("am"))) {
            return new Answer("I am", "I'm not");
        }
        if (subject.equals("you") && aux.equals("am")) {
            aux = "are";
        }
        if (subject.equals("I") && aux.equals("were")) {
            aux = "was";
        }
        return new Answer(subject + " " + aux, subject + " " + NEGATIVE.get(aux));
    }

    /** The subject as the answer says it ("you" asked is "I" answered), or null when it cannot be told. */
    private static String subject(String word, String aux) {
        return switch (word) {
            case "you" -> "I";
            case "i" -> "you";
            case "we", "they", "it", "he", "she" -> word;
            case "this", "that" -> "it";
            case "the", "a", "an", "your", "our", "my", "these", "those" -> plural(aux) ? "they" : "it";
            default -> null;
        };
    }

    private static boolean plural(String aux) {
        return aux.equals("are") || aux.equals("were") || aux.equals("have") || aux.equals("do");
    }
}
