package io.pulse.messaging.summarization.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a chat as a recap says it: in the third person and as reported speech, never quoted after the
 * speaker's name. A request becomes "Alice asks Carol to chase legal", a question "Carol asks who is writing the email"
 * or "asks whether ...", "let's ..." a suggestion, a first-person statement a statement about the speaker ("I'll send
 * the notes" by Bob -> "Bob will send the notes"), anything else "Bob says the build is green". Greetings, thanks and
 * fillers are dropped first ({@link SentenceTrim}); what is left of a sentence that says nothing is null.
 */
final class ReportedSpeech {

    private static final Pattern LETS = Pattern.compile("^(?:let's|lets|let us)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST = Pattern.compile("^(?:can|could|will|would)\\s+(?:you|u)(?:\\s+(?:guys|all|two|both))?\\s+(?:please\\s+)?(?!like\\b)(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INVITE = Pattern.compile("^would\\s+you\\s+like\\s+(to\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern KNOW_WH = Pattern.compile(
            "^(?:do|does)\\s+(?:you|anyone|anybody|someone|somebody)\\s+know\\s+((?:who|what|when|where|why|how|which|if|whether)\\b.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WH_DO = Pattern.compile(
            "^((?:what|where|when|why|how|who|which)\\b(?:\\s+\\p{L}+){0,3}?)\\s+(do|does|did)\\s+(\\S+)\\s+(\\p{L}+)(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WH_AUX = Pattern.compile(
            "^((?:what|where|when|why|how|who|which)\\b(?:\\s+\\p{L}+){0,2}?)\\s+(is|are|was|were|can|could|will|would|should|have|has)\\s+"
                    + "(you|i|we|they|he|she|it)\\b(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "What is the status", "Who is writing the email": a question about a noun or with an -ing verb. */
    private static final Pattern WH_BE = Pattern.compile("^(what|who|where|when|why|which)\\s+(is|are|was|were)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YES_NO = Pattern.compile(
            "^(do|does|did|is|are|was|were|have|has|can|could|will|would|should|shall|may|might)\\s+(\\S+)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** A question without its question mark: an auxiliary before a pronoun ("Can I help you"). */
    private static final Pattern INVERTED = Pattern.compile(
            "(?i)(?:can|could|would|will|do|does|did|is|are|shall|should|may)\\s+(?:i|you|we|he|she|they|it)\\b");
    private static final Pattern DETERMINER = Pattern.compile(
            "(?i)this|that|these|those|the|a|an|your|my|his|her|their|our|its|any|some|every");
    private static final Pattern PREPOSITION = Pattern.compile("(?i)in|on|at|to|for|with|from|by|of|about");
    private static final Pattern MEASURE = Pattern.compile("\\d\\s?%|\\b\\d+(?:\\.\\d+)?\\s?(?:ms|s|min|h|k|m|gb|mb)\\b");
    private static final Pattern PLEASE = Pattern.compile("^(?:please|pls|kindly)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECTLESS_MODAL = Pattern.compile("^(?:will|can|could|should)\\s+(?!you\\b|we\\b|i\\b|they\\b|it\\b|be\\b|have\\b|take\\b|work\\b)\\p{L}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECTLESS = Pattern.compile("^(looks|seems|sounds)\\b", Pattern.CASE_INSENSITIVE);
    /** A report without its "I": "Rolled back the release" (a past form before an object or a particle). */
    private static final Pattern SUBJECTLESS_PAST = Pattern.compile(
            "^(\\p{L}+)\\s+(?i:the|a|an|it|them|back|up|out|off|that|this|my|your|our|all|some|in|into|on|to|for|with|\\d)\\b");
    private static final Pattern DONT = Pattern.compile("^(?:don't|do not)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i'll", "i've", "i'd", "we", "we're", "we'll", "we've",
            "we'd", "my", "our");
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
            "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "isn't", "aren't", "wasn't",
            "don't", "doesn't", "didn't", "won't", "can't", "it's", "that's", "there's", "what's", "he's", "she's");

    private static final Set<String> NOT_BEFORE_VERB = Set.of("the", "a", "an", "this", "that", "these", "those", "my", "your",
            "our", "their", "his", "her", "its", "of", "for", "from", "on", "in", "at", "to", "with", "by", "about", "and", "or",
            "some", "many", "all", "few", "several", "no", "any", "more", "most", "other", "two", "three", "four", "five");

    private final String speaker;
    private final String listener;
    private final PronounShift shift;
    private final Predicate<String> properNoun;

    /**
     * @param listener whom "you" means, or null when it is unknown
     * @param properNoun whether a capitalised word keeps its capital inside a sentence
     */
    ReportedSpeech(String speaker, String listener, PronounShift.Side we, Predicate<String> properNoun) {
        this.speaker = speaker;
        this.listener = listener;
        this.shift = new PronounShift(speaker, listener, we);
        this.properNoun = properNoun;
    }

    /** The sentence as reported speech, ending with a full stop, or null when nothing is left to say. */
    String report(String sentence) {
        String s = SentenceTrim.clean(sentence);
        if (Text.words(s).size() < 2) {
            return null;
        }
        boolean question = Text.isQuestion(s) || INVERTED.matcher(s).lookingAt();
        s = compress(s.replaceAll("[?!.…]+$", "").strip());
        String body = question ? question(s) : statement(s);
        return body == null ? null : stop(Verbs.capitalise(SentenceTrim.mainClause(body)));
    }

    /** Whether the sentence has a finite verb or a pronoun subject (so it is more than a fragment like "Quick one on pricing"). */
    static boolean isClause(String sentence) {
        List<String> words = Text.words(sentence);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (FINITE.contains(w) || FIRST_PERSON.contains(w) || w.endsWith("ed") || i > 0 && Verbs.isPast(w) || w.endsWith("n't")
                    || Set.of("you", "he", "she", "it", "they", "this", "that", "there").contains(w)
                    || i > 0 && presentVerb(words.get(i - 1), w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} after {@code previous} reads as a verb in the present ("the museum closes"), not a plural ("from returns"). */
    private static boolean presentVerb(String previous, String w) {
        return w.length() > 2 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s") && !NOT_BEFORE_VERB.contains(previous)
                && !Character.isDigit(previous.charAt(0));
    }

    private String statement(String s) {
        Matcher m = LETS.matcher(s);
        if (m.matches()) {
            return speaker + " suggests they " + shift.shift(m.group(1));
        }
        m = DONT.matcher(s);
        if (m.matches()) {
            return speaker + " asks " + whom() + " not to " + shift.shift(m.group(1));
        }
        m = PLEASE.matcher(s);
        if (m.matches() && DONT.matcher(m.group(1)).matches()) {
            Matcher dont = DONT.matcher(m.group(1));
            dont.matches();
            return speaker + " asks " + whom() + " not to " + shift.shift(dont.group(1));
        }
        if (m.matches() || imperative(s)) {
            return speaker + " asks " + whom() + " to " + shift.shift(lowerFirst(m.matches() ? m.group(1) : s));
        }
        if (SUBJECTLESS_MODAL.matcher(s).lookingAt()) { // "Will do tomorrow morning": the speaker will
            return speaker + " " + lowerFirst(shift.shift(s)).replaceFirst("^(will|can|could|should) do\\b", "$1 do it");
        }
        if (SUBJECTLESS.matcher(s).lookingAt()) {
            s = "it " + lowerFirst(s);
        }
        Matcher past = SUBJECTLESS_PAST.matcher(s);
        if (past.lookingAt() && Verbs.isPast(past.group(1))) {
            return speaker + " " + lowerFirst(shift.shift(s));
        }
        String first = firstWord(s);
        String shifted = shift.shift(s);
        if (!isClause(s)) {
            // a status without a verb ("Error rate back to 2%, recovering") is reported as such; other fragments say nothing
            return MEASURE.matcher(s).find() && Text.words(s).size() >= 3 ? speaker + " reports " + lowerFirst(shifted) : null;
        }
        if (FIRST_PERSON.contains(first) || shifted.contains(speaker)) {
            return shifted; // names the speaker itself: "Bob will send ..."
        }
        String verb = listener != null && !shifted.startsWith(listener) ? " tells " + listener + " " : " says ";
        return speaker + verb + lowerFirst(shifted);
    }

    private String question(String s) {
        Matcher m = INVITE.matcher(s);
        if (m.matches()) {
            return speaker + (m.group(1) != null ? " invites " + whom() + " to " : " offers " + whom() + " ") + shift.shift(m.group(2));
        }
        m = REQUEST.matcher(s);
        if (m.matches()) {
            return speaker + " asks " + whom() + " to " + shift.shift(m.group(1));
        }
        m = KNOW_WH.matcher(s);
        if (m.matches()) {
            return asks() + shift.shift(m.group(1));
        }
        m = WH_DO.matcher(s);
        if (m.matches()) {
            String subject = shift.shift(m.group(3));
            boolean single = !subject.equalsIgnoreCase("they") && !subject.contains(" and ")
                    && (m.group(2).equalsIgnoreCase("does") || !m.group(3).equalsIgnoreCase(subject));
            String verb = m.group(2).equalsIgnoreCase("did") ? Verbs.past(m.group(4))
                    : single ? Verbs.thirdPerson(m.group(4)) : m.group(4);
            return asks() + lowerFirst(m.group(1)) + " " + subject + " " + verb + shift.shift(m.group(5));
        }
        m = WH_AUX.matcher(s);
        if (m.matches()) {
            String clause = shift.shift(m.group(3) + " " + m.group(2));
            return asks() + lowerFirst(m.group(1)) + " " + clause + shift.shift(m.group(4));
        }
        m = WH_BE.matcher(s);
        if (m.matches()) {
            String wh = lowerFirst(m.group(1));
            String rest = shift.shift(m.group(3));
            return asks() + (firstWord(rest).endsWith("ing") ? wh + " " + m.group(2).toLowerCase(Locale.ROOT) + " " + rest
                    : wh + " " + rest + " " + m.group(2).toLowerCase(Locale.ROOT));
        }
        m = YES_NO.matcher(s);
        if (m.matches()) {
            return asks() + "whether " + yesNo(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    /** "Do you have X" -> "Chloe has X"; "Are you ready" -> "Chloe is ready"; "Can we meet" -> "they can meet". */
    private String yesNo(String aux, String subject, String rest) {
        String a = aux.toLowerCase(Locale.ROOT);
        if (a.equals("do") || a.equals("does") || a.equals("did")) {
            String[] parts = rest.split("\\s+", 2);
            if (DETERMINER.matcher(subject).matches() && parts.length > 1) { // "Does this bus go": the subject is "this bus"
                subject = subject + " " + parts[0];
                parts = parts[1].split("\\s+", 2);
                while (parts.length > 1 && !DETERMINER.matcher(parts[1].split("\\s+", 2)[0]).matches()
                        && parts[1].split("\\s+").length > 1 && !PREPOSITION.matcher(parts[1].split("\\s+", 2)[0]).matches()
                        && DETERMINER.matcher(parts[1].split("\\s+")[1]).matches()) {
                    subject = subject + " " + parts[0]; // "Does the new build fix the crash": the subject is "the new build"
                    parts = parts[1].split("\\s+", 2);
                }
            }
            String verb = a.equals("did") ? Verbs.past(parts[0]) : parts[0];
            String clause = shift.shift(subject + " " + verb + (parts.length > 1 ? " " + parts[1] : ""));
            if (a.equals("does") && subject.equalsIgnoreCase(shift.shift(subject))) {
                clause = subject + " " + Verbs.thirdPerson(verb) + (parts.length > 1 ? " " + shift.shift(parts[1]) : "");
            }
            return lowerFirst(clause);
        }
        if (DETERMINER.matcher(subject).matches()) { // "Is the deploy done": the subject is "the deploy"
            String[] parts = rest.split("\\s+", 2);
            return lowerFirst(shift.shift(subject + " " + parts[0] + " " + a + (parts.length > 1 ? " " + parts[1] : "")));
        }
        return lowerFirst(shift.shift(subject + " " + a + " " + rest));
    }

    /** "Carol asks Bob " when the question is put to someone known, "Carol asks " otherwise. */
    private String asks() {
        return speaker + " asks " + (listener != null ? listener + " " : "");
    }

    private static final Pattern TRAILING_ADDRESS = Pattern.compile(",\\s*(?:(?i:sir|madam|ma'am|dear|honey|darling|doctor|guys|everyone"
            + "|all|mate|man|buddy)|(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+\\p{Lu}\\p{L}+|(\\p{Lu}\\p{Ll}+))\\s*(?=[.!?]*$)");

    /** Without hedges and intensifiers ("just", "really", "very") and a trailing address (", sir"). */
    String compress(String s) {
        Matcher address = TRAILING_ADDRESS.matcher(s);
        if (address.find() && (address.group(1) == null || address.group(1).equals(listener))) {
            s = s.substring(0, address.start()) + s.substring(address.end());
        }
        return SentenceTrim.withoutHedges(s);
    }

    private String whom() {
        return listener != null ? listener : "the others";
    }

    /** An order at the start ("Send the notes"), not a noun that starts a statement ("Book club is on Thursday"). */
    private static boolean imperative(String s) {
        List<String> words = Text.words(s);
        return words.size() >= 3 && Cues.IMPERATIVE_VERBS.contains(words.get(0)) && !FINITE.contains(words.get(1))
                && !FINITE.contains(words.get(2)) && !presentVerb(words.get(1), words.get(2));
    }

    private static String firstWord(String s) {
        List<String> words = Text.words(s);
        return words.isEmpty() ? "" : words.get(0);
    }

    /** The sentence with its first word in lower case, unless that word is a name or an acronym. */
    private String lowerFirst(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
            return s;
        }
        int end = 1;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        String word = s.substring(0, end);
        if (word.equals("I") || end > 1 && Character.isUpperCase(s.charAt(1)) || properNoun.test(word)
                || word.equals(speaker) || word.equals(listener)) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String stop(String s) {
        String t = s.strip().replaceAll("[,;:\\s]+$", "");
        return t + ".";
    }
}
