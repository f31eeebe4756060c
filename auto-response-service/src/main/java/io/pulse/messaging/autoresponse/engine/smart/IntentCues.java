package io.pulse.messaging.autoresponse.engine.smart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.pulse.messaging.autoresponse.engine.MessageKind;
import io.pulse.messaging.autoresponse.engine.Text;

/**
 * Weighted cue words and phrases per kind of message, in English, German, French and Spanish, folded (no accents,
 * lower case) as {@link Text#words} gives them. A cue is a word or an adjacent sequence of words.
 */
final class IntentCues {

    record Cue(String[] words, double weight) {
    }

    private static final Map<MessageKind, List<Cue>> CUES = new EnumMap<>(MessageKind.class);

    static {
        cues(MessageKind.QUESTION, 1.0, "what", "when", "where", "who", "why", "how", "which", "is it", "are you", "do you",
                "does", "did you", "have you", "any idea", "wondering", "quick question", "was ist", "wann", "warum", "wie viel",
                "welche", "gibt es", "est ce que", "quand", "pourquoi", "combien", "quel", "quelle", "cuando", "por que", "cuanto",
                "cual", "donde");
        cues(MessageKind.REQUEST, 1.2, "please", "could you", "can you", "would you", "need you", "send me",
                "let me know", "share", "review", "update me", "take a look", "help me", "i need", "would appreciate",
                "bitte", "konnten sie", "kannst du", "konnen sie", "wurden sie", "konntest du", "pourriez vous", "pouvez vous",
                "peux tu", "merci de", "s il vous plait", "por favor", "podrias", "podria", "puedes", "puede enviar", "necesito");
        cues(MessageKind.THANKS, 1.5, "thanks", "thank you", "thx", "appreciate it", "grateful", "cheers", "merci", "danke",
                "vielen dank", "gracias", "muchas gracias", "merci beaucoup");
        cues(MessageKind.SCHEDULING, 1.0, "meet", "meeting", "call", "schedule", "calendar", "available", "availability",
                "free", "slot", "lunch", "coffee", "appointment", "invite", "sync", "catch up", "termin", "besprechung",
                "treffen", "zeit", "reunion", "rendez vous", "appel", "disponible", "cita", "llamada", "reunirnos");
        cues(MessageKind.RESCHEDULE, 1.6, "reschedule", "move", "push", "postpone", "shift", "bring forward", "move up",
                "instead", "change the time", "different time", "another time", "verschieben", "verlegen", "stattdessen",
                "decaler", "reporter", "deplacer", "plutot", "mover", "cambiar", "aplazar", "posponer", "reprogramar",
                "pasar la reunion", "en lugar de", "en vez de");
        cues(MessageKind.GREETING, 1.0, "hi", "hello", "hey", "good morning", "good afternoon", "good evening",
                "hope you are well", "how are you", "long time", "bonjour", "salut", "hallo", "guten morgen", "guten tag",
                "hola", "buenos dias");
        cues(MessageKind.COMPLAINT, 1.6, "disappointed", "unacceptable", "frustrated", "frustrating", "angry", "not working",
                "broken", "terrible", "awful", "worst", "complaint", "still waiting", "no response", "doesn t work",
                "does not work", "poor service", "cracked", "damaged", "wrong item", "ridiculous", "enttauscht", "inakzeptabel",
                "funktioniert nicht", "kaputt", "beschwerde", "beschadigt", "decu", "decue", "inacceptable",
                "ne fonctionne pas", "ne marche pas", "casse", "plainte", "decepcionado", "decepcionada", "inaceptable",
                "no funciona", "roto", "queja", "danado");
        cues(MessageKind.COMPLAINT, 0.8, "issue", "problem", "wrong", "failed", "outage", "down", "crash", "crashed",
                "probleme", "problema", "fehler", "erreur", "error");
        cues(MessageKind.REFUND, 3.0, "refund", "refunded", "money back", "reimburse", "reimbursement", "chargeback",
                "charged twice", "double charged", "ruckerstattung", "erstattung", "erstatten", "geld zuruck", "remboursement",
                "rembourser", "rembourse", "reembolso", "reembolsar", "devolucion", "devolver el dinero");
        cues(MessageKind.APOLOGY, 1.4, "sorry", "apologies", "apologize", "apologise", "my bad", "my mistake", "excuse",
                "entschuldigung", "tut mir leid", "desole", "desolee", "pardon", "lo siento", "perdon", "disculpa", "disculpas");
        cues(MessageKind.URGENT, 1.5, "urgent", "urgently", "asap", "immediately", "right away", "emergency", "critical",
                "as soon as possible", "dringend", "sofort", "so schnell wie moglich", "au plus vite", "urgence", "urgente",
                "lo antes posible", "cuanto antes");
        cues(MessageKind.INFORMATION, 0.8, "fyi", "for your information", "just letting you know", "heads up", "attached",
                "here is", "here are", "update", "note that", "please find", "zur info", "anbei", "pour info", "ci joint",
                "para tu informacion", "adjunto");
    }

    private IntentCues() {
    }

    private static void cues(MessageKind kind, double weight, String... phrases) {
        List<Cue> list = CUES.computeIfAbsent(kind, k -> new ArrayList<>());
        for (String phrase : phrases) {
            list.add(new Cue(Text.words(phrase), weight));
        }
    }

    static Map<MessageKind, List<Cue>> all() {
        return Collections.unmodifiableMap(CUES);
    }
}
