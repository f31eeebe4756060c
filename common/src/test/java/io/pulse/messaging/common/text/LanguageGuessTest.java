package io.pulse.messaging.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void shortChatMessagesInSevenLanguages() {
        assertEquals("en", LanguageGuess.of("the refund still hasn't arrived after 3 weeks").language());
        assertEquals("de", LanguageGuess.of("Die Lieferung ist schon wieder zu spät, ich bin sehr enttäuscht").language());
        assertEquals("de", LanguageGuess.of("Danke, das hat super geklappt!").language());
        assertEquals("fr", LanguageGuess.of("Je suis très déçu, la commande n'est toujours pas arrivée").language());
        assertEquals("fr", LanguageGuess.of("Merci beaucoup, c'est parfait").language());
        assertEquals("es", LanguageGuess.of("Mi pedido todavía no ha llegado, es la segunda vez").language());
        assertEquals("es", LanguageGuess.of("¡Muchas gracias por la ayuda!").language());
        assertEquals("it", LanguageGuess.of("Grazie mille, il servizio è stato molto veloce").language());
        assertEquals("pt", LanguageGuess.of("O meu pedido ainda não chegou, estou muito chateado").language());
        assertEquals("nl", LanguageGuess.of("Mijn bestelling is nog steeds niet aangekomen").language());
    }

    @Test
    void textWithoutFunctionWordsIsReadAsEnglishWithLowCertainty() {
        LanguageGuess thanks = LanguageGuess.of("thx!!");
        assertTrue(thanks.english());
        assertTrue(thanks.certainty() < 0.5);
        assertEquals(LanguageGuess.UNDETERMINED, LanguageGuess.of("👍🎉").language());
        assertTrue(LanguageGuess.of("👍🎉").english(), "emoji are read by the lexicon");
    }

    @Test
    void textInAnotherScriptIsNotReadAsEnglish() {
        assertEquals("und-Cyrl", LanguageGuess.of("Заказ так и не пришёл, это ужасно").language());
        assertEquals("und-Hani", LanguageGuess.of("我的订单还没有到，太糟糕了").language());
        assertEquals("und-Arab", LanguageGuess.of("لم يصل طلبي بعد").language());
        assertTrue(!LanguageGuess.of("Заказ так и не пришёл").english());
        assertEquals("en", LanguageGuess.of("The Москва office ships the refund today").language(), "Latin dominates");
    }

    @Test
    void definiteOnlyWhenOneLanguageClearlyLeads() {
        assertEquals("de", LanguageGuess.of("Die Lieferung ist schon wieder zu spät, ich bin sehr enttäuscht").definite());
        assertEquals("fr", LanguageGuess.of("Je suis très déçu, la commande n'est toujours pas arrivée").definite());
        assertEquals("en", LanguageGuess.of("the refund still hasn't arrived after 3 weeks").definite());
        assertNull(LanguageGuess.of("thx!!").definite(), "no function word: a guess, not definite");
        assertNull(LanguageGuess.of("la").definite(), "one word shared by fr, es and it");
        assertEquals("ja", LanguageGuess.of("会議を金曜日に変更できますか").definite());
        assertEquals("es", LanguageGuess.of("Mi pedido todavía no ha llegado").code());
    }

    /** Review of issue 14: greeting-only messages were answered in English. */
    @Test
    void aGreetingTellsTheLanguageOfAShortMessage() {
        assertEquals("es", LanguageGuess.of("Hola!").code());
        assertEquals("fr", LanguageGuess.of("Bonjour !").code());
        assertEquals("de", LanguageGuess.of("Guten Morgen!").code());
        assertEquals("it", LanguageGuess.of("Ciao!").code());
        assertEquals("en", LanguageGuess.of("Hi there!").code());
        assertEquals("fr", LanguageGuess.of("Peut-on décaler la réunion à vendredi à 10h ?").code());
    }

    /** Review of issue 14: "pedido" (order) is a noun, not a function word of Spanish or Portuguese. */
    @Test
    void pedidoIsNoFunctionWord() {
        assertTrue(FunctionWords.languagesOf("pedido").isEmpty());
    }
}
