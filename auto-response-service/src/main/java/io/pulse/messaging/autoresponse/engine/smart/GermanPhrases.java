package io.pulse.messaging.autoresponse.engine.smart;

import java.util.EnumMap;
import java.util.Map;

/** The German phrases: polite, and where an address is needed the formal "Sie". */
final class GermanPhrases {

    private GermanPhrases() {
    }

    static Map<Phrase, String> table() {
        Map<Phrase, String> p = new EnumMap<>(Phrase.class);
        p.put(Phrase.QUESTION_CHECK, "Gute Frage{hi}. Ich prüfe das und melde mich.");
        p.put(Phrase.QUESTION_FIND_OUT, "Das kläre ich und gebe Ihnen Bescheid.");
        p.put(Phrase.QUESTION_NOT_SURE, "Da bin ich mir noch nicht sicher, ich sehe nach.");
        p.put(Phrase.YES_GENERIC, "Ja, ich denke schon.");
        p.put(Phrase.NO_GENERIC, "Nein, leider nicht.");
        p.put(Phrase.REQUEST_ACCEPT, "Gerne{hi}, ich kümmere mich darum.");
        p.put(Phrase.REQUEST_DECLINE, "Das schaffe ich im Moment leider nicht.");
        p.put(Phrase.REQUEST_WHEN, "Mache ich gerne. Bis wann wird es gebraucht?");
        p.put(Phrase.REQUEST_CHECK, "Ich prüfe das und melde mich.");
        p.put(Phrase.TIME_ACCEPT, "{When} passt mir gut.");
        p.put(Phrase.TIME_OTHER, "{When} ist bei mir schwierig. Können wir einen anderen Termin finden?");
        p.put(Phrase.RESCHEDULE_DECLINE, "{When} passt mir leider nicht. Können wir beim ursprünglichen Termin bleiben?");
        p.put(Phrase.RESCHEDULE_ACCEPT_ASK, "Kein Problem, verschieben wir es. Welcher Termin würde passen?");
        p.put(Phrase.RESCHEDULE_KEEP, "Können wir beim ursprünglichen Termin bleiben?");
        p.put(Phrase.SCHEDULE_CHECK, "Ich schaue in meinen Kalender und bestätige dann.");
        p.put(Phrase.SCHEDULE_ASK, "Gerne. Welcher Termin würde passen?");
        p.put(Phrase.COMPLAINT_SORRY, "Das tut mir leid{hi}. Ich kümmere mich sofort darum und melde mich.");
        p.put(Phrase.COMPLAINT_DETAILS, "Entschuldigen Sie die Unannehmlichkeiten. "
                + "Könnten Sie mir ein paar Details schicken, damit ich das klären kann?");
        p.put(Phrase.COMPLAINT_ESCALATE, "Ich verstehe Ihren Ärger. "
                + "Ich gebe das an das zuständige Team weiter und halte Sie auf dem Laufenden.");
        p.put(Phrase.REFUND_SORRY, "Das tut mir leid{hi}. Ich kümmere mich sofort um die Rückerstattung und melde mich.");
        p.put(Phrase.REFUND_ORDER, "Entschuldigen Sie die Unannehmlichkeiten. "
                + "Ich prüfe die Rückerstattung für die Bestellung {order} und melde mich noch heute.");
        p.put(Phrase.REFUND_ASK_ORDER, "Entschuldigen Sie die Unannehmlichkeiten. "
                + "Könnten Sie mir die Bestellnummer schicken, damit ich die Rückerstattung prüfen kann?");
        p.put(Phrase.REFUND_ESCALATE, "Ich verstehe. "
                + "Ich gebe Ihre Bitte um Rückerstattung an das zuständige Team weiter und halte Sie auf dem Laufenden.");
        p.put(Phrase.THANKS_1, "Gern geschehen{hi}!");
        p.put(Phrase.THANKS_2, "Freut mich, dass ich helfen konnte!");
        p.put(Phrase.THANKS_3, "Jederzeit gerne!");
        p.put(Phrase.INFO_1, "Danke für die Info{hi}.");
        p.put(Phrase.INFO_2, "Alles klar, danke!");
        p.put(Phrase.INFO_3, "Notiert.");
        p.put(Phrase.URGENT_1, "Ich kümmere mich sofort darum{hi} und melde mich gleich.");
        p.put(Phrase.URGENT_2, "Verstanden, das hat jetzt Vorrang.");
        p.put(Phrase.URGENT_3, "Können wir kurz telefonieren, um das gleich zu klären?");
        p.put(Phrase.SMALL_TALK, "Danke, mir geht es gut{hi}! Wie kann ich helfen?");
        p.put(Phrase.GREETING_1, "Hallo{sp}! Wie kann ich helfen?");
        p.put(Phrase.GREETING_2, "Hallo{sp}, schön, von Ihnen zu hören.");
        p.put(Phrase.GREETING_3, "Hallo{sp}!");
        p.put(Phrase.APOLOGY_1, "Kein Problem{hi}!");
        p.put(Phrase.APOLOGY_2, "Alles gut, danke für den Hinweis.");
        p.put(Phrase.APOLOGY_3, "Gar kein Problem.");
        return p;
    }
}
