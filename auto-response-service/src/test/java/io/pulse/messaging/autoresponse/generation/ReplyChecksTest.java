package io.pulse.messaging.autoresponse.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pulse.messaging.common.text.LanguageGuess;

class ReplyChecksTest {

    private static final String MESSAGE = "Hi, my order 48213 arrived broken. The tracking page https://track.example.com/p/48213 "
            + "says delivered. Call me on +44 20 7946 0958 or mail jo.bloggs@example.org.";

    private final ReplyChecks checks = new ReplyChecks(MESSAGE, 300, "en");

    @Test
    void aCleanReplyPasses() {
        assertEquals(Optional.empty(), checks.problem("I'm so sorry your order 48213 arrived broken. Could you send a photo of the damage?"));
        assertEquals(Optional.empty(), checks.problem("Sorry about that! I'll call you on 020 7946 0958 this afternoon."));
        assertEquals(Optional.empty(), checks.problem("Thanks, I'll look at track.example.com/p/48213 and write to jo.bloggs@example.org."));
    }

    @Test
    void linksAddressesAndPhoneNumbersNotInTheSourcesAreRefused() {
        assertEquals(Optional.of("unknown-link"), checks.problem("You can request a refund at https://refunds.example.com/form."));
        assertEquals(Optional.of("unknown-link"), checks.problem("See www.evil.example for details."));
        assertEquals(Optional.of("unknown-link"), checks.problem("Our help centre (help.example.net/returns) explains it."));
        assertEquals(Optional.of("unknown-email"), checks.problem("Please write to refunds@example.com."));
        assertEquals(Optional.of("unknown-phone"), checks.problem("Call our hotline on 0800 123 4567."));
    }

    @Test
    void datesTimesAndSentencesWithoutSpacesAreNotLinksOrPhones() {
        assertEquals(Optional.empty(), checks.problem("Could we talk on 2026-03-05 between 10.00-11.30? That works.Thanks"));
        assertEquals(Optional.empty(), checks.problem("e.g. tomorrow at 9 a.m. or Friday 14:00"));
    }

    @Test
    void placeholdersMarkupCredentialsAndClaimsAreRefused() {
        assertEquals(Optional.of("placeholder"), checks.problem("Hi [Name], sorry about that."));
        assertEquals(Optional.of("placeholder"), checks.problem("Hi {{sender.firstName}}, sorry."));
        assertEquals(Optional.of("placeholder"), checks.problem("**Sorry** about that."));
        assertEquals(Optional.of("placeholder"), checks.problem("Best, <Your name>"));
        assertEquals(Optional.of("credential"), checks.problem("Sure, the admin password is Pulse2026!"));
        assertEquals(Optional.of("action-claim"), checks.problem("I have refunded your order 48213."));
        assertEquals(Optional.of("action-claim"), checks.problem("We've already cancelled it, sorry."));
        assertEquals(Optional.of("action-claim"), checks.problem("Your refund has been processed."));
        assertEquals(Optional.empty(), checks.problem("I'll refund it as soon as I've seen a photo."));
        assertEquals(Optional.empty(), checks.problem("I can't share passwords, sorry."));
    }

    @Test
    void aClaimTheSourceMakesMayBeRepeated() {
        ReplyChecks owner = new ReplyChecks("I have forwarded your message to our support team.", 600, null);
        assertEquals(Optional.empty(), owner.problem("Thanks Anna, I have forwarded your message to our support team."));
        assertEquals(Optional.of("action-claim"), owner.problem("I have forwarded your message. We have refunded you."));
    }

    @Test
    void emptyTooLongAndWrongLanguageAreRefused() {
        assertEquals(Optional.of("empty"), checks.problem("  "));
        assertEquals(Optional.of("too-long"), checks.problem("Sorry. ".repeat(60)));
        assertEquals(Optional.of("wrong-language"), checks.problem("Es tut mir leid, das ist nicht in Ordnung. Ich kümmere mich darum."));
        assertEquals(Optional.empty(), new ReplyChecks(MESSAGE, 300, null).problem("Es tut mir leid, das ist nicht in Ordnung."));
    }

    @Test
    void mentionsAreComparedInANormalForm() {
        Mentions m = Mentions.in("Go to HTTPS://www.Example.com/Prices/, mail Sales@Example.com, call +1 (415) 555-0132 at 9:30 on 12/03/2026.");
        assertEquals(Set.of("example.com/prices"), m.links());
        assertEquals(Set.of("sales@example.com"), m.emails());
        assertEquals(Set.of("14155550132"), m.phones());
        assertEquals(Set.of("14155550132", "9", "30", "12", "3", "2026"), m.numbers());
        assertEquals(true, m.coversLink("example.com"));
        assertEquals(false, m.coversLink("example.com/prices/secret"));
    }

    @Test
    void theLanguageIsGuessedOnlyWhenClear() {
        assertEquals("de", LanguageGuess.of("Können wir das Meeting auf Freitag verschieben? Donnerstag passt mir leider nicht.").definite());
        assertEquals("en", LanguageGuess.of("Can we move the meeting to Friday? Thursday doesn't work for me.").definite());
        assertEquals("fr", LanguageGuess.of("Est-ce que nous pouvons déplacer la réunion à vendredi ? Je ne suis pas disponible.").definite());
        assertEquals("es", LanguageGuess.of("¿Podemos mover la reunión al viernes? El jueves no estoy disponible.").definite());
        assertEquals("ja", LanguageGuess.of("会議を金曜日に変更できますか？").definite());
        assertNull(LanguageGuess.of("Danke!").definite());
        assertNull(LanguageGuess.of("OK").definite());
    }
}
