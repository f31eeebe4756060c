package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last check a local suggestion passes before it is offered: one sentence, capitalised, closed by its punctuation,
 * with no template slot left, balanced quotes, "a"/"an" agreeing with the next word, no word doubled ("the the") and
 * no pair of content words said twice (a phrase repeated awkwardly, as when a slot repeats what a quote says).
 */
final class SuggestionCheck {

    static final int MAX_WORDS = 40;

    private static final Pattern LEFTOVER = Pattern.compile("[{}\\[\\]|<>_]|\\bnull\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern ARTICLE = Pattern.compile("\\b([Aa]n?) [\"“]?([\\p{L}\\p{N}][\\p{L}\\p{N}-]*)");

    private SuggestionCheck() {
    }

    /** Whether the sentence may be offered. */
    static boolean passes(String text) {
        return text != null && !text.isBlank() && wellFormed(text) && articlesAgree(text) && !repeats(text);
    }

    private static boolean wellFormed(String text) {
        int first = text.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(-1);
        boolean capitalised = first >= 0 && !Character.isLowerCase(first);
        boolean closed = text.endsWith(".") || text.endsWith("?") || text.endsWith("!");
        long quotes = text.chars().filter(c -> c == '"').count();
        boolean oneSentence = !text.substring(0, text.length() - 1).replaceAll("\"[^\"]*\"", "").matches("(?s).*[.!?]\\s.*");
        return capitalised && closed && quotes % 2 == 0 && oneSentence && !LEFTOVER.matcher(text).find()
                && !text.contains("  ") && words(text).size() <= MAX_WORDS;
    }

    private static boolean articlesAgree(String text) {
        Matcher matcher = ARTICLE.matcher(text);
        while (matcher.find()) {
            if (!matcher.group(1).equalsIgnoreCase(Agreement.indefinite(matcher.group(2)))) {
                return false;
            }
        }
        return true;
    }

    /** A word said twice in a row (in any form: "costs cost"), or two content words said together twice. */
    static boolean repeats(String text) {
        List<String> words = words(text);
        Set<String> pairs = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            String previous = words.get(i - 1);
            String word = words.get(i);
            if (previous.equals(word) || TextAnalysis.stem(previous).equals(TextAnalysis.stem(word))) {
                return true;
            }
            if (TextAnalysis.isContent(previous) && TextAnalysis.isContent(word)
                    && !pairs.add(TextAnalysis.stem(previous) + " " + TextAnalysis.stem(word))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
