package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves what a speaker said into the third person, word by word: the speaker's "I / me / my" become their name, "we /
 * us / our" the speaker's side ({@link #we}), "you / your" the listener when it is known, each subject with the verb that
 * agrees with it ("I'm" -> "Bob is", "you have" -> "Chloe has", "we're" -> "Lee's team is"). Words it cannot place stay
 * as they are, so the result is never less grammatical than the input.
 */
final class PronounShift {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?|\\s+|[^\\s\\p{L}\\p{N}]");
    static final Set<String> MODALS = Set.of("can", "could", "should", "would", "will", "must", "might", "may", "shall",
            "can't", "cannot", "couldn't", "shouldn't", "wouldn't", "won't", "mustn't", "did", "didn't", "had", "hadn't");
    private static final Set<String> ADVERBS = Set.of("just", "also", "still", "never", "already", "really", "only", "always",
            "even", "actually", "probably", "definitely", "totally", "usually", "often", "sometimes", "not", "all", "both");
    /** Words after which "you" starts a clause (so it is a subject). */
    private static final Set<String> CLAUSE_STARTS = Set.of("when", "if", "that", "and", "but", "because", "so", "as", "what",
            "which", "who", "how", "where", "why", "since", "until", "before", "after", "while", "or", "unless", "whether",
            "once", "then", "think", "hope", "guess", "know", "sure", "mean", "than");

    /** The speaker's side when they say "we": its words and whether it takes a plural verb. */
    record Side(String name, boolean plural) {
    }

    private final String speaker;
    private final String listener;
    private final Side we;

    /**
     * @param speaker the speaker's name
     * @param listener the name of the person addressed ("you"), or null when nobody is
     * @param we who "we" are when the speaker says it
     */
    PronounShift(String speaker, String listener, Side we) {
        this.speaker = speaker;
        this.listener = listener;
        this.we = we;
    }

    /**
     * Who "we" are: the speaker's team in a group; in a two-person chat the speaker alone, since "we" there is as often
     * the speaker's side (a support agent's company) as both people, and the speaker is the one who said it.
     */
    static Side we(String speaker, String listener, int people) {
        return people <= 2 ? new Side(speaker, false) : new Side(speaker + "'s team", false);
    }

    String shift(String sentence) {
        List<String> tokens = tokens(sentence);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String lower = t.toLowerCase(Locale.ROOT);
            String replaced = switch (lower) {
                case "i", "i'm", "i'll", "i've", "i'd" -> subject(speaker, afterNameAnd(tokens, i),
                        lower.substring(1), tokens, i);
                case "we", "we're", "we'll", "we've", "we'd" -> subject(we.name(), we.plural(), lower.substring(2), tokens, i);
                case "me" -> speaker;
                case "my", "mine" -> speaker + "'s";
                case "myself" -> "themselves";
                case "us" -> we.plural() ? "them" : we.name();
                case "our", "ours" -> we.plural() ? "their" : we.name().endsWith("'s team") && "team".equalsIgnoreCase(nextWord(tokens, i))
                        ? speaker + "'s" : we.name() + "'s";
                case "ourselves" -> "themselves";
                case "you", "u", "you're", "you'll", "you've", "you'd" -> listener == null ? null : you(lower, tokens, i);
                case "your", "ur", "yours" -> listener == null ? null : listener + "'s";
                case "yourself" -> listener == null ? null : "themselves";
                default -> null;
            };
            if (replaced == null) {
                out.append(t);
            } else {
                out.append(replaced);
            }
        }
        return out.toString();
    }

    /** "you" as a subject (with its verb) or as an object. */
    private String you(String lower, List<String> tokens, int i) {
        String contraction = lower.startsWith("you") ? lower.substring(3) : "";
        if (!contraction.isEmpty()) {
            return subject(listener, false, contraction, tokens, i);
        }
        String previous = previousWord(tokens, i);
        String next = nextWord(tokens, i);
        boolean verbFollows = next != null && Set.of("are", "were", "have", "aren't", "weren't", "haven't", "don't", "do")
                .contains(next.toLowerCase(Locale.ROOT));
        if (verbFollows || previous == null || CLAUSE_STARTS.contains(previous.toLowerCase(Locale.ROOT))) {
            return subject(listener, false, "", tokens, i);
        }
        return listener;
    }

    /**
     * {@code name} as the subject in place of the pronoun at {@code i}, its verb (contracted onto the pronoun, or the
     * next words) made to agree: replaces the verb token in {@code tokens} when it is a separate word.
     */
    private String subject(String name, boolean plural, String contraction, List<String> tokens, int i) {
        switch (contraction) {
            case "'m", "'re" -> {
                return name + (plural ? " are" : " is");
            }
            case "'ll" -> {
                return name + " will";
            }
            case "'ve" -> {
                return name + (plural ? " have" : " has");
            }
            case "'d" -> {
                return name + " would";
            }
            default -> {
                if (!plural) {
                    agreeNextVerb(tokens, i);
                }
                return name;
            }
        }
    }

    /** Puts the verb after the subject at {@code i} (past any adverbs) into the third person singular. */
    private static void agreeNextVerb(List<String> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            String t = tokens.get(j);
            if (t.isBlank()) {
                continue;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (ADVERBS.contains(lower) || lower.endsWith("ly") && lower.length() > 4) {
                continue;
            }
            if (Character.isLetter(t.charAt(0))) {
                tokens.set(j, Verbs.thirdPerson(t));
            }
            return;
        }
    }

    /** Whether the pronoun at {@code i} is the second of two subjects: "Bob and I". */
    private static boolean afterNameAnd(List<String> tokens, int i) {
        int and = i - 2;
        if (and < 2 || !tokens.get(and).equalsIgnoreCase("and")) {
            return false;
        }
        String before = tokens.get(and - 2);
        return Character.isUpperCase(before.charAt(0)) || Set.of("you", "he", "she", "they").contains(before.toLowerCase(Locale.ROOT));
    }

    private static String nextWord(List<String> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (!tokens.get(j).isBlank()) {
                return Character.isLetter(tokens.get(j).charAt(0)) ? tokens.get(j) : null;
            }
        }
        return null;
    }

    private static String previousWord(List<String> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!tokens.get(j).isBlank()) {
                return Character.isLetter(tokens.get(j).charAt(0)) ? tokens.get(j) : null;
            }
        }
        return null;
    }

    private static List<String> tokens(String sentence) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
