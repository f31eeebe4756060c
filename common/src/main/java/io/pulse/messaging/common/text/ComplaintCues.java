package io.pulse.messaging.common.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Complaints and apologies, which the lexicon reads wrongly: a complaint is often told in neutral words ("the refund
 * still hasn't arrived after 3 weeks", "second time this happens, I'd like a full refund"), and an apology is
 * empathy ("I'm really sorry to hear that"), not negativity, though the lexicon rates "sorry" negative.
 * <ul>
 * <li>complaint: something still not done ("still hasn't", "never arrived", "no answer"), a long wait ("after 3
 * weeks", "for over a month"), a repetition of a problem ("second time", "again" with a failure), a demand ("I want a
 * refund", "money back", "cancel my account"); each kind found adds {@link #COMPLAINT} to the raw valence sum, at most
 * two kinds;</li>
 * <li>apology: "sorry for / about / to hear", "apologies", "we apologise"; the negative valence of the apology's own
 * words is taken back and {@link #EMPATHY} added. "sorry, but ..." is no apology.</li>
 * </ul>
 */
public final class ComplaintCues {

    public static final double COMPLAINT = -1.6;
    public static final double EMPATHY = 0.6;
    private static final int MAX_KINDS = 2;

    private static final Pattern NOT_DONE = ComplaintCues.phrases("still (hasn't|has not|haven't|have not|hasnt|isn't|"
            + "is not|not|no|nothing|doesn't|does not|don't|didn't|waiting|broken|wrong|missing|unresolved|down)|"
            + "(hasn't|has not|haven't|have not|never|didn't|did not|wasn't|was never|were never) (arrived|shipped|"
            + "come|came|been (delivered|shipped|refunded|processed|fixed|resolved)|received|answered|replied|responded|"
            + "called|showed up|activated|refunded|delivered)|no (answer|response|reply|update|refund)|"
            + "nobody (answers|answered|called|replied|responds|knows|cares)|no one (answers|answered|called|replied|knows)|"
            + "heard nothing|without (any )?(answer|response|warning)|closed without");
    private static final Pattern LONG_WAIT = ComplaintCues.phrases("(after|for|in|over|since) (over |more than |almost |"
            + "nearly )?(\\d+|two|three|four|five|six|several|many|a|one) (full )?(days|weeks|months|hours|week|month)|"
            + "(\\d+|two|three|four|five|six) (days|weeks|months) (later|now|ago)|for ages|on hold for|waited (\\d+|an?)");
    private static final Pattern REPEATED = ComplaintCues.phrases("(second|third|fourth|fifth|sixth|\\d+(nd|rd|th)) "
            + "(time|reminder|email|call)|(two|three|four|five|\\d+) times|yet again|once again|again and again|"
            + "keeps (happening|crashing|failing|breaking)|every single time|same (bug|problem|issue|error)");
    private static final Pattern DEMAND = ComplaintCues.phrases("(want|'d like|would like|demand|expect|need|asking for|"
            + "request(ed)?|asked for) (a |my |the )?(full )?(refund|money back|reimbursement|compensation)|money back|"
            + "(cancel|close|delete) my (account|subscription|order|membership)|charged (me )?twice|double[- ]charged|"
            + "wrong (item|size|order|product|invoice|address)|unacceptable|(file|make|lodge) a complaint|"
            + "speak to (a|your) (manager|supervisor)");
    private static final Pattern APOLOGY = ComplaintCues.phrases("(i'm|i am|we're|we are|so|really|very|terribly|"
            + "truly|deeply) sorry|sorry (for|about|to hear|to hear that|that you|again for)|apologies|apologi[sz]e|"
            + "my apologies|our apologies");
    private static final Pattern NOT_AN_APOLOGY = ComplaintCues.phrases("sorry,? but|sorry not sorry|not sorry");

    private ComplaintCues() {
    }

    /** The complaint kinds found, and their words. */
    public record Complaint(int kinds, String evidence) {

        public double effect() {
            return COMPLAINT * Math.min(kinds, MAX_KINDS);
        }
    }

    public static Complaint complaint(String text) {
        String lower = normalised(text);
        int kinds = 0;
        StringBuilder evidence = new StringBuilder();
        for (Pattern p : new Pattern[] {NOT_DONE, LONG_WAIT, REPEATED, DEMAND}) {
            Matcher m = p.matcher(lower);
            if (m.find()) {
                kinds++;
                evidence.append(evidence.isEmpty() ? "" : ", ").append(m.group());
            }
        }
        return new Complaint(kinds, evidence.toString());
    }

    /** The apology's words when the text apologises, else null. */
    public static String apology(String text) {
        String lower = normalised(text);
        if (NOT_AN_APOLOGY.matcher(lower).find()) {
            return null;
        }
        Matcher m = APOLOGY.matcher(lower);
        return m.find() ? m.group() : null;
    }

    /**
     * {@code \b(alternatives)\b}, case-sensitive (the texts are lower-cased first), compiled by {@link Alternatives} so
     * that a word boundary tries only the alternatives that can start with its character: the same matches, faster.
     */
    public static Pattern phrases(String alternatives) {
        return Alternatives.words(alternatives);
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
