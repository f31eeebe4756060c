package io.pulse.messaging.autoresponse.engine.smart;

import java.util.EnumMap;
import java.util.Map;

/** The French phrases: polite "vous", and no word whose form depends on the writer's gender. */
final class FrenchPhrases {

    private FrenchPhrases() {
    }

    static Map<Phrase, String> table() {
        Map<Phrase, String> p = new EnumMap<>(Phrase.class);
        p.put(Phrase.QUESTION_CHECK, "Bonne question{hi}. Je vérifie et je reviens vers vous.");
        p.put(Phrase.QUESTION_FIND_OUT, "Je me renseigne et je vous tiens au courant.");
        p.put(Phrase.QUESTION_NOT_SURE, "Je ne sais pas encore, je regarde ça.");
        p.put(Phrase.YES_GENERIC, "Oui, je pense.");
        p.put(Phrase.NO_GENERIC, "Non, je ne pense pas.");
        p.put(Phrase.REQUEST_ACCEPT, "Bien sûr{hi}, je m'en occupe.");
        p.put(Phrase.REQUEST_DECLINE, "Malheureusement, je ne peux pas m'en occuper pour le moment.");
        p.put(Phrase.REQUEST_WHEN, "Avec plaisir. Pour quand en avez-vous besoin ?");
        p.put(Phrase.REQUEST_CHECK, "Je vérifie et je reviens vers vous.");
        p.put(Phrase.TIME_ACCEPT, "{When} me convient très bien.");
        p.put(Phrase.TIME_OTHER, "{When}, c'est difficile pour moi. Pourrions-nous trouver un autre créneau ?");
        p.put(Phrase.RESCHEDULE_DECLINE, "{When} ne me convient malheureusement pas. Pourrions-nous garder l'horaire initial ?");
        p.put(Phrase.RESCHEDULE_ACCEPT_ASK, "Pas de problème, on peut décaler. Quel créneau vous conviendrait ?");
        p.put(Phrase.RESCHEDULE_KEEP, "Pourrions-nous garder l'horaire initial ?");
        p.put(Phrase.SCHEDULE_CHECK, "Je regarde mon agenda et je vous confirme.");
        p.put(Phrase.SCHEDULE_ASK, "Avec plaisir. Quel moment vous conviendrait ?");
        p.put(Phrase.COMPLAINT_SORRY, "Toutes mes excuses{hi}. Je m'en occupe tout de suite et je reviens vers vous.");
        p.put(Phrase.COMPLAINT_DETAILS, "Veuillez nous excuser pour ce désagrément. "
                + "Pourriez-vous me donner quelques détails pour que je puisse régler le problème ?");
        p.put(Phrase.COMPLAINT_ESCALATE, "Je comprends votre frustration. "
                + "Je transmets le problème à l'équipe concernée et je vous tiens au courant.");
        p.put(Phrase.REFUND_SORRY, "Toutes mes excuses{hi}. Je m'occupe de votre remboursement tout de suite et je reviens vers vous.");
        p.put(Phrase.REFUND_ORDER, "Veuillez nous excuser pour ce désagrément. "
                + "Je vérifie le remboursement de la commande {order} et je reviens vers vous aujourd'hui.");
        p.put(Phrase.REFUND_ASK_ORDER, "Veuillez nous excuser pour ce désagrément. "
                + "Pourriez-vous m'envoyer votre numéro de commande pour que je vérifie le remboursement ?");
        p.put(Phrase.REFUND_ESCALATE, "Je comprends. "
                + "Je transmets votre demande de remboursement à l'équipe concernée et je vous tiens au courant.");
        p.put(Phrase.THANKS_1, "Avec plaisir{hi} !");
        p.put(Phrase.THANKS_2, "Je vous en prie !");
        p.put(Phrase.THANKS_3, "De rien, c'était avec plaisir.");
        p.put(Phrase.INFO_1, "Merci pour l'information{hi}.");
        p.put(Phrase.INFO_2, "C'est noté, merci !");
        p.put(Phrase.INFO_3, "Bien reçu.");
        p.put(Phrase.URGENT_1, "Je m'en occupe tout de suite{hi} et je reviens vers vous rapidement.");
        p.put(Phrase.URGENT_2, "Compris, je traite cela en priorité.");
        p.put(Phrase.URGENT_3, "Pouvez-vous m'appeler pour qu'on règle ça tout de suite ?");
        p.put(Phrase.SMALL_TALK, "Je vais bien, merci{hi} ! Comment puis-je vous aider ?");
        p.put(Phrase.GREETING_1, "Bonjour{sp} ! Comment puis-je vous aider ?");
        p.put(Phrase.GREETING_2, "Bonjour{sp}, merci pour votre message.");
        p.put(Phrase.GREETING_3, "Bonjour{sp} !");
        p.put(Phrase.APOLOGY_1, "Pas de souci{hi} !");
        p.put(Phrase.APOLOGY_2, "Ce n'est pas grave, merci de me l'avoir signalé.");
        p.put(Phrase.APOLOGY_3, "Aucun problème.");
        return p;
    }
}
