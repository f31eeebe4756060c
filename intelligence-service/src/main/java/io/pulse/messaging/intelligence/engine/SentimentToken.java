package io.pulse.messaging.intelligence.engine;

import java.util.Locale;

/** One token of a text as VADER's rules read it: a word, an emoticon, an emoji, or a run of punctuation. */
final class SentimentToken {

    final String text;
    final String lower;
    final boolean emoji;
    final boolean emoticon;
    /** Only punctuation (VADER keeps such tokens: they count as neutral and hold a place in the window). */
    final boolean punctuation;
    /** Python's {@code str.isupper()}: has a cased letter and no lower-case one. */
    final boolean upper;
    /** The booster or dampener scalar of the word (elongations included: "sooo", "reallly"), or null. */
    final Double booster;
    /** Followed by ".", "!", "?" or ";": modifiers do not reach across. */
    boolean sentenceEnd;
    /** Followed by ",": VADER's window reaches across, but not "no" (an interjection: "No, great job"). */
    boolean comma;

    SentimentToken(String text, boolean emoji, boolean emoticon, boolean punctuation) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.emoji = emoji;
        this.emoticon = emoticon;
        this.punctuation = punctuation;
        boolean cased = false;
        boolean lowerSeen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                lowerSeen = true;
            } else if (Character.isUpperCase(c)) {
                cased = true;
            }
        }
        this.upper = cased && !lowerSeen && !emoji;
        Double b = punctuation || emoji ? null : SentimentLexicon.BOOSTERS.get(lower);
        if (b == null && !punctuation && !emoji && lower.length() > 3) {
            b = SentimentLexicon.BOOSTERS.get(SentimentLexicon.collapseRuns(lower, 2));
            if (b == null) {
                b = SentimentLexicon.BOOSTERS.get(SentimentLexicon.collapseRuns(lower, 1));
            }
        }
        this.booster = b;
    }

    /** Whether a sentence ends after this token (or a clause, at a comma or punctuation, when {@code commas}). */
    boolean breaksAfter(boolean commas) {
        return sentenceEnd || (commas && (comma || punctuation));
    }
}
