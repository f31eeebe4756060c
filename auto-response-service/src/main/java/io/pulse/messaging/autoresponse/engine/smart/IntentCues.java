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

    /** Words for moving that only mean moving a meeting when one is named ("push the hotfix" moves nothing). */
    static final List<String[]> MOVING = words("move", "push", "shift", "move up", "instead", "verlegen", "stattdessen", "reporter",
            "deplacer", "plutot", "mover", "cambiar", "en lugar de", "en vez de");
    /** Small talk that asks after the reader ("how are you?"): a greeting, not a question to look into. */
    static final List<String[]> SMALL_TALK = words("how are you", "how are things", "how s it going", "how is it going",
            "hope you are well", "hope you re well", "wie geht s", "wie geht es", "comment ca va", "comment allez vous", "ca va",
            "como estas", "como esta", "que tal");
    /** Words that put a time forward ("let's", "how about", "are you free"), without which a meeting's time is news. */
    static final List<String[]> PROPOSING = words("let s", "lets", "how about", "what about", "shall we", "we could", "i suggest",
            "i propose", "would work", "works for you", "free", "available", "lass uns", "wie ware es", "on pourrait",
            "je propose", "que diriez vous", "podriamos", "propongo", "te parece", "le parece");
    /** Words that open a question to be answered, not with yes or no, per language (folded). */
    static final Map<String, List<String>> OPEN_QUESTION = Map.of(
            "en", List.of("what", "when", "where", "who", "whom", "why", "how", "which"),
            "de", List.of("was", "wann", "wo", "wer", "warum", "wieso", "weshalb", "wie", "welche", "welcher", "welches", "welchen"),
            "fr", List.of("quoi", "quand", "ou", "qui", "pourquoi", "comment", "quel", "quelle", "quels", "quelles", "combien"),
            "es", List.of("cuando", "donde", "quien", "por que", "como", "cual", "cuanto", "cuanta", "cuantos", "cuantas"));
    /** Open-question words that are everyday words elsewhere (English "was", French "ou" = "or"): no cue of their own. */
    private static final java.util.Set<String> AMBIGUOUS_OPEN = java.util.Set.of("was", "wo", "wer", "wie", "ou", "qui", "que", "como",
            "quel", "quelle");

    private static final Map<MessageKind, List<Cue>> CUES = new EnumMap<>(MessageKind.class);

    static {
        cues(MessageKind.QUESTION, 1.0, "is it", "are you", "do you", "does", "did you", "have you", "any idea", "wondering",
                "quick question", "was ist", "gibt es", "est ce que");
        OPEN_QUESTION.forEach((language, words) -> words.stream().filter(w -> !AMBIGUOUS_OPEN.contains(w))
                .forEach(w -> cues(MessageKind.QUESTION, 1.0, w)));
        cues(MessageKind.REQUEST, 1.2, "please", "could you", "can you", "would you", "need you", "send me",
                "let me know", "share", "review", "update me", "take a look", "help me", "i need", "would appreciate",
                "bitte", "konnten sie", "kannst du", "konnen sie", "wurden sie", "konntest du", "pourriez vous", "pouvez vous",
                "peux tu", "merci de", "s il vous plait", "por favor", "podrias", "podria", "puedes", "puede enviar", "necesito");
        cues(MessageKind.THANKS, 1.5, "thanks", "thank you", "thx", "appreciate it", "grateful", "cheers", "merci", "danke",
                "vielen dank", "gracias", "muchas gracias", "merci beaucoup");
        cues(MessageKind.SCHEDULING, 1.0, "meet", "meeting", "call", "schedule", "calendar", "available", "availability",
                "free", "slot", "lunch", "coffee", "appointment", "invite", "sync", "catch up", "standup", "stand up", "demo",
                "interview", "termin", "besprechung",
                "treffen", "zeit", "reunion", "rendez vous", "appel", "disponible", "cita", "llamada", "reunirnos");
        cues(MessageKind.RESCHEDULE, 1.6, "reschedule", "postpone", "bring forward", "change the time", "different time",
                "another time", "verschieben", "decaler", "aplazar", "posponer", "reprogramar", "pasar la reunion");
        cues(MessageKind.GREETING, 1.0, "hi", "hello", "hey", "good morning", "good afternoon", "good evening",
                "hope you are well", "how are you", "long time", "bonjour", "salut", "hallo", "guten morgen", "guten tag",
                "hola", "buenos dias", "buenas tardes", "bonsoir", "coucou", "moin", "servus");
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

    private static List<String[]> words(String... phrases) {
        return java.util.Arrays.stream(phrases).map(Text::words).toList();
    }

    /** Does the text have one of the folded phrases as adjacent words? */
    static boolean any(String[] words, List<String[]> phrases) {
        for (String[] phrase : phrases) {
            for (int i = 0; i + phrase.length <= words.length; i++) {
                int k = 0;
                while (k < phrase.length && words[i + k].equals(phrase[k])) {
                    k++;
                }
                if (k == phrase.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Is the question open ("when ...?", "¿cuándo ...?", also without accents) rather than one for yes or no? */
    static boolean openQuestion(String text, String language) {
        String[] words = Text.words(text);
        return any(words, words(OPEN_QUESTION.getOrDefault(language, List.of()).toArray(String[]::new)))
                || "es".equals(language) && words.length > 0 && words[0].equals("que"); // "¿Qué ...?" opens, "... que ..." does not
    }

    static Map<MessageKind, List<Cue>> all() {
        return Collections.unmodifiableMap(CUES);
    }
}
