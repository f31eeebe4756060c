package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pulse.messaging.common.text.Stemmer;
import io.pulse.messaging.common.text.StopWords;
import io.pulse.messaging.common.text.Words;

/** Sentence splitting, tokenising and light stemming for English chat text. */
final class Text {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"')\\]]*\\s+|\\s*\\n+\\s*");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "vs.", "etc.",
            "approx.", "st.", "jr.", "inc.", "no.", "fig.", "a.m.", "p.m.", "cf.");

    /** The function words ({@link StopWords}) and a chat's fillers, greetings and hedges. */
    static final Set<String> STOPWORDS = StopWords.plus("since", "ok", "okay", "yes", "yeah", "yep", "nope", "hi", "hey",
            "hello", "thanks", "thank", "thx", "lol", "also", "really", "well", "oh", "ah", "um", "hmm", "sure", "great",
            "cool", "nice", "good", "got", "get", "go", "going", "gonna", "want", "wanna", "think", "know", "like", "one",
            "need", "let", "make", "still", "maybe", "guys", "everyone", "u", "ur", "im", "pls", "please", "yet",
            "already", "though", "anyway", "actually", "right", "see", "say", "said");

    private Text() {
    }

    /** The sentences of a message: split at sentence ends and line breaks, keeping abbreviations and URLs whole. */
    static List<String> sentences(String content) {
        List<String> sentences = new ArrayList<>();
        String text = content.strip();
        if (text.isEmpty()) {
            return sentences;
        }
        Matcher urls = URL.matcher(text);
        List<int[]> protectedRanges = new ArrayList<>();
        while (urls.find()) {
            protectedRanges.add(new int[] {urls.start(), urls.end()});
        }
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            int cut = end.start();
            if (inside(protectedRanges, cut) || endsWithAbbreviation(text, start, cut)) {
                continue;
            }
            add(sentences, text.substring(start, cut));
            start = end.end();
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static boolean inside(List<int[]> ranges, int position) {
        for (int[] range : ranges) {
            if (position > range[0] && position < range[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAbbreviation(String text, int start, int cut) {
        int wordStart = text.lastIndexOf(' ', cut - 1) + 1;
        if (wordStart < start) {
            wordStart = start;
        }
        String last = text.substring(wordStart, cut).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(last);
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }

    /** Lower-case word tokens, URLs dropped ({@link Words}). */
    static List<String> words(String text) {
        return Words.of(text);
    }

    /** Stemmed content terms: words minus stopwords and one-letter tokens. */
    static List<String> terms(String text) {
        return terms(words(text));
    }

    /** Stemmed content terms of words already read by {@link #words}. */
    static List<String> terms(List<String> words) {
        List<String> terms = new ArrayList<>();
        for (String w : words) {
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.length() < 2 || STOPWORDS.contains(w)) {
                continue;
            }
            terms.add(stem(w));
        }
        return terms;
    }

    /** The engines' light stemmer ({@link Stemmer}). */
    static String stem(String word) {
        return Stemmer.stem(word);
    }

    /** Whether the text reads as a question. */
    static boolean isQuestion(String sentence) {
        String s = sentence.strip();
        return s.endsWith("?") || s.endsWith("?)") || s.endsWith("?\"");
    }

    private static final Pattern QUOTE_LINE = Pattern.compile("^\\s*>+\\s?(.*)$");

    /** The message without the lines it quotes from earlier messages (lines starting with {@code >}). */
    static String withoutQuotes(String content) {
        if (content.indexOf('>') < 0) {
            return content;
        }
        StringBuilder own = new StringBuilder();
        for (String line : content.split("\\R", -1)) {
            if (!QUOTE_LINE.matcher(line).matches()) {
                own.append(line).append('\n');
            }
        }
        return own.toString();
    }

    /** The text of the lines a message quotes from earlier messages (lines starting with {@code >}), joined. */
    static String quoted(String content) {
        if (content.indexOf('>') < 0) {
            return "";
        }
        StringBuilder quoted = new StringBuilder();
        for (String line : content.split("\\R")) {
            Matcher m = QUOTE_LINE.matcher(line);
            if (m.matches()) {
                quoted.append(m.group(1)).append(' ');
            }
        }
        return quoted.toString().strip();
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String normalizeSpaces(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
