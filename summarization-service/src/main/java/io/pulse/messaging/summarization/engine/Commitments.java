package io.pulse.messaging.summarization.engine;

import java.util.regex.Pattern;

/**
 * What the party responsible commits to in the name of the team ("Change of plan: we'll launch on Dec 8", "We'll refund the full 349 EUR to your card",
 * "we're going to replace the unit", "Wir erstatten den vollen Betrag"): an outcome of the thread, a decision, not a
 * personal to-do. A promise to keep someone posted, to look into something or to be somewhere is no such outcome,
 * nor is an ultimatum or a threat ({@link Chatter}).
 */
final class Commitments {

    private static final Pattern TEAM_COMMITMENT = Pattern.compile(
            "^(?:[^,;:.!?]{1,25}:\\s+)?(?:\\W*[\\p{L}']+[,!]\\s+)*(?:so |then |ok |okay |in that case |good news[,:]? )?(?:we'll|we will|we're going to|we are going to"
                    + "|we're gonna|we can (?=offer|refund|replace|send|ship|cover|waive|extend|credit))\\s+(?:also |just |happily |gladly )?"
                    + "(?!be\\b|need|have\\b|probably|maybe|see\\b|let you|keep you|get back|look into|look at|try|check|discuss|talk|think"
                    + "|circle back|update you|revisit|figure|find out|investigate|reach out|follow up|know\\b|want|miss|wait\\b|still)"
                    + "\\p{L}+"
                    // "we're crediting your account", "we are replacing the unit": what the team is doing now for the other side
                    + "|^(?:\\W*[\\p{L}']+[,!.]?\\s+){0,2}?(?:we're|we are)\\s+(?:now\\s+|also\\s+|actually\\s+)?(?:crediting|refunding"
                    + "|replacing|sending|shipping|switching|moving|extending|offering|waiving|covering|upgrading|postponing|cancell?ing"
                    + "|launching|dropping|rolling back|giving|issuing|reimbursing|hiring|pausing|keeping|extending|discontinuing)\\b");
    /** The same in German and Spanish ("wir erstatten", "wir ersetzen", "vamos a reembolsar", "le reembolsaremos"). */
    private static final Pattern FOREIGN = Pattern.compile(
            "^(?:\\W*[\\p{L}']+[,!]\\s+)*(?:wir (?:werden|erstatten|ersetzen|schicken|senden|übernehmen|nehmen|machen|gehen)"
                    + "|vamos a (?:reembolsar|reemplazar|enviar|cambiar|usar|ir con|lanzar)|(?:le |te )?(?:reembolsaremos|enviaremos"
                    + "|cambiaremos|usaremos|lanzaremos))\\b");

    /** "Let's add SSO to the basic plan", "Scratch that, let's book the city venue instead", "let's not ship 2.14 again". */
    private static final Pattern LETS = Pattern.compile("^(?:[^,;:.!?]{1,25}[,:!]\\s+)?(?:ok |okay |so |then |actually |instead |good point[,.]? )?"
            + "(?:let's|lets|let us)\\s+(?!(?:discuss|talk|see|think|chat|sync|meet|check|wait|try|ask|figure|circle|revisit|take a look|look"
            + "|keep|get back|hope|assume|say|pretend|catch up|continue|review|regroup|focus|move on|find out|start with|dig|sleep|decide"
            + "|not forget)\\b)\\p{L}+");
    /** A plan that waits on a condition ("If they don't answer by Wednesday we'll pay only one invoice"): neither to-do nor decision yet. */
    private static final Pattern CONTINGENT = Pattern.compile("^(?:if|unless|in case|should they|should it|once|when)\\b.*\\b(?:we'll|we will|i'll|i will)\\b");

    /** "I can approve 18% if they sign before December 20": an offer on a condition, not a to-do. */
    private static final Pattern OFFER = Pattern.compile("\\bi can\\b[^.;!?]*\\bif\\b");

    private Commitments() {
    }

    /** Whether a first-person "I can ..." only offers, on a condition. */
    static boolean conditionalOffer(Sentence u) {
        return OFFER.matcher(u.lower()).find();
    }

    /** Whether the sentence settles a plan with "let's ..." (not a question, not "let's discuss / see / wait ..."). */
    static boolean letsDecide(Sentence u) {
        return !u.question() && LETS.matcher(u.lower().strip()).lookingAt() && !Chatter.is(u);
    }

    /** Whether a "we'll ..." waits on a condition the thread has not met ("if they don't answer by Wednesday we'll ..."). */
    static boolean contingentOnOthers(Sentence u) {
        java.util.regex.Matcher m = CONTINGENT.matcher(u.lower().strip());
        return m.lookingAt() && u.lower().matches("(?s).*\\b(?:they|it|he|she|the \\w+)\\b.*") && u.lower().contains("we");
    }

    /** Whether the sentence commits the team to an outcome (not a question, not chatter, not negated). */
    static boolean teamCommitment(Sentence u) {
        if (u.question() || Cues.NEGATION.in(u.cue()) || Cues.NOT_AN_ACTION.in(u.cue()) || Chatter.is(u)) {
            return false;
        }
        String lower = u.lower().strip();
        return TEAM_COMMITMENT.matcher(lower).lookingAt() || FOREIGN.matcher(lower).lookingAt();
    }
}
