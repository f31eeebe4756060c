package io.pulse.messaging.autoresponse.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.pulse.messaging.autoresponse.engine.MessageKind;
import io.pulse.messaging.autoresponse.engine.SuggestionEngine;
import io.pulse.messaging.autoresponse.engine.SuggestionEngine.Classification;
import io.pulse.messaging.autoresponse.engine.SuggestionEngine.Suggestion;
import io.pulse.messaging.autoresponse.engine.Tone;
import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.ModelJson;
import io.pulse.messaging.common.ai.ModelText;
import io.pulse.messaging.common.ai.ModelTask;
import io.pulse.messaging.common.ai.Prompt;

/**
 * Smart replies from the model (feature {@code smart-replies}): short replies that answer what the message says, in
 * its language and the requested tone, and what kind of message it is. Each suggestion is checked
 * ({@link ReplyChecks}, a known kind, a confidence in [0, 1], no duplicate, at most {@value #MOST}); the rest are
 * dropped and counted; with none left the local engine answers.
 */
public final class SuggestionTask implements ModelTask<SuggestionEngine.Result> {

    /** Suggestions asked for. */
    static final int ASKED = 3;
    /** Suggestions kept at most. */
    static final int MOST = 5;
    /** The longest suggestion kept, in characters. */
    static final int MAX_CHARS = 300;

    static final String INSTRUCTIONS = """
            You suggest short replies the user could send in answer to the incoming message in the data (field "message", \
            from the person named in "senderFirstName" when given).
            Write %d distinct replies, each a complete message ready to send, at most 200 characters:
            - Each reply answers what the message actually says or asks. A request to move a meeting gets replies about \
            the new time it proposes (accept it, propose another, ask which works); a complaint or a refund request gets \
            replies that address that problem; an annoyed or sarcastic message gets an apology, never thanks.
            - Offer different answers (for example agree, decline or propose an alternative, ask for a missing detail), \
            not three wordings of one.
            - Write in the language the message is written in ("languageHint", when present, is that language as an \
            ISO 639-1 code) and in the tone given in "tone": formal, friendly or brief.
            - Use only facts from the message: no links, email addresses, phone numbers, prices or dates it does not \
            contain. Never say that something has already been done (refunded, sent, booked, cancelled): nothing has been \
            done yet. No placeholders such as [Name] or {{name}}, no markdown, no signature.
            Also say what kind of message it is: one to three kinds, strongest first, each with a score from 0 to 1.
            Kinds are exactly: question, request, reschedule (move an existing meeting), scheduling (propose a new one), complaint, \
            refund, thanks, information, urgent, greeting, apology.
            Answer with this JSON object:
            {"kinds": [{"kind": "<kind>", "score": <0..1>}],
             "suggestions": [{"text": "<reply>", "kind": "<the kind of message this reply answers>", "confidence": <0..1>}]}""";

    record Answer(List<KindScore> kinds, List<Item> suggestions) {
    }

    record KindScore(String kind, Double score) {
    }

    record Item(String text, String kind, Double confidence) {
    }

    private final String content;
    private final String senderFirstName;
    private final Tone tone;
    private final String language;
    private final SuggestionEngine local;

    /**
     * @param language the message's language (ISO 639-1) as far as {@code LanguageGuess} (common) can tell definitely, or null
     * @param local    the engine that answers without the model
     */
    public SuggestionTask(String content, String senderFirstName, Tone tone, String language, SuggestionEngine local) {
        this.content = content;
        this.senderFirstName = senderFirstName;
        this.tone = tone == null ? Tone.FRIENDLY : tone;
        this.language = language;
        this.local = local;
    }

    @Override
    public Prompt prompt(int maxInputTokens) throws ModelFailure {
        return PromptFit.fit(INSTRUCTIONS.formatted(ASKED), content, this::data, maxInputTokens);
    }

    private Map<String, Object> data(String message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("message", message);
        if (senderFirstName != null) {
            data.put("senderFirstName", senderFirstName);
        }
        data.put("tone", tone.name().toLowerCase(Locale.ROOT));
        if (language != null) {
            data.put("languageHint", language);
        }
        return data;
    }

    @Override
    public SuggestionEngine.Result accept(String answer, Drops drops) throws ModelFailure {
        Answer parsed = ModelJson.read(answer, Answer.class);
        if (parsed.suggestions() == null || parsed.suggestions().isEmpty()) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the answer has no suggestions");
        }
        List<Suggestion> kept = suggestions(parsed.suggestions(), drops);
        if (kept.isEmpty()) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "no suggestion of the answer passed validation");
        }
        return new SuggestionEngine.Result(kinds(parsed.kinds(), kept, drops), kept, "llm", language);
    }

    private List<Suggestion> suggestions(List<Item> items, Drops drops) {
        ReplyChecks checks = new ReplyChecks(content, MAX_CHARS, language);
        Set<String> seen = new HashSet<>();
        List<Suggestion> kept = new ArrayList<>();
        for (Item raw : items) {
            // Hidden characters out before any check: a bidi override could make a link display other than it reads.
            Item item = raw == null ? null : new Item(ModelText.visible(raw.text()), raw.kind(), raw.confidence());
            Optional<String> problem = item == null ? Optional.of("malformed") : problem(item, checks);
            if (problem.isEmpty() && !seen.add(ReplyChecks.duplicateKey(item.text()))) {
                problem = Optional.of("duplicate");
            }
            if (problem.isEmpty() && kept.size() == MOST) {
                problem = Optional.of("too-many");
            }
            if (problem.isPresent()) {
                drops.drop(problem.get());
            } else {
                kept.add(new Suggestion(item.text().strip(), kind(item.kind()).orElseThrow(), round(item.confidence())));
            }
        }
        return kept;
    }

    private static Optional<String> problem(Item item, ReplyChecks checks) {
        if (kind(item.kind()).isEmpty()) {
            return Optional.of("unknown-kind");
        }
        if (!unit(item.confidence())) {
            return Optional.of("bad-confidence");
        }
        return checks.problem(item.text());
    }

    /** The answer's kinds that are valid, strongest first; the suggestions' own kinds when none is. */
    private static List<Classification> kinds(List<KindScore> answered, List<Suggestion> kept, Drops drops) {
        Map<MessageKind, Double> scores = new LinkedHashMap<>();
        for (KindScore k : answered == null ? List.<KindScore>of() : answered) {
            Optional<MessageKind> kind = k == null ? Optional.empty() : kind(k.kind());
            if (kind.isEmpty() || !unit(k.score())) {
                drops.drop(kind.isEmpty() ? "unknown-kind" : "bad-confidence");
            } else {
                scores.putIfAbsent(kind.get(), round(k.score()));
            }
        }
        if (scores.isEmpty()) {
            kept.forEach(s -> scores.merge(s.kind(), s.confidence(), Math::max));
        }
        return scores.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                .map(e -> new Classification(e.getKey(), e.getValue())).toList();
    }

    private static Optional<MessageKind> kind(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        String name = wire.strip();
        for (MessageKind kind : MessageKind.values()) {
            if (kind.wire().equalsIgnoreCase(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static boolean unit(Double value) {
        return value != null && value >= 0.0 && value <= 1.0;
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    @Override
    public SuggestionEngine.Result local() {
        return local.suggest(content, senderFirstName);
    }
}
