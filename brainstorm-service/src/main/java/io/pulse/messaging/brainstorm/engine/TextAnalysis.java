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

import io.pulse.messaging.common.text.Stemmer;
import io.pulse.messaging.common.text.StopWords;
import io.pulse.messaging.common.text.Words;

/**
 * Small, dependency-free text tools shared by the engines: tokens, a light stemmer, and RAKE-style key phrase
 * extraction (candidate phrases are the runs of content words between stop words and punctuation, scored by the
 * degree / frequency of their words).
 */
public final class TextAnalysis {

    private static final Pattern PHRASE_BREAK = Pattern.compile("[.,;:!?()\\[\\]{}\"/\\\\|]+|\\s[-–—]\\s");

    /** The function words ({@link StopWords}) and the words every idea uses that say nothing about it. */
    static final Set<String> STOP_WORDS = StopWords.plus("also", "down", "even", "every", "get", "gets", "let", "lets",
            "make", "makes", "much", "need", "needs", "per", "up", "use", "using", "via", "within", "without", "etc",
            "way", "ways", "thing", "things", "new", "better", "improve", "improving", "add", "adding", "allow",
            "allowing", "people", "one", "two", "lot", "lots", "really", "like", "want", "wants", "give", "gives", "help",
            "helps", "keep", "keeps", "instead", "else", "another", "anyone", "someone", "something", "everything",
            "nothing");

    private TextAnalysis() {
    }

    /** Lower-cased word tokens, punctuation removed. */
    public static List<String> tokens(String text) {
        return text == null ? new ArrayList<>() : Words.of(text);
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

    /** The engines' light stemmer ({@link Stemmer}). */
    public static String stem(String word) {
        return Stemmer.stem(word.toLowerCase(Locale.ROOT));
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
}
