package io.pulse.messaging.summarization.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a speaker's sentence into a recap in the third person: "I'll send the deck" by Alice becomes "Alice will
 * send the deck"; other sentences are quoted after the speaker's name.
 */
final class Attribution {

    private static final Pattern LEADING_FIRST_PERSON = Pattern.compile(
            "^(?:(ok|okay|so|well|yes|yeah|sure|and|but|also|no worries|no problem|np|great|cool|perfect|alright|thanks|good catch|got it)[,!.]?\\s+)?(i'm|im|i am|i'll|ill|i will|i've|ive|i have|i'd|i would|i was|i)\\s+((?:\\p{L}+ly\\s+|just\\s+|also\\s+|still\\s+|never\\s+|already\\s+)*)(\\S+)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MY = Pattern.compile("\\bmy\\b");
    private static final Pattern YOU = Pattern.compile("(?<=\\s)(you|u)(?=[\\s.,!?:;]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YOUR = Pattern.compile("(?<=\\s)(your|ur)(?=\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_FILLER = Pattern.compile("^(?:(?:ok|okay|so|well|hey|hi|hmm|um|uh|oh|lol|haha)[,!.]*\\s+)+",
            Pattern.CASE_INSENSITIVE);

    private Attribution() {
    }

    /** The sentence as part of a recap, attributed to {@code name}. */
    static String attribute(String name, String sentence) {
        return attribute(name, sentence, null);
    }

    /**
     * The sentence as part of a recap, attributed to {@code name}; in a conversation between two people,
     * {@code listener} names the other one, whom "you" refers to.
     */
    static String attribute(String name, String sentence, String listener) {
        String s = Text.normalizeSpaces(sentence);
        if (listener != null) {
            s = youWithItsVerb(s, listener);
            s = YOUR.matcher(s).replaceAll(Matcher.quoteReplacement(listener + "'s"));
            s = YOU.matcher(s).replaceAll(Matcher.quoteReplacement(listener));
        }
        Matcher m = LEADING_FIRST_PERSON.matcher(s);
        if (m.matches()) {
            String pronoun = m.group(2).toLowerCase().replace('’', '\'');
            String adverbs = m.group(3);
            String next = m.group(4);
            String rest = MY.matcher(m.group(5)).replaceAll("their");
            String verb = switch (pronoun) {
                case "i'm", "im", "i am" -> "is " + adverbs + next;
                case "i'll", "ill", "i will" -> "will " + adverbs + next;
                case "i've", "ive", "i have" -> "has " + adverbs + next;
                case "i'd", "i would" -> "would " + adverbs + next;
                case "i was" -> "was " + adverbs + next;
                default -> adverbs + Verbs.thirdPerson(next);
            };
            return ensureStop(name + " " + verb + rest);
        }
        String body = LEADING_FILLER.matcher(s).replaceFirst("");
        if (body.isEmpty()) {
            body = s;
        }
        body = Character.toUpperCase(body.charAt(0)) + body.substring(1);
        String verb = Text.isQuestion(body) ? " asks: " : ": ";
        return ensureStop(name + verb + body);
    }

    /** "you" with the verb that agrees with it, in the third person: "Are you ready" -> "Is Chloe ready", "you're" -> "Chloe's". */
    private static final Pattern VERB_YOU = Pattern.compile("\\b(are|were|do|have|don't|aren't|weren't|haven't)\\s+(you|u)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YOU_VERB = Pattern.compile(
            "\\b(you|u)(?:\\s+(are|were|have|aren't|weren't|haven't|don't|need|want|seem|look)\\b|('re|'ve|'ll|'d)\\b)",
            Pattern.CASE_INSENSITIVE);

    private static String youWithItsVerb(String sentence, String listener) {
        String s = sentence.replace('’', '\'');
        Matcher m = VERB_YOU.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String verb = Verbs.thirdPerson(m.group(1).toLowerCase());
            if (Character.isUpperCase(m.group(1).charAt(0))) {
                verb = Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(verb + " " + listener));
        }
        m.appendTail(out);
        m = YOU_VERB.matcher(out.toString());
        out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(2) != null
                    ? listener + " " + Verbs.thirdPerson(m.group(2).toLowerCase())
                    : switch (m.group(3).toLowerCase()) {
                        case "'re" -> listener + "'s";
                        case "'ve" -> listener + " has";
                        case "'ll" -> listener + " will";
                        default -> listener + " would";
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String ensureStop(String s) {
        String t = s.strip();
        char last = t.charAt(t.length() - 1);
        return ".!?…".indexOf(last) >= 0 ? t : t + ".";
    }
}
