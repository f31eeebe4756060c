package io.pulse.messaging.autoresponse.engine.smart;

import java.util.EnumMap;
import java.util.Map;

/** The Spanish phrases: polite, "usted" where an address is needed. */
final class SpanishPhrases {

    private SpanishPhrases() {
    }

    static Map<Phrase, String> table() {
        Map<Phrase, String> p = new EnumMap<>(Phrase.class);
        p.put(Phrase.QUESTION_CHECK, "Buena pregunta{hi}. Lo reviso y le respondo en breve.");
        p.put(Phrase.QUESTION_FIND_OUT, "Lo averiguo y le aviso en cuanto lo sepa.");
        p.put(Phrase.QUESTION_NOT_SURE, "Todavía no lo sé, lo reviso.");
        p.put(Phrase.YES_GENERIC, "Sí, creo que sí.");
        p.put(Phrase.NO_GENERIC, "No, creo que no.");
        p.put(Phrase.REQUEST_ACCEPT, "Claro{hi}, me encargo.");
        p.put(Phrase.REQUEST_DECLINE, "Lo siento, ahora mismo no puedo encargarme.");
        p.put(Phrase.REQUEST_WHEN, "Con gusto. ¿Para cuándo se necesita?");
        p.put(Phrase.REQUEST_CHECK, "Lo reviso y le respondo en breve.");
        p.put(Phrase.TIME_ACCEPT, "{When} me va bien.");
        p.put(Phrase.TIME_OTHER, "{When} me resulta difícil. ¿Podemos buscar otro momento?");
        p.put(Phrase.RESCHEDULE_DECLINE, "Lo siento, {when} no me va bien. ¿Podemos mantener la hora original?");
        p.put(Phrase.RESCHEDULE_ACCEPT_ASK, "Sin problema, lo cambiamos. ¿Qué momento le va mejor?");
        p.put(Phrase.RESCHEDULE_KEEP, "¿Podemos mantener la hora original?");
        p.put(Phrase.SCHEDULE_CHECK, "Reviso mi calendario y lo confirmo.");
        p.put(Phrase.SCHEDULE_ASK, "Claro. ¿Qué momento le va mejor?");
        p.put(Phrase.COMPLAINT_SORRY, "Lo siento mucho{hi}. Me ocupo de ello de inmediato y le respondo en cuanto sepa algo.");
        p.put(Phrase.COMPLAINT_DETAILS, "Disculpe las molestias. ¿Podría darme algunos detalles más para poder solucionarlo?");
        p.put(Phrase.COMPLAINT_ESCALATE, "Entiendo su frustración. "
                + "Lo paso al equipo correspondiente y le aviso en cuanto haya novedades.");
        p.put(Phrase.REFUND_SORRY, "Lo siento mucho{hi}. Reviso su reembolso de inmediato y le respondo en cuanto sepa algo.");
        p.put(Phrase.REFUND_ORDER, "Disculpe las molestias. Reviso el reembolso del pedido {order} y le respondo hoy mismo.");
        p.put(Phrase.REFUND_ASK_ORDER, "Disculpe las molestias. ¿Podría enviarme el número de pedido para revisar el reembolso?");
        p.put(Phrase.REFUND_ESCALATE, "Entiendo. "
                + "Paso su solicitud de reembolso al equipo correspondiente y le aviso en cuanto haya novedades.");
        p.put(Phrase.THANKS_1, "¡De nada{hi}!");
        p.put(Phrase.THANKS_2, "¡Con mucho gusto!");
        p.put(Phrase.THANKS_3, "¡Un placer ayudar!");
        p.put(Phrase.INFO_1, "Gracias por la información{hi}.");
        p.put(Phrase.INFO_2, "Entendido, ¡gracias!");
        p.put(Phrase.INFO_3, "Anotado.");
        p.put(Phrase.URGENT_1, "Me pongo con ello ahora mismo{hi} y le respondo enseguida.");
        p.put(Phrase.URGENT_2, "Entendido, le doy prioridad.");
        p.put(Phrase.URGENT_3, "¿Podemos hablar por teléfono para resolverlo ahora?");
        p.put(Phrase.SMALL_TALK, "¡Muy bien, gracias{hi}! ¿En qué puedo ayudarle?");
        p.put(Phrase.GREETING_1, "¡Hola{hi}! ¿En qué puedo ayudarle?");
        p.put(Phrase.GREETING_2, "Hola{hi}, gracias por el mensaje.");
        p.put(Phrase.GREETING_3, "¡Hola{hi}!");
        p.put(Phrase.APOLOGY_1, "¡No pasa nada{hi}!");
        p.put(Phrase.APOLOGY_2, "No hay problema, gracias por avisar.");
        p.put(Phrase.APOLOGY_3, "No se preocupe, de verdad.");
        return p;
    }
}
