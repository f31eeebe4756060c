package io.pulse.messaging.common.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one list of English function words (articles, pronouns, auxiliaries, prepositions, conjunctions and their
 * contractions), which carry no topic. An engine that also ignores words of its own domain (a chat's "thanks" and
 * "ok", an idea's "improve") adds them with {@link #plus(String...)}, so the function words are written once.
 */
public final class StopWords {

    public static final Set<String> ENGLISH = Set.copyOf(List.of(
            "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
            "do", "does", "doing", "during", "each", "few", "for", "from", "further", "had", "has", "have",
            "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
            "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
            "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she",
            "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
            "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "us", "very",
            "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
            "would", "you", "your", "yours", "yourself", "yourselves", "shall", "may", "might", "must", "i'm", "i'll",
            "i've", "i'd", "you're", "you'll", "we're", "we'll", "we've", "it's", "that's", "there's", "let's", "don't",
            "doesn't", "didn't", "isn't", "aren't", "wasn't", "won't", "can't", "couldn't", "shouldn't", "wouldn't",
            "he's", "she's", "they're", "ll", "re", "ve", "don", "won", "isn", "aren", "didn", "doesn"));

    private StopWords() {
    }

    /** The function words and {@code extra}, as one immutable set. */
    public static Set<String> plus(String... extra) {
        Set<String> words = new HashSet<>(ENGLISH);
        words.addAll(List.of(extra));
        return Set.copyOf(words);
    }

    public static boolean isStopWord(String lowerCaseWord) {
        return ENGLISH.contains(lowerCaseWord);
    }
}
