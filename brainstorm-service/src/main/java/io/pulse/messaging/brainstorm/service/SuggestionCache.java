package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine;
import io.pulse.messaging.brainstorm.model.AiCacheEntry;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.SuggestionView;
import io.pulse.messaging.brainstorm.model.SuggestionsView;
import io.pulse.messaging.brainstorm.repository.AiCacheRepository;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.service.SessionAccess.Member;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;

/**
 * The suggestions' answer cache ({@code pulse.brainstorm.suggestions.ttl}, 24 hours by default), shared by a session's
 * members: the question (the session's topic, the step, the current ideas, the count, and the identity of the engine
 * that answers: local, or the model's endpoint, name and prompt version) is read and looked up in one transaction, a new answer stored in another; the engine answers in
 * between, holding no connection. Owner and editors only.
 */
@ApplicationScoped
public class SuggestionCache {

    /**
     * The cached answer's shape, part of the key: raise it when {@link CachedSuggestions} changes, or when the local
     * engine (whose identity is just "local") writes different text for the same question (v3: its sentences).
     */
    static final String KEY_VERSION = "answer-v3";

    /** A question to the engine as asked at {@code askedAt}, under its cache key, with its cached answer if fresh. */
    public record Question(UUID sessionId, SuggestionEngine.SuggestionRequest request, String ideaSetHash, String key,
            OffsetDateTime askedAt, AiCacheEntry cached) {
    }

    /** The stored shape of a cached answer. */
    record CachedSuggestions(List<SuggestionView> suggestions, int ideasLeftOut) {
    }

    private final SessionAccess access;
    private final IdeaRepository ideas;
    private final AiCacheRepository cache;
    private final Clock clock;
    private final Duration ttl;

    private final SqlOwnership ownership;

    public SuggestionCache(SqlOwnership ownership, SessionAccess access, IdeaRepository ideas, AiCacheRepository cache, Clock clock, BrainstormConfig config) {
        this.ownership = ownership;
        this.access = access;
        this.ideas = ideas;
        this.cache = cache;
        this.clock = clock;
        this.ttl = config.suggestions().ttl();
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("pulse.brainstorm.suggestions.ttl must be positive");
        }
    }

    /**
     * The question for {@code count} suggestions for the step (the current one when null), with the answer cached for
     * it by the engine of identity {@code engineIdentity} ({@code AiFeature.cacheIdentity}) if there is one.
     */
    public Uni<Question> lookup(UUID sessionId, String step, int count, String engineIdentity) {
        return ownership.sqlAsCurrentUser(scope -> {
            return access.require(scope, sessionId)
                    .invoke(member -> {
                        member.requireContributor();
                        if (step != null) {
                            member.requireStep(step, "step");
                        }
                    })
                    .chain(member -> ideas.allInSession(scope, sessionId).map(all -> question(member, step, count, engineIdentity, all)))
                    .chain(question -> cache.findFresh(scope, sessionId, question.key(), question.askedAt())
                            .map(entry -> withCached(question, entry)));
        });
    }

    /** Stores a new answer to the question, written by {@code engine} ({@code llm:<model>} or {@code local}), and returns it. */
    public Uni<SuggestionsView> store(Question question, String engine, List<SuggestionView> suggestions, int ideasLeftOut) {
        return ownership.sqlAsCurrentUser(scope -> {
            OffsetDateTime expires = question.askedAt().plus(ttl);
            SuggestionEngine.SuggestionRequest request = question.request();
            AiCacheRepository.NewEntry entry = new AiCacheRepository.NewEntry(question.sessionId(), question.key(),
                    request.framework().key(), request.step().key(), request.topic(), question.ideaSetHash(), engine, request.count(),
                    StoredJson.write(new CachedSuggestions(suggestions, ideasLeftOut)), question.askedAt(), expires);
            return access.require(scope, question.sessionId())
                    .invoke(Member::requireContributor)
                    .chain(() -> cache.store(scope, entry))
                    .map(stored -> {
                        if (!stored) {
                            throw ApiException.notFound("Session");
                        }
                        return new SuggestionsView(request.step().key(), engine, null, false, question.askedAt(), expires, ideasLeftOut,
                                suggestions);
                    });
        });
    }

    /** The cached answer of a question that has one. */
    static SuggestionsView answer(Question question) {
        AiCacheEntry entry = question.cached();
        CachedSuggestions stored = StoredJson.read(entry.getResponse(), CachedSuggestions.class, "cached suggestions");
        return new SuggestionsView(question.request().step().key(), entry.getEngine(), null, true, entry.getCreatedAt(),
                entry.getExpiresAt(), stored.ideasLeftOut(), stored.suggestions());
    }

    /** An answer that is not cached: the local engine's, standing in for the model's ({@code fallbackReason}). */
    static SuggestionsView uncached(Question question, String engine, String fallbackReason, List<SuggestionView> suggestions) {
        return new SuggestionsView(question.request().step().key(), engine, fallbackReason, false, question.askedAt(), null, 0,
                suggestions);
    }

    /**
     * The cache key: everything the answer depends on. {@code engineIdentity} keeps one engine's (or model's, or prompt
     * version's) text from being served as another's.
     */
    static String key(String framework, String step, String topic, String ideaSetHash, String engineIdentity, int count) {
        return IdeaSetHash.key(KEY_VERSION, framework, step, topic, ideaSetHash, engineIdentity, Integer.toString(count));
    }

    private Question question(Member member, String stepKey, int count, String engineIdentity, List<Idea> all) {
        Framework framework = member.framework();
        Framework.Step step = SessionSteps.find(member.steps(), stepKey == null ? member.session().getCurrentStep() : stepKey)
                .orElseThrow();
        String topic = member.session().getTopic();
        List<SuggestionEngine.ExistingIdea> existing = all.stream()
                .map(idea -> new SuggestionEngine.ExistingIdea(idea.getId(), idea.getText(), idea.getStep())).toList();
        String ideaHash = IdeaSetHash.of(all);
        String key = key(framework.key(), step.key(), topic, ideaHash, engineIdentity, count);
        return new Question(member.sessionId(), new SuggestionEngine.SuggestionRequest(framework, step, topic, existing, count),
                ideaHash, key, Timestamps.now(clock), null);
    }

    private static Question withCached(Question question, AiCacheEntry entry) {
        return new Question(question.sessionId(), question.request(), question.ideaSetHash(), question.key(), question.askedAt(), entry);
    }
}
