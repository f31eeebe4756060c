package io.pulse.messaging.summarization.engine;

import java.util.regex.Pattern;

/**
 * What a sentence says besides the business of the thread: greetings and introductions ("Marta, Lee here from
 * returns."), thanks and bare acknowledgements, complaints ("Honestly I expected better") and threats ("I'll file a
 * chargeback with my bank"). None of these is a decision, an action item or a key point.
 */
final class Chatter {

    enum Kind {
        NONE, GREETING, THANKS, COMPLAINT, THREAT
    }

    private static final String NAME = "\\p{Lu}[\\p{L}'-]+";
    /** "Marta, Lee here from returns.", "Hi, this is Sam from billing", "I'm Lee from the returns team". */
    private static final Pattern INTRODUCTION = Pattern.compile("^(?:(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening))\\W+)?(?:"
            + NAME + "\\s*[,!]\\s*)?(?:(?i:hi|hello|hey)\\W+)?(?:" + NAME + "(?:\\s+" + NAME + ")? (?i:here)(?:\\s+(?i:from|with|at|in|on)\\b.*)?"
            + "|(?i:this is|it's) " + NAME + "(?:\\s+" + NAME + ")?\\s+(?i:from|with|at|here|speaking)\\b.*"
            + "|" + NAME + " (?i:from|with|at) [\\p{L} ]{1,30} (?i:here)"
            + "|(?i:my name is) " + NAME + ".*|(?i:i'm|i am) " + NAME + "(?:\\s+" + NAME + ")? (?i:from|with|at|on)\\b.*"
            + "|(?i:ich bin|hier ist|hier spricht|soy|me llamo|aquí) " + NAME + ".*)\\W*$");
    private static final Pattern GREETING = Pattern.compile("^\\W*(?:hi|hello|hey|hiya|dear|morning|good (?:morning|afternoon|evening)"
            + "|hallo|guten (?:morgen|tag|abend)|moin|servus|hola|buenos días|buenas(?: tardes| noches)?|bonjour|ciao)"
            + "(?:\\s+(?:all|everyone|team|folks|guys|there|zusammen|a todos|\\p{L}+))?\\W*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THANKS = Pattern.compile("^\\W*(?:thanks|thank you|thx|ty|many thanks|cheers|appreciate it|much appreciated"
            + "|danke|vielen dank|gracias|muchas gracias|merci)\\b[^,;:]*$", Pattern.CASE_INSENSITIVE);
    private static final Phrases COMPLAINT = Phrases.of("expected better|expect better|unacceptable|ridiculous|disappointed|disappointing"
            + "|frustrating|frustrated|annoying|annoyed|terrible|awful|horrible|worst|second time|third time|yet again|fed up|sick of"
            + "|not happy|unhappy|waste of|a joke|useless|pathetic|thanks for nothing|how hard can it be|still waiting"
            + "|unverschämt|enttäuscht|ärgerlich|schon wieder|zum dritten mal|inaceptable|decepcionad[oa]|otra vez|una vergüenza");
    private static final Phrases THREAT = Phrases.of("chargeback|charge back|dispute the (charge|payment)|lawyer|legal action|sue you"
            + "|small claims|consumer protection|bad review|negative review|one-star|1-star|one star|report you|cancel my (subscription|account"
            + "|order|membership|contract)|take my business elsewhere|never (order|buy|shop) (here|from you|with you) again"
            + "|rückbuchung|anwalt|verbraucherzentrale|abogado|denuncia|contracargo");
    /** Sighs and sarcasm: chatter when they are (nearly) all the sentence says ("ugh.", "love it."), not before a fact. */
    private static final Phrases INTERJECTION = Phrases.of("ugh|argh|sigh|love it|great, another|just great|wonderful|fantastic|perfect");
    private static final int INTERJECTION_WORDS = 4;
    /** "Make sure it doesn't happen again": a grievance, however it is phrased. */
    private static final Pattern NO_REPEAT = Pattern.compile("\\b(?:doesn't|does not|never|won't|will not|don't) happens? again\\b");
    /** "Hi everyone, happy to join!", "Welcome aboard, Fatima!", "Nice to meet you all". */
    private static final Pattern PLEASANTRY = Pattern.compile("^\\W*(?:(?:hi|hello|hey)\\s+(?:everyone|all|team|folks)\\W+)?"
            + "(?:happy to (?:join|be here)|glad to (?:join|be here)|excited to (?:join|be here)|welcome(?: aboard| to the team)?"
            + "|nice to meet|great to meet|congrat(?:s|ulations))\\b");

    /**
     * A commitment under a condition the other side has to meet: an ultimatum ("if this isn't sorted by Friday I'll
     * ...", "unless I get my money back I will ...").
     */
    private static final Pattern ULTIMATUM = Pattern.compile("\\b(?:if\\b[^.!?]*(?:\\bnot|n't)\\s+(?:\\w+\\s+)?(?:sorted|fixed|resolved|refunded"
            + "|replaced|handled|answered|done|delivered|working|back)|unless\\b)[^.!?]*\\b(?:i'll|i will|i'm going to|we'll|we will)\\b");

    private Chatter() {
    }

    /** What kind of chatter the sentence is, or {@link Kind#NONE} when it is about the business of the thread. */
    static Kind of(Sentence u) {
        String text = u.text().strip();
        String lower = u.lower().strip();
        if (THREAT.in(u.cue()) || ULTIMATUM.matcher(lower).find()) {
            return Kind.THREAT;
        }
        if (GREETING.matcher(text).matches() || INTRODUCTION.matcher(text).matches() && u.words().size() <= 10
                || PLEASANTRY.matcher(lower).lookingAt() && u.words().size() <= 8) {
            return Kind.GREETING;
        }
        if (THANKS.matcher(text).matches()) {
            return Kind.THANKS;
        }
        if (NO_REPEAT.matcher(lower).find() || INTERJECTION.in(u.cue()) && u.words().size() <= INTERJECTION_WORDS && !Cues.REQUEST.in(u.cue())
                || COMPLAINT.in(u.cue()) && !Cues.REQUEST.in(u.cue()) && !Cues.NEED.in(u.cue()) && !Cues.decides(u.cue())) {
            return Kind.COMPLAINT;
        }
        return Kind.NONE;
    }

    /** Whether the sentence is chatter of any kind. */
    static boolean is(Sentence u) {
        return of(u) != Kind.NONE;
    }

    /** Whether the sentence opens by thanking ("Thanks for the photo, the crack is clear."): worth less as a point. */
    static boolean opensWithThanks(Sentence u) {
        return Cues.startsWith(THANKS_LEAD, u.lower().strip());
    }

    private static final Pattern THANKS_LEAD = Pattern.compile("^\\W*(?:thanks|thank you|thx|many thanks|cheers|danke|gracias|merci)\\b");
}
