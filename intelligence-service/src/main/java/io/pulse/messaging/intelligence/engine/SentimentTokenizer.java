package io.pulse.messaging.intelligence.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * VADER's tokens: the text split on white space, leading and trailing punctuation stripped from words (an emoticon
 * such as ":)" or ":-D" is kept whole). In addition, emoji are split off as tokens of their own (skin tones, variation
 * selectors and joiners dropped), an emoticon glued after a word is split off, a word of one or two letters loses its
 * punctuation too ("no," is "no"), and punctuation that ends a clause is noted.
 */
final class SentimentTokenizer {

    private final SentimentLexicon lexicon;

    SentimentTokenizer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<SentimentToken> tokenize(String text) {
        List<SentimentToken> tokens = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                chunk(text.substring(start, i), tokens);
            }
        }
        return tokens;
    }

    private void chunk(String chunk, List<SentimentToken> tokens) {
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < chunk.length()) {
            int cp = chunk.codePointAt(i);
            if (isEmoji(cp)) {
                flushWord(word, tokens);
                tokens.add(new SentimentToken(new String(Character.toChars(cp)), true, false, false));
            } else if (cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                // variation selectors, joiners and skin tones carry no sentiment of their own
            } else {
                word.appendCodePoint(cp == '\u2019' || cp == '\u2018' ? '\'' : cp);
            }
            i += Character.charCount(cp);
        }
        flushWord(word, tokens);
    }

    private void flushWord(StringBuilder word, List<SentimentToken> tokens) {
        if (word.isEmpty()) {
            return;
        }
        String raw = word.toString();
        word.setLength(0);
        if (lexicon.contains(raw.toLowerCase(Locale.ROOT))) {
            // a word or an emoticon exactly as listed (":)", "<3", ":-D", "lol")
            tokens.add(new SentimentToken(raw, false, !Character.isLetterOrDigit(raw.charAt(0)), false));
            return;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isPunctuation(raw.charAt(start))) {
            start++;
        }
        while (end > start && isPunctuation(raw.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            SentimentToken punctuation = new SentimentToken(raw, false, false, true);
            punctuation.sentenceEnd = endsSentence(raw);
            punctuation.comma = raw.indexOf(',') >= 0;
            tokens.add(punctuation);
            return;
        }
        word(raw.substring(0, start), raw.substring(start, end), raw.substring(end), tokens);
    }

    /** A word with the punctuation before and after it, and the emoticons glued to it. */
    private void word(String leading, String core, String trailing, List<SentimentToken> tokens) {
        // an emoticon that ends in a letter, glued to a word: "thanks:D", "great:P"
        for (int k = Math.min(3, core.length() - 2); k >= 2; k--) {
            String suffix = core.substring(core.length() - k);
            if (isPunctuation(suffix.charAt(0)) && lexicon.contains(suffix.toLowerCase(Locale.ROOT))) {
                tokens.add(new SentimentToken(core.substring(0, core.length() - k), false, false, false));
                tokens.add(new SentimentToken(suffix + trailing, false, true, false));
                return;
            }
        }
        String emoticonBefore = leading.length() >= 2 ? leadingEmoticon(leading) : null;
        if (emoticonBefore != null) {
            tokens.add(new SentimentToken(emoticonBefore, false, true, false));
        }
        tokens.add(new SentimentToken(core, false, false, false));
        if (!trailing.isEmpty()) {
            String emoticon = trailingEmoticon(trailing);
            if (emoticon != null) {
                tokens.add(new SentimentToken(emoticon, false, true, false));
            }
            SentimentToken last = tokens.get(tokens.size() - 1);
            last.sentenceEnd = endsSentence(trailing);
            last.comma = trailing.indexOf(',') >= 0;
        }
    }

    private String leadingEmoticon(String leading) {
        for (int to = leading.length(); to >= 2; to--) {
            if (lexicon.contains(leading.substring(0, to).toLowerCase(Locale.ROOT))) {
                return leading.substring(0, to);
            }
        }
        return null;
    }

    private String trailingEmoticon(String trailing) {
        for (int from = 0; from < trailing.length() - 1; from++) {
            for (int to = trailing.length(); to >= from + 2; to--) {
                String candidate = trailing.substring(from, to).toLowerCase(Locale.ROOT);
                if (lexicon.contains(candidate)) {
                    return trailing.substring(from, to);
                }
            }
        }
        return null;
    }

    /** Python's {@code string.punctuation}. */
    static boolean isPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static boolean endsSentence(String punctuation) {
        for (int i = 0; i < punctuation.length(); i++) {
            char c = punctuation.charAt(i);
            if (c == '.' || c == ';' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    static boolean isEmoji(int cp) {
        return (cp >= 0x1F300 && cp <= 0x1FAFF && !(cp >= 0x1F3FB && cp <= 0x1F3FF))
                || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1F000 && cp <= 0x1F2FF) || cp == 0x2B50 || cp == 0x2B55
                || cp == 0x2705 || cp == 0x274C || cp == 0x2764;
    }
}
