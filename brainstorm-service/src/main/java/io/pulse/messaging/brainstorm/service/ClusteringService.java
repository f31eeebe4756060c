package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.engine.IdeaClusterer;
import io.pulse.messaging.brainstorm.model.ClusterView;
import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.MergeProposalView;
import io.pulse.messaging.common.reactive.OffLoop;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/**
 * Clusters a session's ideas by meaning and stores the result as the session's latest clustering. The request first
 * takes a place in the {@link ClusteringGate} (503 when this replica has as many clusterings as it accepts); the ideas
 * are read in one transaction, embedded and clustered on a worker thread when the gate has a free slot (never, if the
 * client went away before), outside any transaction, and the result is stored and announced in a second transaction.
 */
@ApplicationScoped
public class ClusteringService {

    static final String ENGINE = "local";

    private final ClusteringStore store;
    private final ClusteringGate gate;
    private final IdeaClusterer clusterer;
    private final Clock clock;

    public ClusteringService(ClusteringStore store, ClusteringGate gate, IdeaClusterer clusterer, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.clusterer = clusterer;
        this.clock = clock;
    }

    public Uni<ClusteringView> cluster(UUID sessionId) {
        return Uni.createFrom().deferred(() -> compute(sessionId, gate.admit())).chain(store::save);
    }

    public Uni<ClusteringView> latest(UUID sessionId) {
        return store.latest(sessionId);
    }

    /** Reads the ideas, then clusters them once the ticket gets a slot; the ticket's place is given up however it ends. */
    private Uni<ClusteringView> compute(UUID sessionId, ClusteringGate.Ticket ticket) {
        return store.ideasToCluster(sessionId)
                .chain(all -> OffLoop.backToCaller(ticket.compute(() -> clusterer.cluster(inputs(all))))
                        .map(result -> view(sessionId, all, result)))
                .onTermination().invoke(ticket::leave);
    }

    private static List<IdeaClusterer.IdeaInput> inputs(List<Idea> all) {
        return all.stream().map(idea -> new IdeaClusterer.IdeaInput(idea.getId(), idea.getText(), idea.getUserId())).toList();
    }

    private ClusteringView view(UUID sessionId, List<Idea> all, IdeaClusterer.Result result) {
        return new ClusteringView(sessionId, ENGINE, IdeaSetHash.of(all), all.size(),
                result.clusters().stream().map(c -> new ClusterView(c.label(), c.ideaIds(), c.confidence(), c.cohesion())).toList(),
                result.unclustered(),
                result.mergeProposals().stream().map(m -> new MergeProposalView(m.keepId(), m.ideaIds(), m.contributors(), m.similarity())).toList(),
                Timestamps.now(clock));
    }
}
