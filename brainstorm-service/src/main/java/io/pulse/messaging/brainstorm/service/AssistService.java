package io.pulse.messaging.brainstorm.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.messaging.brainstorm.engine.Framework;
import io.pulse.messaging.brainstorm.engine.IdeaClusterer;
import io.pulse.messaging.brainstorm.engine.SuggestionEngine;
import io.pulse.messaging.brainstorm.model.Api;
import io.pulse.messaging.brainstorm.model.ClusteringRecord;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.repository.AiCacheRepository;
import io.pulse.messaging.brainstorm.repository.ClusteringRepository;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.Ownership;
import io.smallrye.mutiny.Uni;

/** AI assistance: framework-aware suggestions (cached 24 hours) and semantic clustering of a session's ideas. */
@ApplicationScoped
public class AssistService {

    static final Duration CACHE_TTL = Duration.ofHours(24);
    static final int DEFAULT_COUNT = 5;
    static final String CLUSTER_ENGINE = "local";

    private final Ownership ownership;
    private final SessionAccess access;
    private final IdeaRepository ideas;
    private final AiCacheRepository cache;
    private final ClusteringRepository clusterings;
    private final SessionEvents events;
    private final SuggestionEngine engine;
    private final IdeaClusterer clusterer;
    private final ClusteringGate gate;
    private final ObjectMapper json;
    private final Clock clock;
    private final Counter hits;
    private final Counter misses;

    public AssistService(Ownership ownership, SessionAccess access, IdeaRepository ideas, AiCacheRepository cache,
            ClusteringRepository clusterings, SessionEvents events, SuggestionEngine engine, IdeaClusterer clusterer,
            ClusteringGate gate, ObjectMapper json, Clock clock, MeterRegistry metrics) {
        this.ownership = ownership;
        this.access = access;
        this.ideas = ideas;
        this.cache = cache;
        this.clusterings = clusterings;
        this.events = events;
        this.engine = engine;
        this.clusterer = clusterer;
        this.gate = gate;
        this.json = json;
        this.clock = clock;
        this.hits = Counter.builder("brainstorm.ai.cache").tag("result", "hit").description("AI answers served from the cache").register(metrics);
        this.misses = Counter.builder("brainstorm.ai.cache").tag("result", "miss").description("AI answers computed").register(metrics);
    }

