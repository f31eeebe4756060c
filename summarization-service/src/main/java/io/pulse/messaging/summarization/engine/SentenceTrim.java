package io.pulse.messaging.summarization.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a recap leaves out of a chat sentence before reporting it: spaced apostrophes ("don ' t"), greetings, thanks,
 * fillers and interjections, a leading "Name," or "Team," address, hedges and intensifiers, and, in a long sentence,
 * what follows its main clause (never a condition or a contrast, which would change what it says).
 */
final class SentenceTrim {

    private static final Pattern SPACED_APOSTROPHE = Pattern.compile("(?<=\\p{L}) ?['’] (?=\\p{L})|(?<=\\p{L}) ['’](?=\\p{L})");
    private static final Pattern INTERJECTION = Pattern.compile("^(?:(?:sorry to hear (?:that|about that|this)|sorry about that|sorry for the (?:delay|wait|trouble)|scratch that|good catch|no worries|no problem|not at all|guess what|ok|okay|so|well|hey|hi|hello|oh|ah|um|uh|er|hmm|ugh|wow|"
            + "yes|yeah|yep|no(?=[,.!:;])|nope(?=[,.!:;])|sure|great|cool|nice|good|fine|alright|right|perfect|excellent|thanks|thank you|sorry|"
            + "honestly|actually|anyway|listen|now|then|also|and|but|well then|of course|oh dear|dear|"
            + "excuse me|pardon|indeed|certainly|really|agreed|ok then|all right|morning|good morning|good afternoon|"
            + "good evening|lol|haha|change of plan|fyi|btw)\\b[,.!:;]*\\s*)+", Pattern.CASE_INSENSITIVE);
    /** A greeting's address to a group: "Team, ...", "All: ...". */
    private static final Pattern GROUP_ADDRESS = Pattern.compile("^(?:team|all|everyone|everybody|folks|guys|y'all|people)\\s*[,:!]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THANKS_CLAUSE = Pattern.compile("^(?:thanks|thank you)\\b[^,.!]*[,.!]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern VOCATIVE = Pattern.compile("^@?(\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*)?)\\s*,\\s*(?=\\S)");
    private static final Pattern LABEL = Pattern.compile("^[\\p{L} ]{1,30}:\\s+(?=\\S)");

    private static final Pattern HEDGE = Pattern.compile("(?i)\\s+(?:just|really|actually|very|quite|basically|lately"
            + "|definitely|totally|absolutely|simply|honestly|literally|kind of|sort of)\\b(?=[\\s,.!?]|$)");

    /** A sentence is cut to its main clause only after this many words. */
    static final int CUT = 8;
    /** Where a long sentence may be cut without changing what it says: not before a condition or a contrast (", if", ", but"). */
    private static final Pattern SUBORDINATE = Pattern.compile("(?i),\\s*(?:and|so|because|which|who|when"
            + "|since|as|then)\\s|\\s+(?:because|which)\\s");

    /** The main clause of a long sentence: what comes before a comma or a subordinating word after {@link #CUT} words. */
    static String mainClause(String s) {
        Matcher m = SUBORDINATE.matcher(s);
        while (m.find()) {
            if (Text.words(s.substring(0, m.start())).size() >= CUT) {
                return s.substring(0, m.start());
            }
        }
        return s;
    }

    /** Whether the word is a greeting, filler or interjection ("Hmm", "Thanks"), not a name. */
    static boolean interjection(String word) {
        Matcher m = INTERJECTION.matcher(word + ", x");
        return m.lookingAt() && m.end() > word.length();
    }

    /** The sentence without spaced apostrophes ("don ' t"), greetings, fillers and a leading "Name," address. */
    static String clean(String sentence) {
        String s = Text.normalizeSpaces(SPACED_APOSTROPHE.matcher(sentence.replace('’', '\'')).replaceAll("'"));
        String before;
        do {
            before = s;
            s = THANKS_CLAUSE.matcher(s).replaceFirst("");
            s = INTERJECTION.matcher(s).replaceFirst("");
            s = VOCATIVE.matcher(s).replaceFirst("");
            s = GROUP_ADDRESS.matcher(s).replaceFirst("");
            s = LABEL.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return s.strip();
    }

    /** Without hedges and intensifiers that add no meaning ("just", "really", "very"). */
    static String withoutHedges(String s) {
        return HEDGE.matcher(s).replaceAll("");
    }

    private SentenceTrim() {
    }
}
