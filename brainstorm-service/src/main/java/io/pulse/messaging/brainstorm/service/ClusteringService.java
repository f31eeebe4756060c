package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.engine.IdeaClusterer;
import io.pulse.messaging.brainstorm.model.ClusterView;
import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.MergeProposalView;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.reactive.OffLoop;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/**
 * Clusters a session's ideas by meaning and stores the result as the session's latest clustering. The request first
 * takes a place in the {@link ClusteringGate} (503 when this replica has as many clusterings as it accepts); the ideas
 * are read in one transaction, embedded and clustered (and the result hashed and serialised) on a worker thread when
 * the gate has a free slot (never, if the client went away before), outside any transaction and holding no connection,
 * and the result is stored and announced in a second transaction.
 */
@ApplicationScoped
public class ClusteringService {

    static final String ENGINE = "local";

    private final ClusteringStore store;
    private final ClusteringGate gate;
    private final IdeaClusterer clusterer;
    private final Clock clock;

    private final int maxIdeas;

    public ClusteringService(ClusteringStore store, ClusteringGate gate, IdeaClusterer clusterer, Clock clock, BrainstormConfig config) {
        this.store = store;
        this.gate = gate;
        this.clusterer = clusterer;
        this.clock = clock;
        this.maxIdeas = config.clustering().maxIdeas();
    }

    public Uni<ClusteringView> cluster(UUID sessionId) {
        return Uni.createFrom().deferred(() -> compute(sessionId, gate.admit()))
                .chain(result -> store.save(result.view(), result.json()));
    }

    /** A clustering and its stored form, both made on the worker thread. */
    record Computed(ClusteringView view, String json) {
    }

    public Uni<ClusteringView> latest(UUID sessionId) {
        return store.latest(sessionId);
    }

    /**
     * Reads the ideas, then clusters them once the ticket gets a slot; the ticket's place is given up however it ends.
     * The clustering is of the ideas as they were when read ({@code asOf}, its {@code createdAt}): it is stored only if
     * no clustering of a later reading was stored meanwhile, and its idea-set hash says which ideas it covers.
     */
    private Uni<Computed> compute(UUID sessionId, ClusteringGate.Ticket ticket) {
        OffsetDateTime asOf = Timestamps.now(clock);
        return store.ideasToCluster(sessionId)
                .invoke(this::requireClusterable)
                .chain(all -> OffLoop.backToCaller(ticket.compute(() -> {
                    ClusteringView view = view(sessionId, all, clusterer.cluster(inputs(all)), asOf);
                    return new Computed(view, StoredJson.write(view));
                })))
                .onTermination().invoke(ticket::leave);
    }

    private void requireClusterable(List<Idea> all) {
        if (all.size() > maxIdeas) {
            throw ApiException.unprocessable("The session has " + all.size() + " ideas; a clustering takes at most " + maxIdeas
                    + ". Merge or delete some first.");
        }
    }

    private static List<IdeaClusterer.IdeaInput> inputs(List<Idea> all) {
        return all.stream().map(idea -> new IdeaClusterer.IdeaInput(idea.getId(), idea.getText(), idea.getUserId())).toList();
    }

    private static ClusteringView view(UUID sessionId, List<Idea> all, IdeaClusterer.Result result, OffsetDateTime asOf) {
        return new ClusteringView(sessionId, ENGINE, IdeaSetHash.of(all), all.size(),
                result.clusters().stream().map(c -> new ClusterView(c.label(), c.ideaIds(), c.confidence(), c.cohesion())).toList(),
                result.unclustered(),
                result.mergeProposals().stream().map(m -> new MergeProposalView(m.keepId(), m.ideaIds(), m.contributors(), m.similarity())).toList(),
                asOf);
    }
}
