package io.pulse.messaging.autoresponse.engine.smart;

import java.util.Map;
import java.util.regex.Pattern;

import io.pulse.messaging.autoresponse.engine.MessageKind;
import io.pulse.messaging.autoresponse.engine.Text;

/**
 * A refund that has arrived ("the refund arrived, thanks!", "I got my money back", "die Erstattung ist angekommen",
 * "j'ai reçu le remboursement", "ya recibí el reembolso") is thanks, not a refund request: a refund request asks for
 * or awaits one. Negated ("still haven't received my money back", "noch nicht angekommen") it stays a request.
 */
final class RefundReceived {

    private static final String REFUND = "(?:refund|money back|reimbursement|erstattung|ruckerstattung|geld|remboursement|reembolso)";
    private static final String ARRIVED = "(?:arrived|came through|went through|has been processed|was processed|landed|showed up"
            + "|is in|ist angekommen|angekommen|eingegangen|erhalten|bien recu|est arrive|arrive|llego|ha llegado|recibido)";
    /** Words that may stand between the refund and its arrival ("the refund has finally arrived"). */
    private static final String BETWEEN = "(?:has|have|was|is|s|finally|just|already|now|been|ist|est|a|ha|bien|deja|ya|schon"
            + "|endlich|gerade|jetzt|enfin|finalmente)";
    private static final Pattern RECEIVED = Pattern.compile("\\b" + REFUND + "\\b(?:\\s+" + BETWEEN + "){0,3}\\s+" + ARRIVED + "\\b"
            + "|\\b(?:received|got|recu|recibi|erhalten)\\s+(?:\\S+\\s+){0,2}?" + REFUND + "\\b");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|still|yet|haven t|hasn t|didn t|nicht|noch|kein|keine"
            + "|pas|jamais|toujours|no|todavia|aun|nunca)\\b");

    private RefundReceived() {
    }

    /** Turns the refund score of a received refund into thanks. */
    static void adjust(String text, Map<MessageKind, Double> scores) {
        if (!scores.containsKey(MessageKind.REFUND)) {
            return;
        }
        String folded = String.join(" ", Text.words(text));
        if (RECEIVED.matcher(folded).find() && !NEGATION.matcher(folded).find()) {
            scores.remove(MessageKind.REFUND);
            scores.merge(MessageKind.THANKS, 1.5, Double::sum);
        }
    }
}
