package io.pulse.messaging.summarization.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence splitting, tokenising and light stemming for English chat text. */
final class Text {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"')\\]]*\\s+|\\s*\\n+\\s*");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "vs.", "etc.",
            "approx.", "st.", "jr.", "inc.", "no.", "fig.", "a.m.", "p.m.", "cf.");

    static final Set<String> STOPWORDS = Set.copyOf(List.of(
            "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
            "do", "does", "doing", "during", "since", "each", "few", "for", "from", "further", "had", "has", "have",
            "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
            "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
            "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she",
            "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
            "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "very", "was",
            "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
            "you", "your", "yours", "yourself", "yourselves", "i'm", "i'll", "i've", "i'd", "you're", "you'll",
            "we're", "we'll", "we've", "it's", "that's", "there's", "let's", "don't", "doesn't", "didn't", "isn't",
            "aren't", "wasn't", "won't", "can't", "couldn't", "shouldn't", "wouldn't", "he's", "she's", "they're",
            "ok", "okay", "yes", "yeah", "yep", "no", "nope", "hi", "hey", "hello", "thanks", "thank", "thx", "lol",
            "also", "really", "well", "oh", "ah", "um", "hmm", "sure", "great", "cool", "nice", "good", "got", "get",
            "go", "going", "gonna", "want", "wanna", "think", "know", "like", "one", "need", "let", "make", "still",
            "maybe", "guys", "everyone", "all", "will", "shall", "may", "might", "must", "u", "ur", "im", "pls",
            "please", "would", "yet", "already", "though", "anyway", "actually", "right", "see", "say", "said"));

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

    /**
     * Lower-case word tokens (apostrophes normalised, URLs dropped): what {@code [\\p{L}\\p{N}][\\p{L}\\p{N}'’_-]*} finds
     * once every URL is replaced by a space, read in one pass over the text (each sentence is read this way once).
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int url = urlEnd(text, i);
            if (url > i) {
                i = url;
                continue;
            }
            int cp = text.codePointAt(i);
            if (!isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < n && urlEnd(text, i) == i) {
                int next = text.codePointAt(i);
                if (!isLetterOrNumber(next) && next != '\'' && next != '’' && next != '_' && next != '-') {
                    break;
                }
                i += Character.charCount(next);
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\'');
            int end = w.length();
            while (end > 0 && (w.charAt(end - 1) == '-' || w.charAt(end - 1) == '\'' || w.charAt(end - 1) == '_')) {
                end--;
            }
            if (end > 0) {
                words.add(w.substring(0, end));
            }
        }
        return words;
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Where a URL ({@code https?://\S+}) that starts at {@code i} ends, or {@code i} when none starts there. */
    private static int urlEnd(String text, int i) {
        if (!text.startsWith("http", i)) {
            return i;
        }
        int rest = text.startsWith("s://", i + 4) ? i + 8 : text.startsWith("://", i + 4) ? i + 7 : -1;
        if (rest < 0 || rest >= text.length() || isSpace(text.charAt(rest))) {
            return i;
        }
        int end = rest;
        while (end < text.length() && !isSpace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** {@code \s}: ASCII white space only, as in a regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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

    /** A light suffix-stripping stemmer, so that "reviews", "reviewed" and "reviewing" meet as one term. */
    static String stem(String word) {
        String w = word;
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ied") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return dropE(undouble(w.substring(0, w.length() - 3)));
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return dropE(undouble(w.substring(0, w.length() - 2)));
        }
        if (w.endsWith("ly") && w.length() > 5) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        return dropE(w);
    }

    private static String dropE(String w) {
        return w.endsWith("e") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
                && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
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
