package io.pulse.messaging.summarization.engine;

import java.util.regex.Pattern;

/**
 * What the party responsible commits to in the name of the team ("We'll refund the full 349 EUR to your card",
 * "we're going to replace the unit", "Wir erstatten den vollen Betrag"): an outcome of the thread, a decision, not a
 * personal to-do. A promise to keep someone posted, to look into something or to be somewhere is no such outcome,
 * nor is an ultimatum or a threat ({@link Chatter}).
 */
final class Commitments {

    private static final Pattern TEAM_COMMITMENT = Pattern.compile(
            "^(?:\\W*[\\p{L}']+[,!]\\s+)*(?:so |then |ok |okay |in that case |good news[,:]? )?(?:we'll|we will|we're going to|we are going to"
                    + "|we're gonna|we can (?=offer|refund|replace|send|ship|cover|waive|extend|credit))\\s+(?:also |just |happily |gladly )?"
                    + "(?!be\\b|need|have\\b|probably|maybe|see\\b|let you|keep you|get back|look into|look at|try|check|discuss|talk|think"
                    + "|circle back|update you|revisit|figure|find out|investigate|reach out|follow up|know\\b|want|miss|wait\\b|still)"
                    + "\\p{L}+");
    /** The same in German and Spanish ("wir erstatten", "wir ersetzen", "vamos a reembolsar", "le reembolsaremos"). */
    private static final Pattern FOREIGN = Pattern.compile(
            "^(?:\\W*[\\p{L}']+[,!]\\s+)*(?:wir (?:werden|erstatten|ersetzen|schicken|senden|übernehmen|nehmen|machen|gehen)"
                    + "|vamos a (?:reembolsar|reemplazar|enviar|cambiar|usar|ir con|lanzar)|(?:le |te )?(?:reembolsaremos|enviaremos"
                    + "|cambiaremos|usaremos|lanzaremos))\\b");

    private Commitments() {
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
