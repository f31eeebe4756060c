package io.pulse.messaging.common.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sarcasm the lexicon cannot see: praise ("great", "love it", "fantastic") about a bad situation ("another outage",
 * "down again", "third time this week"). A text is read as sarcastic when it has positive lexicon words and the
 * situation weighs at least {@link #SITUATION_NEEDED}: a failure word (outage, crash, down, broken, cancelled, on
 * hold, ...) counts 1, a repetition ("again", "another", "third time", "still", "every time") 0.5, so "great, another
 * outage" is sarcasm and "nice, the tests are green again" is not. A resolution ("fixed", "resolved", "back up",
 * "working again") cancels it: "great, the outage is resolved" is praise. So is praise for a repair or around a
 * request for one: a failure named as the object of fixing, resolving or looking into ("thanks a lot for fixing the
 * login bug", "great, can you fix the bug in the export?") is not the situation praised. Praise exclaimed and trailed
 * off ("Oh wonderful...") and praise in scare quotes ("the "fixed" version") count as a situation of their own. Shared by the
 * sentiment engine (which weighs the praise by its lexicon and counts it against the text) and the smart replies (which
 * read a sarcastic message as a complaint, {@link #find(String)}).
 */
public final class SarcasmCues {

    public static final double SITUATION_NEEDED = 1.0;

    /**
     * Praise words and phrases for callers without a sentiment lexicon ({@link #find(String)}); each counts 1. The
     * sentiment engine passes its lexicon's positive valences instead.
     */
    private static final Pattern PRAISE = ComplaintCues.phrases("great|love it|loving it|love this|love that|fantastic|"
            + "wonderful|perfect|awesome|brilliant|lovely|amazing|excellent|super|terrific|splendid|marvell?ous|"
            + "nice|thanks a lot|thanks so much|just what i needed|what a (joy|treat|delight)|fun|joy|yay|cool");

    private static final Pattern FAILURE = ComplaintCues.phrases("outages?|crash(es|ed|ing)?|broken|breaks|broke|"
            + "(is|are|was|were|went|goes|been|it's|site's|app's) down|down again|cancell?ed|delayed|delays?|"
            + "errors?|bugs?|fail(s|ed|ing|ure)?|lost|logged out|logs me out|on hold|stuck|spins forever|timing out|"
            + "times out|doesn't work|does not work|not working|stopped working|never (arrives?|arrived|came|works)|"
            + "wiped|deleted|charg(ed|ing) me twice|double[- ]charged|lose|loses|freezes|froze|frozen|dropped|"
            + "overcharged|late|waiting|nothing loads|doesn't load|won't load|blocked|jammed|hides|missing");
    /**
     * A failure named as what is (to be) repaired ("thanks for fixing the login bug", "can you fix the bug in the
     * export?", "please look into the error") is the object of the praise or of the request, not the situation praised.
     */
    private static final Pattern REPAIRED = ComplaintCues.phrases("(fix|fixes|fixed|fixing|resolv(e|es|ed|ing)|solv(e|es|ed|ing)|"
            + "patch(es|ed|ing)?|debug(s|ged|ging)?|look(ing)? into|investigat(e|es|ed|ing)|sort(ing)? out|handl(e|ed|ing)|"
            + "clean(ing)? up|deal(ing)? with|work(ing)? on) (the |this |that |a |an |my |our |your |these |those )?"
            + "([\\w'-]+ ){0,3}?(bugs?|errors?|crash(es)?|outages?|failures?|issues?|problems?)");
    private static final Pattern REPETITION = ComplaintCues.phrases("again|another|still|every (single )?time|"
            + "(second|third|fourth|fifth|sixth|nth|\\d+(st|nd|rd|th)) time|(two|three|four|five|\\d+) times|"
            + "for the (second|third|fourth|fifth|sixth|\\d+(st|nd|rd|th)) (time|day|week)|in a row");
    private static final Pattern RESOLUTION = ComplaintCues.phrases("fixed|resolved|solved|sorted|restored|"
            + "back up|back online|working again|works again|works now|up again|no more|finally");
    /** Quoted praise ("fixed", "quick") is a marker of its own. */
    private static final Pattern SCARE_QUOTES = Pattern.compile("[\"\u201c]\\s*(fixed|quick|working|resolved|soon|"
            + "support|help|helpful|fast|urgent)\\s*[\"\u201d]", Pattern.CASE_INSENSITIVE);

    /**
     * Praise exclaimed and trailed off ("Oh wonderful...", "oh great…", "Oh joy..."): in chat the interjection and
     * the ellipsis around a bare praise word mark irony on their own, whatever follows.
     */
    private static final Pattern IRONIC_INTERJECTION = Pattern.compile("(^|[.!?]\\s+)(oh|ah|wow|yay)[,!]?\\s+(great|"
            + "wonderful|fantastic|perfect|lovely|brilliant|joy|fun|nice|super|awesome|splendid|marvell?ous|terrific)"
            + "\\s*(\\.{2,}|\u2026)");

    private SarcasmCues() {
    }

    /** What the cue found: the situation's weight, and the words that make it up (for the explanation). */
    public record Found(double situation, String evidence) {

        static final Found NONE = new Found(0, "");

        public boolean sarcastic() {
            return situation >= SITUATION_NEEDED;
        }
    }

    /**
     * @param positiveSum the sum of the text's positive lexicon valences (its praise)
     */
    public static Found find(String text, double positiveSum) {
        if (positiveSum <= 0) {
            return Found.NONE;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (RESOLUTION.matcher(lower).find()) {
            return Found.NONE;
        }
        lower = REPAIRED.matcher(lower).replaceAll(m -> " ".repeat(m.group().length()));
        StringBuilder evidence = new StringBuilder();
        double situation = collect(FAILURE.matcher(lower), 1.0, evidence) + collect(REPETITION.matcher(lower), 0.5, evidence);
        Matcher irony = IRONIC_INTERJECTION.matcher(lower);
        if (irony.find()) {
            situation += 1.0;
            append(evidence, irony.group().strip());
        }
        Matcher quotes = SCARE_QUOTES.matcher(text);
        if (quotes.find()) {
            situation += 1.0;
            append(evidence, quotes.group());
        }
        return new Found(situation, evidence.toString());
    }

    /** As {@link #find(String, double)}, with the praise counted from a short list of praise words and phrases. */
    public static Found find(String text) {
        Matcher praise = PRAISE.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        double sum = 0;
        while (praise.find()) {
            sum += 1.0;
        }
        return find(text, sum);
    }

    /** Does the text say a problem is over ("fixed", "resolved", "back up")? */
    public static boolean resolved(String text) {
        return RESOLUTION.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
    }

    private static double collect(Matcher matcher, double weight, StringBuilder evidence) {
        double total = 0;
        while (matcher.find()) {
            total += weight;
            append(evidence, matcher.group());
        }
        return total;
    }

    private static void append(StringBuilder evidence, String part) {
        if (evidence.length() < 60) {
            evidence.append(evidence.isEmpty() ? "" : ", ").append(part);
        }
    }
}
