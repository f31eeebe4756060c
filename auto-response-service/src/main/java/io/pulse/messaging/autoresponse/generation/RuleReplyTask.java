package io.pulse.messaging.autoresponse.generation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.pulse.messaging.autoresponse.engine.Tone;
import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.ModelJson;
import io.pulse.messaging.common.ai.ModelText;
import io.pulse.messaging.common.ai.ModelTask;
import io.pulse.messaging.common.ai.Prompt;

/**
 * A rule's reply rewritten by the model for one incoming message (feature {@code rule-replies}), for rules whose owner
 * opted into generated text. The rewrite is the owner's reply fitted to the message (its language, what it asks, the
 * rule's tone), never new content: it passes {@link ReplyChecks} against the owner's reply alone (an automatic reply,
 * which no one reads before it is sent, may only carry the links, addresses and numbers its owner wrote, never ones
 * from the incoming message, where an attacker would put them), keeps every link, email address, phone number and
 * number of the owner's reply, and stays within {@link #maxLength}. Any failure sends the owner's reply as it is.
 */
public final class RuleReplyTask implements ModelTask<String> {

    /** The owner's longest template; no rewrite is longer. */
    static final int LONGEST = 5000;

    static final String INSTRUCTIONS = """
            The data holds a message someone sent to the user ("message", from "senderFirstName" when given, on \
            "channel") and "ownerReply": the automatic reply the user wrote for messages like it. Rewrite ownerReply into \
            the reply to this message:
            - Keep its meaning and every fact in it. Keep every link, email address, phone number, date, time and number \
            exactly as written. Add nothing the user did not write: no new facts, promises, prices, dates, links, email \
            addresses or phone numbers, and never say that something has been done.
            - Fit it to the message: acknowledge in a short phrase what the message is about or asks when that reads \
            naturally, and address the sender by senderFirstName when given.
            - Write in the language the message is written in ("languageHint", when present, is that language as an \
            ISO 639-1 code), in the tone given in "tone": formal, friendly or brief.
            - Plain text only: no placeholders such as [Name] or {{name}}, no markdown. At most %d characters.
            Answer with this JSON object: {"reply": "<the reply>"}""";

    record Answer(String reply) {
    }

    /**
     * What the rewrite is about.
     *
     * @param ownerReply the reply the rule sends without the model (its template rendered, personalised if it asks)
     * @param language   the message's language as far as {@code LanguageGuess} (common) can tell definitely, or null
     */
    public record Input(String message, String senderFirstName, String channel, String ownerReply, Tone tone, String language) {
    }

    private final Input input;

    public RuleReplyTask(Input input) {
        this.input = input;
    }

    /** The longest rewrite accepted: twice the owner's reply and a greeting's worth, at most the longest template. */
    int maxLength() {
        return Math.min(LONGEST, input.ownerReply().length() * 2 + 200);
    }

    @Override
    public Prompt prompt(int maxInputTokens) throws ModelFailure {
        return PromptFit.fit(INSTRUCTIONS.formatted(maxLength()), input.message(), this::data, maxInputTokens);
    }

    private Map<String, Object> data(String message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("message", message);
        if (input.senderFirstName() != null) {
            data.put("senderFirstName", input.senderFirstName());
        }
        if (input.channel() != null) {
            data.put("channel", input.channel());
        }
        data.put("ownerReply", input.ownerReply());
        data.put("tone", (input.tone() == null ? Tone.FRIENDLY : input.tone()).name().toLowerCase(Locale.ROOT));
        if (input.language() != null) {
            data.put("languageHint", input.language());
        }
        return data;
    }

    @Override
    public String accept(String answer, Drops drops) throws ModelFailure {
        // Hidden characters out before any check: a bidi override could make a link display other than it reads.
        String reply = ModelText.visible(ModelJson.read(answer, Answer.class).reply());
        ReplyChecks checks = new ReplyChecks(input.ownerReply(), maxLength(), input.language());
        Optional<String> problem = checks.problem(reply).or(() -> lost(Mentions.in(input.ownerReply()), Mentions.in(reply)));
        if (problem.isPresent()) {
            drops.drop(problem.get());
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the rewritten reply is unusable: " + problem.get());
        }
        return reply.strip();
    }

    /** What of the owner's reply the rewrite lost: a link, an email address, or a number (phone numbers included). */
    private static Optional<String> lost(Mentions owner, Mentions rewrite) {
        if (!rewrite.links().containsAll(owner.links())) {
            return Optional.of("lost-link");
        }
        if (!rewrite.emails().containsAll(owner.emails())) {
            return Optional.of("lost-email");
        }
        if (!rewrite.numbers().containsAll(owner.numbers())) {
            return Optional.of("lost-number");
        }
        return Optional.empty();
    }

    @Override
    public String local() {
        return input.ownerReply();
    }
}
