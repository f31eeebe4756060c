package io.pulse.messaging.autoresponse.generation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pulse.messaging.autoresponse.engine.Text;
import io.pulse.messaging.common.text.LanguageGuess;

/**
 * What a reply written by the model must satisfy to be sent as the user's, checked against its sources (the incoming
 * message, and for a rule the rule's own reply): not blank, within a length, no template placeholder or markup left,
 * no link, email address or phone number its sources do not have (a hallucinated or injected link in a reply is the
 * most dangerous thing it can hold), no credential handed out ("the password is ..."), no claim that an action was
 * performed unless a source makes it, and, when the sources' language is known and the reply's can be told, the same
 * language.
 *
 * <p>The action-claim check is English only ("I have refunded", "we've cancelled", "has been processed"): cheap
 * patterns for the common phrasings, which the model is also told never to write. Other languages rely on that
 * instruction.
 */
public final class ReplyChecks {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{|}}|\\{[A-Za-z_][\\w .-]{0,40}}|\\$\\{|%s\\b|\\[[^\\]\\n]{1,60}]|<[A-Za-z/!][^>\\n]{0,80}>|\\*\\*|```|(?m)^\\s{0,3}#{1,6}\\s");
    /** A secret stated in a reply ("the admin password is ...", "API key: ..."), in the languages the model is most asked in. */
    private static final Pattern CREDENTIAL = Pattern.compile("(?iu)\\b(?:password|passwort|kennwort|mot de passe|contraseña|senha"
            + "|passcode|pin|api[ -]?key|access[ -]?token|secret[ -]?key|private[ -]?key)(?:\\s+(?:is|ist|est|es|é)\\s+|\\s*[:=]\\s*)\\S");

    /** What a first-person sentence in the past claims the user did ("I have refunded", "we've sent", "I booked"). */
    private static final String DONE_BY_US = "refunded|reimbursed|credited|processed|cancell?ed|booked|rescheduled|moved|sent|transferred"
            + "|paid|issued|deleted|reset|fixed|resolved|shipped|approved|forwarded|updated|changed|scheduled|arranged|escalated";
    /** What a passive sentence claims is done ("has been refunded", "is already cancelled"): the actions with consequences. */
    private static final String DONE = "refunded|reimbursed|credited|processed|cancell?ed|shipped|transferred|paid|issued|deleted|reset"
            + "|fixed|resolved";
    private static final Pattern ACTION_CLAIM = Pattern.compile("(?i)\\b(?:(?:i|we)(?:['’]ve)?\\s+(?:(?:have|has|already|just|now)\\s+){0,2}"
            + "(?:" + DONE_BY_US + ")|(?:has|have)\\s+(?:(?:now|already|just)\\s+)?been\\s+(?:" + DONE + ")"
            + "|(?:is|are)\\s+(?:now|already)\\s+(?:" + DONE + "))\\b");

    private final Mentions sources;
    private final String foldedSources;
    private final int maxLength;
    private final String language;

    /**
     * @param sources   everything the reply may repeat (the incoming message; for a rule, its reply too)
     * @param maxLength the longest reply accepted, in characters
     * @param language  the language the reply must be in (ISO 639-1), or null when unknown
     */
    public ReplyChecks(String sources, int maxLength, String language) {
        this.sources = Mentions.in(sources);
        this.foldedSources = fold(sources);
        this.maxLength = maxLength;
        this.language = language;
    }

    /** Why {@code reply} must not be sent (the kind of drop, as counted in the metrics), or empty when it may be. */
    public Optional<String> problem(String reply) {
        if (reply == null || reply.isBlank()) {
            return Optional.of("empty");
        }
        if (reply.strip().length() > maxLength) {
            return Optional.of("too-long");
        }
        if (PLACEHOLDER.matcher(reply).find()) {
            return Optional.of("placeholder");
        }
        Optional<String> mention = unknownMention(Mentions.in(reply));
        if (mention.isPresent()) {
            return mention;
        }
        if (CREDENTIAL.matcher(reply).find()) {
            return Optional.of("credential");
        }
        if (unsourcedClaim(reply)) {
            return Optional.of("action-claim");
        }
        String replyLanguage = language == null ? null : LanguageGuess.of(reply).definite();
        if (replyLanguage != null && !replyLanguage.equals(language)) {
            return Optional.of("wrong-language");
        }
        return Optional.empty();
    }

    private Optional<String> unknownMention(Mentions reply) {
        if (!reply.links().stream().allMatch(sources::coversLink)) {
            return Optional.of("unknown-link");
        }
        if (!sources.emails().containsAll(reply.emails())) {
            return Optional.of("unknown-email");
        }
        if (!reply.phones().stream().allMatch(sources::coversPhone)) {
            return Optional.of("unknown-phone");
        }
        return Optional.empty();
    }

    private boolean unsourcedClaim(String reply) {
        Matcher claim = ACTION_CLAIM.matcher(reply);
        while (claim.find()) {
            if (!foldedSources.contains(fold(claim.group()))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        return String.join(" ", Text.words(text == null ? "" : text.replace('’', '\'')));
    }

    /** The form two replies are compared in for duplicates: folded words, so case, accents and punctuation do not count. */
    public static String duplicateKey(String reply) {
        return fold(reply);
    }
}
