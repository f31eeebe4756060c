package io.pulse.messaging.summarization.engine;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The phrases by which chat messages ask, promise, decide, take back and report done. */
final class Cues {

    static final Pattern REQUEST = Pattern.compile(
            "\\b(can|could|would|will) (you|u|someone|somebody|anyone|one of you)\\b"
                    + "(?! (believe|imagine|tell if|hear me|like|prefer|recommend|suggest|say|rather|think|want|pick|choose|advise|expect|mind if))"
                    + "|\\b(please|pls|plz|kindly)\\b(?! (note|see (attached|below|above|the attached)|be aware|ignore|disregard|excuse|find (attached|below|enclosed)|let me know if))|\\bmind (doing|taking|sending|checking|looking)\\b");
    static final Pattern COMMITMENT = Pattern.compile(
            "\\b(i'll|i will|ill|i'm going to|i am going to|i'm gonna|i can take|i'll take|let me|i'm on it|i am on it"
                    + "|leave it (to|with) me|i can (?!'t|not|see|tell|imagine|believe|hear|understand)\\w+|i'll handle|i volunteer|i'll make sure"
                    + "|we'll|we will)\\b");
    static final Pattern NOT_AN_ACTION = Pattern.compile(
            "\\b(i'll|i will|we'll|we will) be (late|there|back|off|out|away|around|home|fine|ok|okay|happy|glad|free|busy|in)\\b"
                    + "|\\b(i'll|i will) (miss|remember|never|always|see|let you know if)\\b|\\blet me (know|think|see|guess|check if)\\b");
    static final Pattern NEED = Pattern.compile(
            "\\b(we need to|we have to|we must|we should|we've got to|need(s)? to|ha(s|ve) to|don't forget to|do not forget to"
                    + "|remember to|make sure (to|that|you|we)|todo|to-do|action item|follow up|follow-up)\\b");
    /**
     * Decision language: a sentence decides only with one of these ("let's go with", "we decided", "agreed to / that
     * we will", "final answer", "decision:", ...). A bare "Agreed," before an unrelated clause does not decide, nor does
     * someone else's approval reported as status ("legal still hasn't approved ..."): a short agreement alone takes
     * its decision from the proposal it answers.
     */
    static final Pattern DECISION = Pattern.compile(
            "\\b(we decided|we've decided|we have decided|i've decided|i have decided|i decided|decided to|decided on|decided that"
                    + "|decision is|final decision|final answer|we agreed|we've agreed|we have agreed|we all agreed|agreed to|agreed on"
                    + "|agreed that|it's agreed|it is agreed|let's go with|lets go with|let's go for|lets go for|we'll go with|we will go with"
                    + "|we're going with|we are going with|i'm going with|settled on|we're settling on|we'll settle on|it's settled"
                    + "|that's settled|consensus is|we'll use|we will use|let's use|lets use|let's do it|lets do it|let's do that"
                    + "|lets do that|we're going ahead|we are going ahead|go ahead with|(i|we)('ve| have)? approved"
                    + "|(i|we)('ve| have)? signed off|sounds like a plan)\\b|\\bdecision\\s*:");
    static final Pattern NOT_A_DECISION = Pattern.compile(
            "\\b(not decided|haven't decided|have not decided|undecided|still deciding|yet to decide|can't decide|cannot decide"
                    + "|didn't agree|don't agree|disagree|not agreed|not approved|if we decide|before we decide|need to decide"
                    + "|should decide|let's decide|to be decided|tbd|no decision|decision is (still )?(pending|open|not)|if we go with"
                    + "|unless we go with|if we agree|once we decide|when we decide)\\b");
    /**
     * "Agreed, ..." / "Deal: ..." decides only when what follows is itself the plan, an imperative ("Agreed, keep the
     * single page and move the promo field down") or what we will do ("Agreed, we'll launch on the 8th"); before any
     * other clause ("Agreed, we can't ship a crash") it only agrees with an opinion.
     */
    private static final Pattern AGREEMENT_LEAD = Pattern.compile(
            "^\\W*(?:(?:ok|okay|yes|yeah|yep|then)[,!]?\\s+)?(?:agreed|deal|fully agree|i agree|we agree)\\s*[,:;!.–—-]+\\s*(.+)$");
    private static final Pattern WE_WILL_DO = Pattern.compile(
            "^(?:so\\s+|then\\s+)?(?:we'll|we will|we're going to|we are going to|we go|we launch|we ship|we keep|we use|we move|we stick)\\b(?!\\s+(be|need|have|probably|maybe|see))");
    private static final Set<String> PLAN_VERBS = Set.of("keep", "go", "stick", "use", "launch", "drop", "skip", "stay", "wait",
            "push", "hold", "start", "switch", "ship", "move", "pick", "choose", "do");
    /** A negation in the few words before a decision phrase takes it back ("we haven't agreed to ...", "nobody decided ..."). */
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "(\\b(not|never|no one|nobody|yet to|hardly)\\b|n't\\b)(\\s+[\\w']+){0,3}\\s*$");
    static final Pattern REVERSAL = Pattern.compile(
            "\\b(actually|scratch that|change of plans?|on second thought|instead|let's not|lets not|we're not going|not going with"
                    + "|no longer|never mind|nevermind|cancel|cancelled|canceled|revert|reverse|reversing|reconsider|rather than"
                    + "|forget (that|it|about)|hold off|postpone|postponed|switch(ing)? to|backing out|change our minds?|changed our minds?"
                    + "|not anymore|call it off|calling it off|no go|plan b|going back to)\\b");
    static final Pattern STRONG_REVERSAL = Pattern.compile(
            "\\b(scratch that|change of plans?|on second thought|never mind|nevermind|forget (that|it)|changed? our minds?|call it off"
                    + "|calling it off|cancel that|reverse that|revert that|let's not)\\b");
    static final Pattern DONE = Pattern.compile(
            "\\b(done|did it|finished|completed|complete|sent|submitted|merged|deployed|shipped|booked|reserved|scheduled|fixed"
                    + "|resolved|uploaded|shared|published|ordered|paid|signed|posted|pushed|closed|taken care of|all set|sorted"
                    + "|handled|delivered|released|emailed|updated|filed|added|created|bought|wrapped up)\\b|✅|✔|☑");
    /**
     * What, in the same clause before a done word, makes it a promise or progress instead of a report ("I'll let you
     * know once it's merged", "almost done", "it should be sent by tonight", "when it's shipped").
     */
    private static final Pattern NOT_DONE_YET = Pattern.compile(
            "\\b(will|'ll|ll|should|shall|would|once|when|whenever|as soon as|after|until|till|before|if|almost|nearly|mostly|half|partly"
                    + "|going to|gonna|to be|to get|need(s)? to|have to|has to|hope|hopefully|soon|waiting|wait for|about to|let you know)\\b");
    /** A done word followed by a deadline ("done by Friday") is a promise too. */
    private static final Pattern DONE_BY = Pattern.compile(
            "^\\s+(by|before|until|in)\\s+(tomorrow|tonight|today|eod|eow|end|next|the|this|mon|tue|wed|thu|fri|sat|sun|\\d|a |an |two|three|few)");

    /** A report that opens with its done word ("Done, ...", "All set", "It's merged"), about whatever was asked. */
    static final Pattern LEADING_DONE = Pattern.compile(
            "^\\W*(all |it's |it is |that's |that is |everything's |just |now )?(done|finished|completed|sent|merged|shipped|fixed|sorted"
                    + "|all set|taken care of|handled|booked|submitted|deployed|updated|signed|paid|ordered)\\b");

    /** Whether a lower-cased, non-question sentence reports something done (some done word that is neither negated nor promised). */
    static boolean reportsDone(String lower) {
        if (find(NEGATION, lower)) {
            return false;
        }
        java.util.regex.Matcher m = DONE.matcher(lower);
        while (m.find()) {
            String before = lower.substring(0, m.start());
            int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), Math.max(before.lastIndexOf(':'),
                    Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'))));
            if (!find(NOT_DONE_YET, before.substring(clause + 1)) && !DONE_BY.matcher(lower.substring(m.end())).find()) {
                return true;
            }
        }
        return false;
    }

    static final Pattern NEGATION = Pattern.compile(
            "\\b(not|never|yet to|haven't|hasn't|didn't|isn't|wasn't|aren't|won't|can't|cannot|couldn't|no one|nobody|still need|still have to)\\b|n't\\b");
    static final Pattern ANSWER_CUE = Pattern.compile(
            "^(yes|yeah|yep|yup|ya|no|nope|nah|sure|definitely|absolutely|of course|not yet|not really|probably|i think|i guess"
                    + "|i believe|it's|it is|they're|they are|we are|we're|because|since|maybe|it was|around|about|at \\d|\\d|on \\p{L}+day"
                    + "|in the|i did|i have|i do|i can|i will|i'll|none|nothing|all of|both|either|neither|correct|right|exactly|confirmed)\\b");
    static final Pattern YES_NO_CUE = Pattern.compile(
            "^(yes|yeah|yep|yup|ya|no|nope|nah|sure|definitely|absolutely|of course|not yet|not really|probably|i think so"
                    + "|i don't think|i did|i have|i haven't|i didn't|correct|exactly|confirmed|negative|affirmative|still)\\b");
    static final Pattern WITHDRAWN = Pattern.compile("\\b(never mind|nevermind|nvm|found it|figured it out|got it|sorted it)\\b");
    static final Pattern YES_NO_QUESTION = Pattern.compile(
            "^(is|are|am|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|any|anyone|anybody"
                    + "|someone|somebody)\\b");
    static final Pattern RHETORICAL = Pattern.compile(
            "^(right|ok|okay|huh|eh|really|sure|yes|no|what|why not|you know|isn't it|aren't we|lol|seriously)\\W*\\?*$");
    static final Pattern PROPOSAL_PREFIX = Pattern.compile(
            "^(so\\s+|ok\\s+|okay\\s+)?(should we|shall we|can we|could we|why don't we|what if we|how about|what about|maybe we should|we could|i suggest we|i propose we|i suggest|i propose)\\s+",
            Pattern.CASE_INSENSITIVE);
    static final Pattern ACCEPTANCE = Pattern.compile(
            "^(sure|ok|okay|will do|on it|yes|yep|yeah|no problem|np|i'll|i will|i can|got it|consider it done|absolutely|of course|sounds good|done)\\b");
    /** Stems of the cue words themselves, which say nothing about what a decision or an action is about. */
    static final Set<String> CUE_TERMS = Set.copyOf(java.util.List.of("decid", "decision", "agre", "final", "answer", "plan", "instead",
            "actual", "cancel", "chang", "mind", "second", "thought", "scratch", "revert", "revers", "reconsider",
            "approv", "settl", "consensus", "done", "finish", "complet", "sent", "todo", "action", "item", "sound",
            "go", "let", "forget", "hold", "back", "switch", "postpon", "lets"));

    static final Set<String> IMPERATIVE_VERBS = Set.copyOf(java.util.List.of("send", "review", "update", "fix", "check", "schedule", "book",
            "prepare", "write", "call", "email", "draft", "share", "finish", "submit", "deploy", "merge", "ping", "ask",
            "create", "add", "remove", "move", "file", "order", "buy", "pick", "bring", "confirm", "test", "upload",
            "reply", "respond", "contact", "reach", "organise", "organize", "set", "post", "print", "sign", "pay", "clean",
            "look", "investigate", "follow", "remind", "invite", "arrange", "reserve", "cancel", "rename", "document",
            "publish", "ship", "release", "run", "install", "configure", "approve", "verify", "double-check", "grab",
            "get", "put", "make", "try", "find", "tell", "let", "remember", "take", "handle", "loop", "cc"));

    private Cues() {
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Whether a lower-cased, non-question sentence says that something was decided (some decision phrase not negated). */
    static boolean decides(String lower) {
        if (find(NOT_A_DECISION, lower)) {
            return false;
        }
        java.util.regex.Matcher lead = AGREEMENT_LEAD.matcher(lower.strip());
        if (lead.matches()) {
            String rest = lead.group(1).strip();
            String first = rest.split("[^\\p{L}'-]+", 2)[0];
            if (!find(NEGATION, rest) && !rest.startsWith("let me") && (IMPERATIVE_VERBS.contains(first) || PLAN_VERBS.contains(first) || WE_WILL_DO.matcher(rest).find())) {
                return true;
            }
        }
        java.util.regex.Matcher m = DECISION.matcher(lower);
        while (m.find()) {
            String before = lower.substring(Math.max(0, m.start() - 40), m.start());
            int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
            if (!NEGATED_BEFORE.matcher(before.substring(clause + 1)).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean find(Pattern pattern, String lower) {
        return pattern.matcher(lower).find();
    }
}
