package io.pulse.messaging.brainstorm.llm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.pulse.messaging.brainstorm.engine.SuggestionEngine.ExistingIdea;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.Suggestion;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine.SuggestionRequest;
import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.FallbackReason;
import io.pulse.messaging.common.ai.ModelFailure;

/**
 * Checks a model's suggestions against the request, item by item, dropping (and counting, by kind) what fails:
 * <ul>
 * <li>{@code empty-text}, {@code text-too-long} (over {@value #MAX_TEXT} characters), {@code wrong-step} (a step other
 * than the one asked for, or none);</li>
 * <li>{@code repeats-idea} (the text of an idea of the session, ignoring case, spacing and closing punctuation),
 * {@code duplicate-suggestion} (the same text as an earlier suggestion);</li>
 * <li>{@code unknown-idea}, once per cited id that is not an idea of this session: the citation is dropped, the
 * suggestion kept; but a suggestion whose every citation was unknown is dropped as {@code unfounded-suggestion}, since
 * what it claims to build on is not there (a hallucination, or an instruction hidden in an idea);</li>
 * <li>{@code over-count}: suggestions beyond the number asked for.</li>
 * </ul>
 * Nothing left: {@link FallbackReason#INVALID_OUTPUT}.
 */
final class SuggestionValidator {

    static final int MAX_TEXT = 280;
    static final int MAX_RATIONALE = 280;

    private final SuggestionRequest request;
    private final Map<String, UUID> ideaIds = new HashMap<>();
    private final Set<String> ideaTexts = new HashSet<>();

    SuggestionValidator(SuggestionRequest request) {
        this.request = request;
        for (ExistingIdea idea : request.ideas()) {
            if (idea.id() != null) {
                ideaIds.put(idea.id().toString(), idea.id());
            }
            ideaTexts.add(ModelText.comparable(idea.text()));
        }
    }

    List<Suggestion> validate(SuggestionAnswer answer, Drops drops) throws ModelFailure {
        if (answer.suggestions() == null || answer.suggestions().isEmpty()) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the answer has no suggestions");
        }
        List<Suggestion> kept = new ArrayList<>();
        Set<String> keptTexts = new HashSet<>();
        for (SuggestionAnswer.Item item : answer.suggestions()) {
            String problem = problem(item, keptTexts);
            List<UUID> cited = problem == null ? citations(item.basedOn(), drops) : List.of();
            if (problem == null && cited == null) {
                problem = "unfounded-suggestion";
            }
            if (problem == null && kept.size() == request.count()) {
                problem = "over-count";
            }
            if (problem != null) {
                drops.drop(problem);
                continue;
            }
            String text = ModelText.tidy(item.text());
            keptTexts.add(ModelText.comparable(text));
            kept.add(new Suggestion(text, request.step().key(), rationale(item.rationale()), List.of(), cited));
        }
        if (kept.isEmpty()) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "no suggestion survived validation");
        }
        return kept;
    }

    /** Why the item cannot be a suggestion, as a drop kind; null when its text and step are fine. */
    private String problem(SuggestionAnswer.Item item, Set<String> keptTexts) {
        String text = item == null ? null : ModelText.tidy(item.text());
        if (text == null || text.isEmpty()) {
            return "empty-text";
        }
        if (text.length() > MAX_TEXT) {
            return "text-too-long";
        }
        if (item.step() == null || !request.step().key().equals(item.step().strip().toLowerCase(Locale.ROOT))) {
            return "wrong-step";
        }
        String comparable = ModelText.comparable(text);
        if (ideaTexts.contains(comparable)) {
            return "repeats-idea";
        }
        return keptTexts.contains(comparable) ? "duplicate-suggestion" : null;
    }

    /** The cited ideas of this session, each once; null when every cited id was unknown (each counted). */
    private List<UUID> citations(List<String> basedOn, Drops drops) {
        if (basedOn == null || basedOn.isEmpty()) {
            return List.of();
        }
        Set<UUID> cited = new LinkedHashSet<>();
        for (String id : basedOn) {
            UUID idea = id == null ? null : ideaIds.get(id.strip().toLowerCase(Locale.ROOT));
            if (idea == null) {
                drops.drop("unknown-idea");
            } else {
                cited.add(idea);
            }
        }
        return cited.isEmpty() ? null : List.copyOf(cited);
    }

    /** The model's rationale, or what the step is when it gave none (or one too long to show). */
    private String rationale(String given) {
        String rationale = ModelText.tidy(given);
        if (rationale == null || rationale.isEmpty() || rationale.length() > MAX_RATIONALE) {
            return request.step().title() + ": " + request.step().question();
        }
        return rationale;
    }
}