    /** Suggestions for a step: from the cache when the same question (same topic, step, ideas, engine, count) was answered less than 24 hours ago. */
    public Uni<Api.Suggestions> suggest(UUID sessionId, Api.SuggestionRequest input) {
        int count = input == null || input.count() == null ? DEFAULT_COUNT : input.count();
        return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> {
            member.requireContributor();
            Framework framework = member.framework();
            String stepKey = input == null || input.step() == null ? member.session().getCurrentStep()
                    : IdeaService.checkStep(member, input.step(), "step");
            Framework.Step step = framework.step(stepKey).orElseThrow();
            String topic = member.session().getTopic();
            return ideas.allInSession(scope, sessionId).chain(all -> {
                String ideaHash = ideaSetHash(all);
                String key = sha256(String.join("\u001f", framework.key(), step.key(), topic, ideaHash, engine.name(), Integer.toString(count)));
                OffsetDateTime now = now();
                return cache.findFresh(scope, sessionId, key, now).chain(entry -> {
                    if (entry != null) {
                        hits.increment();
                        return Uni.createFrom().item(new Api.Suggestions(step.key(), entry.getEngine(), true, entry.getCreatedAt(),
                                entry.getExpiresAt(), read(entry.getResponse())));
                    }
                    misses.increment();
                    List<SuggestionEngine.ExistingIdea> existing = all.stream()
                            .map(idea -> new SuggestionEngine.ExistingIdea(idea.getText(), idea.getStep())).toList();
                    List<Api.SuggestionView> suggestions = engine
                            .suggest(new SuggestionEngine.SuggestionRequest(framework, step, topic, existing, count)).stream()
                            .map(s -> new Api.SuggestionView(s.text(), s.step(), s.rationale(), s.basedOn())).toList();
                    OffsetDateTime expires = now.plus(CACHE_TTL);
                    return cache.store(scope, new AiCacheRepository.NewEntry(sessionId, key, framework.key(), step.key(), topic,
                                    ideaHash, engine.name(), count, Views.json(new CachedSuggestions(suggestions)), now, expires))
                            .replaceWith(new Api.Suggestions(step.key(), engine.name(), false, now, expires, suggestions));
                });
            });
        }));
    }

    /**
     * Clusters the session's ideas by meaning and stores the result as the session's latest clustering. The request
     * first takes a place in the {@link ClusteringGate} (503 when this replica has as many clusterings as it accepts),
     * the ideas are read in one transaction, embedded and clustered on a worker thread when the gate has a free slot
     * (never, if the client went away before), and the result stored (and announced) in a second transaction.
     */
    public Uni<Api.Clustering> cluster(UUID sessionId) {
        return Uni.createFrom().deferred(() -> {
            ClusteringGate.Ticket ticket = gate.admit();
            return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> {
                member.requireContributor();
                return ideas.allInSession(scope, sessionId);
            })).chain(all -> {
                List<IdeaClusterer.IdeaInput> input = all.stream()
                        .map(idea -> new IdeaClusterer.IdeaInput(idea.getId(), idea.getText(), idea.getUserId())).toList();
                String hash = ideaSetHash(all);
                return OffLoop.backToCaller(ticket.compute(() -> clusterer.cluster(input)))
                        .map(result -> toView(sessionId, hash, all.size(), result, now()));
            }).onTermination().invoke(ticket::leave);
        }).chain(view -> ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> {
            member.requireContributor();
            return clusterings.store(scope, sessionId, view.ideaSetHash(), view.engine(), Views.json(view), view.createdAt())
                    .call(() -> events.publish(scope, sessionId, SessionEvents.CLUSTERS_UPDATED, Map.of(
                            "clusters", view.clusters().size(), "unclustered", view.unclustered().size(),
                            "mergeProposals", view.mergeProposals().size(), "ideaSetHash", view.ideaSetHash())))
                    .replaceWith(view);
        })));
    }

    /** The session's latest clustering, or 404 when its ideas were never clustered. */
    public Uni<Api.Clustering> latestClustering(UUID sessionId) {
        return ownership.asCurrentUser(scope -> access.require(scope, sessionId).chain(member -> clusterings.find(scope, sessionId)))
                .map(record -> {
                    if (record == null) {
                        throw ApiException.notFound("Clustering");
                    }
                    return readClustering(record);
                });
    }

    Api.Clustering readClustering(ClusteringRecord record) {
        try {
            return json.readValue(record.getResult(), Api.Clustering.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable clustering of session " + record.getSessionId(), e);
        }
    }

    private static Api.Clustering toView(UUID sessionId, String hash, int ideaCount, IdeaClusterer.Result result, OffsetDateTime at) {
        return new Api.Clustering(sessionId, CLUSTER_ENGINE, hash, ideaCount,
                result.clusters().stream().map(c -> new Api.ClusterView(c.label(), c.ideaIds(), c.confidence(), c.cohesion())).toList(),
                result.unclustered(),
                result.mergeProposals().stream().map(m -> new Api.MergeProposalView(m.keepId(), m.ideaIds(), m.contributors(), m.similarity())).toList(),
                at);
    }

    /** The stored shape of a cached answer. */
    record CachedSuggestions(List<Api.SuggestionView> suggestions) {
    }

    private List<Api.SuggestionView> read(String response) {
        try {
            return json.readValue(response, CachedSuggestions.class).suggestions();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable cached suggestions", e);
        }
    }

    /** A hash of the session's current ideas (ids, steps and texts): any added, edited or deleted idea changes it. */
    static String ideaSetHash(List<Idea> all) {
        StringBuilder text = new StringBuilder();
        all.stream().sorted(Comparator.comparing(Idea::getId))
                .forEach(idea -> text.append(idea.getId()).append('\u001f').append(idea.getStep()).append('\u001f').append(idea.getText()).append('\u001e'));
        return sha256(text.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
