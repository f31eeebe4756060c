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
    private static final Pattern REQUEST = Pattern.compile(
            "\\b(please|pls|plz|could you|can you|would you|will you|can u|could u|need you to|i need|we need|"
                    + "let me know|lmk|make sure|don't forget|remember to|send (me|over|us)|get back to me|"
                    + "kindly|would appreciate|are you able to)\\b");
    /** A deadline asks for something, unless the writer commits to it ("I'll send the notes by Friday"). */
    private static final Pattern DEADLINE = Pattern.compile(
            "\\b(by (today|tomorrow|monday|tuesday|wednesday|thursday|friday|eod|end of day|noon)|asap)\\b");
    private static final Pattern COMMITMENT = Pattern.compile(
            "\\b(i'll|i\u2019ll|i will|i'm going to|i am going to|we'll|we\u2019ll|we will|i can|will do)\\b");
    private static final Set<String> IMPERATIVES = Set.of("send", "review", "check", "update", "share", "confirm",
            "call", "email", "schedule", "book", "fix", "approve", "sign", "submit", "forward", "reply", "ping",
            "remind", "add", "prepare", "finish", "look", "merge", "deploy", "upload", "complete", "draft", "set");
    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile(
            "\\b(done|sent|will do|on it|ok|okay|sure|yes|yep|yeah|got it|shared|here (it )?is|here you go|attached|"
                    + "finished|completed|handled|taken care|no problem|np|absolutely|of course|confirmed|approved|"
                    + "booked|scheduled|merged|deployed|uploaded|submitted|signed|will send|i'll|i will|sounds good)\\b");
    private static final Pattern CLOSING = Pattern.compile(
            "\\b(thanks|thank you|thx|ty|cheers|bye|see you|talk soon|have a good|take care|great, thanks|perfect)\\b");

    private MessageClassifier() {
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
        return QUESTION_STARTS.contains(first) && t.split("\\s+").length >= 3 && !t.endsWith(".") && !t.endsWith("!");
    }

    public static boolean isRequest(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
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
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "…";
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
