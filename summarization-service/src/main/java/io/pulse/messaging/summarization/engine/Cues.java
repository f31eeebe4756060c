package io.pulse.messaging.summarization.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The phrases by which chat messages ask, promise, decide, take back and report done. */
final class Cues {

    // The phrase lists below are the alternations they replace (\b(...)\b in java.util.regex), matched by looking up
    // the words of the sentence (Phrases): the same matches, without trying every alternative at every position.

    static final Phrases REQUEST = Phrases.builder()
            .add("(can|could|would|will) (you|u|someone|somebody|anyone|one of you)", Phrases.wordEndUnlessFollowedBy(
                    " (believe|imagine|tell if|tell me (which|what|where|when|who|how|if|whether|why)|(share|give me|send me|tell me|confirm|provide) your (order|account|customer|ticket|reference|booking|phone|email|address|full name|name|id|number|invoice)|hear me|like|prefer|recommend|suggest|say|rather|think|want|pick|choose|advise|expect|mind if)"))
            .add("(please|pls|plz|kindly)", Phrases.wordEndUnlessFollowedBy(
                    " (note|see (attached|below|above|the attached)|be aware|ignore|disregard|excuse|find (attached|below|enclosed)|let me know if)"))
            .add("mind (doing|taking|sending|checking|looking)")
            .add(OtherLanguages.REQUEST)
            .build();
    /** "i can" before a verb that is no "'t", "not", "see", ... ({@code i can (?!'t|not|...)\w+\b}). */
    private static final List<String> CAN_NOT_COMMIT = Phrases.expand("'t|not|see|tell|imagine|believe|hear|understand");
    static final Phrases COMMITMENT = Phrases.builder()
            .add("i'll|i will|ill|i'm going to|i am going to|i'm gonna|i can take|i'll take|let me|i'm on it|i am on it"
                    + "|leave it (to|with) me")
            .add("i can ", (text, at) -> {
                for (String not : CAN_NOT_COMMIT) {
                    if (text.lower().startsWith(not, at)) {
                        return -1;
                    }
                }
                // \w+\b: a word of ASCII word characters only (\w is ASCII, \b is not)
                int k = text.wordFrom(at);
                if (k >= text.size() || text.start(k) != at) {
                    return -1;
                }
                String word = text.word(k);
                for (int i = 0; i < word.length(); i++) {
                    char c = word.charAt(i);
                    if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                        return -1;
                    }
                }
                return text.end(k);
            })
            .add("i'll handle|i volunteer|i'll make sure|we'll|we will")
            .add(OtherLanguages.COMMITMENT)
            .build();
    static final Phrases NOT_AN_ACTION = Phrases.of(
            "(i'll|i will|we'll|we will) be (late|there|back|off|out|away|around|home|fine|ok|okay|happy|glad|free|busy|in)"
                    + "|(i'll|i will) (miss|remember|never|always|see|let you know if)|let me (know|think|see|guess|check if)"
                    // availability and offers, not to-dos: "I can do Tuesday", "I can make 3pm"
                    + "|i can (do|make) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|this|next"
                    + "|either|both|any|mornings|afternoons)");
    static final Phrases NEED = Phrases.of(
            "we need to|we have to|we must|we should|we've got to|need(s)? to|ha(s|ve) to|don't forget to|do not forget to"
                    + "|remember to|make sure (to|that|you|we)|todo|to-do|action item|follow up|follow-up"
                    + "|need (someone|somebody|a volunteer|an owner) to|(someone|somebody) (needs to|has to|should|must)");
    /**
     * Decision language: a sentence decides only with one of these ("let's go with", "we decided", "agreed to / that
     * we will", "final answer", "decision:", ...). A bare "Agreed," before an unrelated clause does not decide, nor does
     * someone else's approval reported as status ("legal still hasn't approved ..."): a short agreement alone takes
     * its decision from the proposal it answers.
     */
    static final Phrases DECISION = Phrases.builder().add(
            "we decided|we've decided|we have decided|i've decided|i have decided|i decided|decided to|decided on|decided that"
                    + "|decision is|final decision|final answer|we agreed|we've agreed|we have agreed|we all agreed|agreed to|agreed on"
                    + "|agreed that|it's agreed|it is agreed|let's go with|lets go with|let's go for|lets go for|we'll go with|we will go with"
                    + "|we're going with|we are going with|i'm going with|settled on|we're settling on|we'll settle on|it's settled"
                    + "|that's settled|consensus is|we'll use|we will use|let's use|lets use|let's do it|lets do it|let's do that"
                    + "|lets do that|we're going ahead|we are going ahead|go ahead with|(i|we)('ve| have)? approved"
                    + "|(i|we)('ve| have)? signed off|sounds like a plan")
            .add(OtherLanguages.DECISION)
            .add("decision", (text, at) -> { // decision\s*:
                int i = at;
                while (i < text.lower().length() && isSpace(text.lower().charAt(i))) {
                    i++;
                }
                return i < text.lower().length() && text.lower().charAt(i) == ':' ? i + 1 : -1;
            })
            .build();
    static final Phrases NOT_A_DECISION = Phrases.of(
            "not decided|haven't decided|have not decided|undecided|still deciding|yet to decide|can't decide|cannot decide"
                    + "|didn't agree|don't agree|disagree|not agreed|not approved|if we decide|before we decide|need to decide"
                    + "|should decide|let's decide|to be decided|tbd|no decision|decision is (still )?(pending|open|not)|if we go with"
                    + "|unless we go with|if we agree|once we decide|when we decide|last year|last quarter|in the past|previously"
                    + "|" + OtherLanguages.NOT_A_DECISION);
    /**
     * "Agreed, ..." / "Deal: ..." decides only when what follows is itself the plan, an imperative ("Agreed, keep the
     * single page and move the promo field down") or what we will do ("Agreed, we'll launch on the 8th"); before any
     * other clause ("Agreed, we can't ship a crash") it only agrees with an opinion.
     */
    private static final Pattern AGREEMENT_LEAD = Pattern.compile(
            "^\\W*(?:(?:ok|okay|yes|yeah|yep|then)[,!]?\\s+)?(?:agreed|deal|fully agree|i agree|we agree)\\s*[,:;!.–—-]+\\s*(.+)$");
    private static final Pattern AFTER_AGREEMENT_WORD = Pattern.compile("[^\\p{L}'-]+");
    private static final Pattern WE_WILL_DO = Pattern.compile(
            "^(?:so\\s+|then\\s+)?(?:we'll|we will|we're going to|we are going to|we go|we launch|we ship|we keep|we use|we move|we stick)\\b(?!\\s+(be|need|have|probably|maybe|see))");
    private static final Set<String> PLAN_VERBS = Set.of("keep", "go", "stick", "use", "launch", "drop", "skip", "stay", "wait",
            "push", "hold", "start", "switch", "ship", "move", "pick", "choose", "do");
    /** A negation in the few words before a decision phrase takes it back ("we haven't agreed to ...", "nobody decided ..."). */
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "(\\b(not|never|no one|nobody|yet to|hardly)\\b|n't\\b)(\\s+[\\w']+){0,3}\\s*$");
    static final Phrases REVERSAL = Phrases.of(
            "actually|scratch that|change of plans?|on second thought|instead|let's not|lets not|we're not going|not going with"
                    + "|no longer|never mind|nevermind|cancel|cancelled|canceled|revert|reverse|reversing|reconsider|rather than"
                    + "|forget (that|it|about)|hold off|postpone|postponed|switch(ing)? to|backing out|change our minds?|changed our minds?"
                    + "|not anymore|call it off|calling it off|no go|plan b|going back to|" + OtherLanguages.REVERSAL);
    static final Phrases STRONG_REVERSAL = Phrases.of(
            "scratch that|change of plans?|on second thought|never mind|nevermind|forget (that|it)|changed? our minds?|call it off"
                    + "|calling it off|cancel that|reverse that|revert that|let's not");
    static final Phrases DONE = Phrases.builder().add(
            "done|did it|finished|completed|complete|sent|submitted|merged|deployed|shipped|booked|reserved|scheduled|fixed"
                    + "|resolved|uploaded|shared|published|ordered|paid|signed|posted|pushed|closed|taken care of|all set|sorted"
                    + "|handled|delivered|released|emailed|updated|filed|added|created|bought|wrapped up"
                    + "|approved|reviewed|lgtm|" + OtherLanguages.DONE)
            .anywhere("✅", (text, at) -> at).anywhere("✔", (text, at) -> at).anywhere("☑", (text, at) -> at)
            .build();
    /**
     * What, in the same clause before a done word, makes it a promise or progress instead of a report ("I'll let you
     * know once it's merged", "almost done", "it should be sent by tonight", "when it's shipped").
     */
    private static final Phrases NOT_DONE_YET = Phrases.of( // "'ll" is found as "ll" after the apostrophe
            "will|ll|should|shall|would|once|when|whenever|as soon as|after|until|till|before|if|almost|nearly|mostly|half|partly"
                    + "|going to|gonna|to be|to get|need(s)? to|have to|has to|hope|hopefully|soon|waiting|wait for|about to|let you know");
    /** A done word followed by a deadline ("done by Friday") is a promise too. */
    private static final Pattern DONE_BY = Pattern.compile(
            "^\\s+(by|before|until|in)\\s+(tomorrow|tonight|today|eod|eow|end|next|the|this|mon|tue|wed|thu|fri|sat|sun|\\d|a |an |two|three|few)");

    /** A report that opens with its done word ("Done, ...", "All set", "It's merged"), about whatever was asked. */
    static final Pattern LEADING_DONE = Pattern.compile(
            "^\\W*(all |it's |it is |that's |that is |everything's |just |now )?(done|finished|completed|sent|merged|shipped|fixed|sorted"
                    + "|all set|taken care of|handled|booked|submitted|deployed|updated|signed|paid|ordered|approved|lgtm|worked|works now|that worked"
                    + "|that did it|" + OtherLanguages.DONE + ")\\b");

    /** Whether a non-question sentence reports something done (some done word that is neither negated nor promised). */
    static boolean reportsDone(CueText text) {
        if (NEGATION.in(text)) {
            return false;
        }
        for (Phrases.Match m : DONE.matches(text)) {
            if (reported(text, m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a non-question sentence reports done what a verb of {@code stems} names, by its past participle ("Disabled.",
     * "Refund issued, ...", "Rolled back the deploy"): neither negated nor promised.
     */
    static boolean reportsDoneAs(CueText text, java.util.Set<String> stems) {
        if (NEGATION.in(text)) {
            return false;
        }
        for (int k = 0; k < text.size(); k++) {
            String w = text.word(k);
            boolean participle = w.length() > 4 && w.endsWith("ed") && stems.contains(Text.stem(w)) || foreignParticiple(w, stems);
            if (participle && reported(text, text.start(k), text.end(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "geleert" for "leeren", "geprüft" for "prüfen" (ge- ... -t around a German infinitive's stem); "reiniciado" for
     * "reiniciar", "enviado" for "enviar" (a Spanish -ado / -ido for an -ar / -er / -ir infinitive).
     */
    private static boolean foreignParticiple(String w, java.util.Set<String> stems) {
        String stem;
        if (w.length() >= 6 && w.startsWith("ge") && w.endsWith("t")) {
            stem = w.substring(2, w.length() - 1);
            return stems.stream().anyMatch(s -> s.length() > stem.length() && s.startsWith(stem) && s.endsWith("n"));
        }
        if (w.length() >= 6 && (w.endsWith("ado") || w.endsWith("ido"))) {
            stem = w.substring(0, w.length() - 3);
            return stems.stream().anyMatch(s -> s.length() == stem.length() + 2 && s.startsWith(stem) && s.matches(".*(ar|er|ir)"));
        }
        return false;
    }

    /** Whether the done word at {@code [start, end)} is a report: not promised in its clause, not followed by a deadline. */
    private static boolean reported(CueText text, int start, int end) {
        String lower = text.lower();
        int before = start - 1;
        int clause = Math.max(Math.max(lower.lastIndexOf(',', before), lower.lastIndexOf(';', before)), Math.max(lower.lastIndexOf(':', before),
                Math.max(lower.lastIndexOf('.', before), lower.lastIndexOf('!', before))));
        return !NOT_DONE_YET.in(text, clause + 1, start) && !DONE_BY.matcher(lower).region(end, lower.length()).lookingAt();
    }

    static final Phrases NEGATION = Phrases.builder()
            .add("not|never|yet to|haven't|hasn't|didn't|isn't|wasn't|aren't|won't|can't|cannot|couldn't|no one|nobody|still need|still have to")
            .anywhere("n't", Phrases.WORD_END)
            .build();
    static final Pattern ANSWER_CUE = Pattern.compile(
            "^(yes|yeah|yep|yup|ya|no|nope|nah|sure|definitely|absolutely|of course|not yet|not really|probably|i think|i guess"
                    + "|i believe|it's|it is|they're|they are|we are|we're|because|since|maybe|it was|around|about|at \\d|\\d|on \\p{L}+day"
                    + "|in the|i did|i have|i do|i can|i will|i'll|none|nothing|all of|both|either|neither|correct|right|exactly|confirmed)\\b");
    static final Pattern YES_NO_CUE = Pattern.compile(
            "^(yes|yeah|yep|yup|ya|no|nope|nah|sure|definitely|absolutely|of course|not yet|not really|probably|i think so"
                    + "|i don't think|i did|i have|i haven't|i didn't|correct|exactly|confirmed|negative|affirmative|still)\\b");
    static final Phrases WITHDRAWN = Phrases.of("never mind|nevermind|nvm|found it|figured it out|got it|sorted it");
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
            "get", "put", "make", "try", "find", "tell", "let", "remember", "take", "handle", "loop", "cc", "bump", "restart", "rotate",
            "clear", "tag", "disable", "enable", "revert", "renew", "forward", "escalate", "refund", "replace", "assign", "announce",
            "notify", "unblock", "rerun", "roll", "backfill", "migrate", "archive"));

    private Cues() {
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Whether a non-question sentence says that something was decided (some decision phrase not negated). */
    static boolean decides(CueText text) {
        if (NOT_A_DECISION.in(text)) {
            return false;
        }
        String lower = text.lower();
        java.util.regex.Matcher lead = AGREEMENT_LEAD.matcher(lower.strip());
        if (lead.matches()) {
            String rest = lead.group(1).strip();
            String first = AFTER_AGREEMENT_WORD.split(rest, 2)[0];
            if (!NEGATION.in(CueText.ofLower(rest)) && !rest.startsWith("let me")
                    && (IMPERATIVE_VERBS.contains(first) || PLAN_VERBS.contains(first) || WE_WILL_DO.matcher(rest).lookingAt())) {
                return true;
            }
        }
        for (Phrases.Match m : DECISION.matches(text)) {
            String before = lower.substring(Math.max(0, m.start() - 40), m.start());
            int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
            if (!NEGATED_BEFORE.matcher(before.substring(clause + 1)).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an anchored pattern ({@code ^...}) matches at the start: no search along the text. */
    static boolean startsWith(Pattern anchored, String lower) {
        return anchored.matcher(lower).lookingAt();
    }

    private static boolean isSpace(char c) { // \s
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
