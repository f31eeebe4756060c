package io.pulse.messaging.summarization.engine;

/**
 * The cue phrases of {@link Cues} in German, Spanish and French, in the same phrase syntax ({@link Phrases}): a team
 * that writes in these languages asks, promises, decides and reports done in these words. Lower case, as the cues read
 * the text.
 */
final class OtherLanguages {

    /** "kannst du ...", "bitte", "¿puedes ...?", "por favor", "pourrais-tu". */
    static final String REQUEST = "(kannst|könntest|kann|könnte) (du|jemand)|(können|könnten) sie|bitte|(puedes|podrías|puede|podría|podéis)"
            + "|por favor|(peux|pourrais|pouvez|pourriez)-(tu|vous)|s'il (te|vous) plaît";
    /** "ich kümmere mich", "mache ich", "yo me encargo", "je m'en occupe". */
    static final String COMMITMENT = "ich kümmere mich|ich übernehme|übernehme ich|mache ich|ich mache das|ich schicke|ich sende"
            + "|ich schreibe|ich rufe|ich prüfe|ich kläre|ich melde mich"
            + "|yo me encargo|me encargo|lo hago yo|yo lo hago|lo hago|me ocupo|je m'en occupe|je m'en charge|je vais";
    /** "wir haben entschieden", "beschlossen", "decidimos", "vamos con", "on a décidé". */
    static final String DECISION = "wir haben entschieden|haben uns entschieden|wir entscheiden uns|beschlossen|wir nehmen|wir bleiben bei"
            + "|decidimos|hemos decidido|he decidido|vamos con|nos quedamos con|acordamos|queda decidido"
            + "|on a décidé|nous avons décidé|j'ai décidé|on part sur|on garde|cambiamos a|wir wechseln zu|on passe à";
    /** "cambiamos a", "mejor no", "doch nicht", "stattdessen", "finalement". */
    static final String REVERSAL = "cambiamos a|mejor no|pensándolo mejor|al final no|en lugar de|doch nicht|stattdessen|lieber doch"
            + "|wir wechseln zu|finalement|plutôt|on passe à";
    static final String NOT_A_DECISION = "nicht entschieden|noch offen|no hemos decidido|sin decidir|pas encore décidé";
    /** "erledigt", "gemacht", "hecho", "listo", "fait". */
    static final String DONE = "erledigt|gemacht|verschickt|geschickt|behoben|ist raus|hecho|listo|terminado|enviado|resuelto|fait|envoyé|réglé";

    private OtherLanguages() {
    }
}
