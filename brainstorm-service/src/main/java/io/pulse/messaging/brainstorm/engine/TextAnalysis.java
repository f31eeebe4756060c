package io.pulse.messaging.brainstorm.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Small, dependency-free text tools shared by the engines: tokens, a light stemmer, and RAKE-style key phrase
 * extraction (candidate phrases are the runs of content words between stop words and punctuation, scored by the
 * degree / frequency of their words).
 */
public final class TextAnalysis {

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    private static final Pattern PHRASE_BREAK = Pattern.compile("[.,;:!?()\\[\\]{}\"/\\\\|]+|\\s[-–—]\\s");

    static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "even", "every", "few", "for", "from",
            "further", "get", "gets", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his",
            "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "lets", "make", "makes",
            "may", "me", "might", "more", "most", "much", "must", "my", "need", "needs", "no", "nor", "not", "now",
            "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "per", "same",
            "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then",
            "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us",
            "use", "using", "very", "via", "was", "we", "were", "what", "when", "where", "which", "while", "who",
            "whom", "why", "will", "with", "within", "without", "would", "you", "your", "yours", "ll", "re", "ve",
            "don't", "can't", "won't", "isn't", "it's", "we're", "let's", "etc", "way", "ways", "thing", "things",
            "new", "better", "improve", "improving", "add", "adding", "allow", "allowing", "people", "one", "two",
            "lot", "lots", "really", "like", "want", "wants", "give", "gives", "help", "helps", "keep", "keeps",
            "instead", "else", "another", "anyone", "someone", "something", "everything", "nothing");

    private TextAnalysis() {
    }

    /** Lower-cased word tokens, punctuation removed. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        for (String raw : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            String token = trimDashes(raw);
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** The stems of the content words of a text, as a set: what two phrasings of one idea share. */
    public static Set<String> contentStems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String token : tokens(text)) {
            if (isContent(token)) {
                stems.add(stem(token));
            }
        }
        return stems;
    }

    /** Jaccard overlap of the content stems of two texts, 0 to 1. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int shared = 0;
        for (String stem : a) {
            if (b.contains(stem)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** A content word: not a stop word, not a bare number, at least two letters. */
    public static boolean isContent(String token) {
        return token.length() > 1 && !STOP_WORDS.contains(token) && !token.chars().allMatch(Character::isDigit);
    }

    /** A light suffix-stripping stemmer (plural and common verb/adjective endings), enough to match word forms. */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ations", "ation", "ings", "ing", "ers", "er", "edly", "ed", "ly", "es", "s"}) {
            if (w.length() - suffix.length() >= 4 && w.endsWith(suffix)) {
                String base = w.substring(0, w.length() - suffix.length());
                if (suffix.equals("s") && base.endsWith("s")) {
                    return w; // "class", "process"
                }
                w = base;
                break;
            }
        }
        // "message" and "messages" (stripped to "messag") meet without the final e.
        return w.length() > 4 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }

    /** A scored key phrase of one or more texts. */
    public record Phrase(String text, double score, int occurrences) {
    }

    /**
     * Key phrases of the texts, best first: candidate phrases (one to {@code maxWords} content words between
     * stop words and punctuation), scored RAKE-style and by how many texts use them. Phrases that only repeat a
     * better phrase's words are dropped.
     */
    public static List<Phrase> keyPhrases(List<String> texts, int maxWords, int limit) {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        Map<String, Integer> phraseCounts = new HashMap<>();
        Map<String, Integer> wordFrequency = new HashMap<>();
        Map<String, Integer> wordDegree = new HashMap<>();
        for (String text : texts) {
            Set<String> seenInText = new LinkedHashSet<>();
            for (String fragment : PHRASE_BREAK.split(text == null ? "" : text)) {
                List<String> run = new ArrayList<>();
                for (String token : tokens(fragment)) {
                    if (isContent(token)) {
                        run.add(token);
                    } else {
                        addRuns(run, maxWords, candidates, seenInText);
                        run = new ArrayList<>();
                    }
                }
                addRuns(run, maxWords, candidates, seenInText);
            }
            for (String phrase : seenInText) {
                phraseCounts.merge(phrase, 1, Integer::sum);
                List<String> words = candidates.get(phrase);
                for (String word : words) {
                    wordFrequency.merge(word, 1, Integer::sum);
                    wordDegree.merge(word, words.size(), Integer::sum);
                }
            }
        }
        List<Phrase> scored = new ArrayList<>();
        for (Map.Entry<String, List<String>> candidate : candidates.entrySet()) {
            double score = 0;
            for (String word : candidate.getValue()) {
                score += (double) wordDegree.get(word) / wordFrequency.get(word);
            }
            int count = phraseCounts.get(candidate.getKey());
            scored.add(new Phrase(candidate.getKey(), score * (1 + Math.log(count)), count));
        }
        scored.sort(Comparator.comparingDouble(Phrase::score).reversed().thenComparing(Phrase::text));
        List<Phrase> kept = new ArrayList<>();
        List<Set<String>> keptStems = new ArrayList<>();
        for (Phrase phrase : scored) {
            Set<String> stems = contentStems(phrase.text());
            boolean redundant = keptStems.stream().anyMatch(other -> other.containsAll(stems) || stems.containsAll(other) && other.size() == stems.size());
            if (!redundant) {
                kept.add(phrase);
                keptStems.add(stems);
            }
            if (kept.size() == limit) {
                break;
            }
        }
        return kept;
    }

    private static void addRuns(List<String> run, int maxWords, Map<String, List<String>> candidates, Set<String> seen) {
        if (run.isEmpty()) {
            return;
        }
        // A long run is cut into its trailing maxWords words (English noun phrases end in their head noun).
        List<String> words = run.size() > maxWords ? run.subList(run.size() - maxWords, run.size()) : run;
        String phrase = String.join(" ", words);
        candidates.putIfAbsent(phrase, List.copyOf(words));
        seen.add(phrase);
    }

    private static String trimDashes(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && (token.charAt(start) == '-' || token.charAt(start) == '\'')) {
            start++;
        }
        while (end > start && (token.charAt(end - 1) == '-' || token.charAt(end - 1) == '\'')) {
            end--;
        }
        return token.substring(start, end);
    }
}
