package io.pulse.messaging.summarization.engine.llm;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.TextSignals;

/**
 * Whether a text of the model's answer says what the messages it cites say. Two checks, both lexical, so they are cheap
 * and predictable:
 * <ul>
 * <li><b>support</b>: more than half of the text's content terms occur in the cited messages (a shared stem of five
 * letters counts: "approval" and "approved", "moved" and "move"); people's names and the words a summary uses to tell who said what
 * ("asked", "agreed", "confirmed", "the team", ...) are not counted. A paraphrase passes, a sentence about something
 * else does not;</li>
 * <li><b>outcomes</b> (for texts that report: summary sentences, key points, decisions): asserting that something is
 * done, cancelled or approved (or rejected) needs a cited message that asserts the same kind of outcome: "the launch is
 * cancelled" citing "let's go with December 3" is refused, however many of its other words match, and so is "legal
 * approved the policy" citing "has legal approved the policy?". An outcome word is asserted unless its sentence is a
 * question or its clause puts it off or asks for it before ("asked Bob to finish", "will be approved", "not done").</li>
 * </ul>
 */
final class Grounding {

    private static final int SHARED_STEM = 5;
    /** Words of reporting, not of content: a summary says "Alice asked Bob to ...", its source "Bob, can you ...". */
    private static final Set<String> REPORTING = Set.copyOf(TextSignals.terms("team group everyone someone nobody anyone "
            + "discussed discussion agreed agreement asked asks requested request confirmed confirmation mentioned noted "
            + "suggested suggestion proposed proposal decided decision planned plan wants wanted offered promised committed "
            + "followed follow pending whether reported reports raised question questions answered replied told said"));
    private static final Pattern NOT_ASSERTED = Pattern.compile("\\b(to|will|would|should|shall|must|can|could|may|might|need|needs"
            + "|needed|going|gonna|want|wants|wanted|asked|asks|plan|plans|planned|hope|hopes|if|once|when|until|before|after"
            + "|whether|not|never|yet|no)\\b|n't\\b|'ll\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:(]|\\b(and|but|so|then)\\b");
    private static final List<Pattern> OUTCOMES = List.of(
            Pattern.compile("\\b(done|complete[ds]?|completion|finish(ed|es)?|sent|shipped|merged|delivered|submitted|resolved)\\b|✅"),
            Pattern.compile("\\b(cancel\\w*|call(ed|ing)? (it )?off|scrap(ped|s)?|abandon(ed|s)?|postpone[ds]?|delay(ed|s)?|shelved?)\\b"),
            Pattern.compile("\\b(approv\\w*|sign(ed|s)? off|reject(ed|s)?|declined?|green[- ]?lit)\\b"));

    private Grounding() {
    }

    /**
     * Whether {@code text} is supported by {@code cited}; {@code names} are the stemmed terms of people's names; outcomes
     * are checked when {@code reports} (a text that tells what happened, not a task or a question).
     */
    static boolean supported(String text, List<ChatMessage> cited, Set<String> names, boolean reports) {
        return sharesMostTerms(text, cited, names) && (!reports || outcomesStated(text, cited));
    }

    static boolean sharesMostTerms(String text, List<ChatMessage> cited, Set<String> names) {
        Set<String> source = new HashSet<>();
        for (ChatMessage m : cited) {
            source.addAll(TextSignals.terms(m.content()));
        }
        int terms = 0;
        int found = 0;
        for (String term : new HashSet<>(TextSignals.terms(text))) {
            if (names.contains(term) || REPORTING.contains(term)) {
                continue;
            }
            terms++;
            if (source.contains(term) || sharesStem(term, source)) {
                found++;
            }
        }
        return terms == 0 || found * 2 > terms;
    }

    /** Every kind of outcome the text asserts is asserted by some cited message too. */
    static boolean outcomesStated(String text, List<ChatMessage> cited) {
        for (Pattern outcome : OUTCOMES) {
            if (asserts(text, outcome) && cited.stream().noneMatch(m -> asserts(m.content(), outcome))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a statement of {@code content} (not a question, not a quoted line) asserts an {@code outcome}. */
    static boolean asserts(String content, Pattern outcome) {
        for (String line : content.split("(?<=[.!?…])\\s+|\\R")) {
            String s = line.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (s.isEmpty() || s.endsWith("?") || s.startsWith(">")) {
                continue;
            }
            Matcher m = outcome.matcher(s);
            while (m.find()) {
                if (!NOT_ASSERTED.matcher(clauseBefore(s, m.start())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of the clause of {@code s} that come before {@code at}. */
    private static String clauseBefore(String s, int at) {
        String before = s.substring(0, at);
        Matcher end = CLAUSE_END.matcher(before);
        int start = 0;
        while (end.find()) {
            start = end.end();
        }
        return before.substring(start);
    }

    /** Whether a term of {@code source} shares a stem with {@code term}: five letters, or all of the shorter (three at least). */
    private static boolean sharesStem(String term, Set<String> source) {
        if (term.length() < 3) {
            return false;
        }
        for (String s : source) {
            int needed = Math.min(SHARED_STEM, Math.min(term.length(), s.length()));
            if (needed >= 3 && term.regionMatches(0, s, 0, needed)) {
                return true;
            }
        }
        return false;
    }
}
