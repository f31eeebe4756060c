package io.pulse.messaging.intelligence.engine;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Cheap speech-act cues: is a message a question, a request, an acknowledgement? */
public final class MessageClassifier {

    private static final Set<String> QUESTION_STARTS = Set.of("who", "what", "when", "where", "why", "how", "which",
            "whose", "whom", "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "will", "would",
            "should", "shall", "may", "might", "have", "has", "had", "any", "anyone", "anybody", "isn't", "aren't",
            "don't", "doesn't", "didn't", "won't", "wouldn't", "shouldn't", "can't", "couldn't");
    private static final Pattern REQUEST = words(
            "please|pls|plz|could you|can you|would you|will you|can u|could u|need you to|i need|we need|"
                    + "let me know|lmk|make sure|don't forget|remember to|send (me|over|us)|get back to me|"
                    + "kindly|would appreciate|are you able to");
    /** A deadline asks for something, unless the writer commits to it ("I'll send the notes by Friday"). */
    private static final Pattern DEADLINE = words(
            "by (today|tomorrow|monday|tuesday|wednesday|thursday|friday|eod|end of day|noon)|asap");
    private static final Pattern COMMITMENT = words(
            "i'll|i\u2019ll|i will|i'm going to|i am going to|we'll|we\u2019ll|we will|i can|will do");
    private static final Set<String> IMPERATIVES = Set.of("send", "review", "check", "update", "share", "confirm",
            "call", "email", "schedule", "book", "fix", "approve", "sign", "submit", "forward", "reply", "ping",
            "remind", "add", "prepare", "finish", "look", "merge", "deploy", "upload", "complete", "draft", "set");
    private static final Pattern ACKNOWLEDGEMENT = words(
            "done|sent|will do|on it|ok|okay|sure|yes|yep|yeah|got it|shared|here (it )?is|here you go|attached|"
                    + "finished|completed|handled|taken care|no problem|np|absolutely|of course|confirmed|approved|"
                    + "booked|scheduled|merged|deployed|uploaded|submitted|signed|will send|i'll|i will|sounds good");
    private static final Pattern CLOSING = words(
            "thanks|thank you|thx|ty|cheers|bye|see you|talk soon|have a good|take care|great, thanks|perfect");

    private MessageClassifier() {
    }

    /**
     * {@code \b(alternatives)\b}, led by a look-ahead for the letters the alternatives start with: the matcher tries
     * every position of the text, and at most of them no alternative can start, which the look-ahead tells at once
     * instead of trying each of the thirty-odd alternatives in turn. It matches exactly what the plain pattern matches.
     */
    static Pattern words(String alternatives) {
        StringBuilder first = new StringBuilder();
        int depth = 0;
        boolean alternativeStarts = true;
        for (int i = 0; i < alternatives.length(); i++) {
            char c = alternatives.charAt(i);
            if (alternativeStarts && first.indexOf(String.valueOf(c)) < 0) {
                if (!Character.isLetterOrDigit(c)) {
                    throw new IllegalArgumentException("An alternative must start with a letter or digit: " + alternatives);
                }
                first.append(c);
            }
            alternativeStarts = false;
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternativeStarts = true;
            }
        }
        return Pattern.compile("\\b(?=[" + first + "])(" + alternatives + ")\\b");
    }

    /** A message's cues, as the single-cue methods below would give them. */
    public record Cues(int words, boolean question, boolean request, boolean acknowledgement, boolean closing) {
    }

    /** All cues of a message at once: its text is lower-cased once for the four patterns rather than once per pattern. */
    public static Cues classify(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return new Cues(wordCount(text), isQuestion(text), isRequestLowerCase(lower), ACKNOWLEDGEMENT.matcher(lower).find(),
                CLOSING.matcher(lower).find());
    }

    public static boolean isQuestion(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.indexOf('?') >= 0) {
            return true;
        }
        String first = firstWord(t);
        // "Can you ..." without a question mark is still a question in chat; a bare "Is" line too.
        return QUESTION_STARTS.contains(first) && regexTokens(t) >= 3 && !t.endsWith(".") && !t.endsWith("!");
    }

    public static boolean isRequest(String text) {
        return isRequestLowerCase(text.toLowerCase(Locale.ROOT));
    }

    private static boolean isRequestLowerCase(String lower) {
        return REQUEST.matcher(lower).find() || IMPERATIVES.contains(firstWord(lower))
                || (DEADLINE.matcher(lower).find() && !COMMITMENT.matcher(lower).find());
    }

    public static boolean isAcknowledgement(String text) {
        return ACKNOWLEDGEMENT.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    public static boolean isClosing(String text) {
        return CLOSING.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    public static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    public static String excerpt(String text, int max) {
        String t = collapseRegexWhitespace(text.strip());
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    /**
     * What {@code text.split("\\s+").length} gives for a stripped, non-empty text (the runs between regex white space,
     * {@code [ \t\n\x0B\f\r]}), without compiling a pattern per call.
     */
    private static int regexTokens(String stripped) {
        int tokens = 0;
        boolean inToken = false;
        for (int i = 0; i < stripped.length(); i++) {
            boolean token = !isRegexSpace(stripped.charAt(i));
            if (token && !inToken) {
                tokens++;
            }
            inToken = token;
        }
        return tokens;
    }

    /** {@code text.replaceAll("\\s+", " ")} without compiling a pattern per call, and without copying a text that has no run to collapse. */
    static String collapseRegexWhitespace(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || (i + 1 < text.length() && isRegexSpace(text.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        boolean inSpace = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String firstWord(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '\'')) {
            end++;
        }
        return t.substring(0, end);
    }
}
