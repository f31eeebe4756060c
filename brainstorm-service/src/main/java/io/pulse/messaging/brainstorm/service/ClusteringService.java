package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.engine.IdeaClusterer;
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
 * are read in one transaction, embedded and clustered on a worker thread when the gate has a free slot (never, if the
 * client went away before), then the clusters are named ({@link ClusterNaming}: the model, if one is configured) on a
 * worker thread after the slot is given back, and the result hashed there: all outside any transaction and holding no
 * connection. The result is reconciled with the stored clustering (manual choices, {@link ClusterReconciliation}),
 * stored and announced in a second transaction.
 */
@ApplicationScoped
public class ClusteringService {

    private final ClusteringStore store;
    private final ClusteringGate gate;
    private final IdeaClusterer clusterer;
    private final ClusterNaming naming;
    private final Clock clock;

    private final int maxIdeas;

    public ClusteringService(ClusteringStore store, ClusteringGate gate, IdeaClusterer clusterer, ClusterNaming naming, Clock clock,
            BrainstormConfig config) {
        this.store = store;
        this.gate = gate;
        this.clusterer = clusterer;
        this.naming = naming;
        this.clock = clock;
        this.maxIdeas = config.clustering().maxIdeas();
    }

    public Uni<ClusteringView> cluster(UUID sessionId) {
        return Uni.createFrom().deferred(() -> compute(sessionId, gate.admit()))
                .chain(clustered -> OffLoop.compute(() -> named(clustered)))
                .chain(store::save);
    }

    /** The ideas as read at {@code asOf} and their clustering, with the local labels. */
    record Clustered(UUID sessionId, ClusteringStore.ToCluster read, IdeaClusterer.Result result, OffsetDateTime asOf) {
    }

    public Uni<ClusteringView> latest(UUID sessionId) {
        return store.latest(sessionId);
    }

    /**
     * Reads the ideas, then clusters them once the ticket gets a slot; the ticket's place is given up however it ends.
     * The clustering is of the ideas as they were when read ({@code asOf}, its {@code createdAt}): it is stored only if
     * no clustering of a later reading was stored meanwhile, and its idea-set hash says which ideas it covers.
     */
    private Uni<Clustered> compute(UUID sessionId, ClusteringGate.Ticket ticket) {
        OffsetDateTime asOf = Timestamps.now(clock);
        return store.ideasToCluster(sessionId)
                .invoke(this::requireClusterable)
                .chain(read -> OffLoop.backToCaller(ticket.compute(
                        () -> new Clustered(sessionId, read, clusterer.cluster(inputs(read.ideas())), asOf))))
                .onTermination().invoke(ticket::leave);
    }

    private void requireClusterable(ClusteringStore.ToCluster read) {
        List<Idea> all = read.ideas();
        if (all.size() > maxIdeas) {
            throw ApiException.unprocessable("The session has " + all.size() + " ideas; a clustering takes at most " + maxIdeas
                    + ". Merge or delete some first.");
        }
    }

    private static List<IdeaClusterer.IdeaInput> inputs(List<Idea> all) {
        return all.stream().map(idea -> new IdeaClusterer.IdeaInput(idea.getId(), idea.getText(), idea.getUserId())).toList();
    }

    /** The clustering with its clusters named (blocks on the model, if one is configured). */
    private ClusteringView named(Clustered clustered) {
        List<Idea> all = clustered.read().ideas();
        IdeaClusterer.Result result = clustered.result();
        ClusterNaming.Named named = naming.name(clustered.read().topic(), all, result.clusters());
        return new ClusteringView(clustered.sessionId(), named.engine().engine(), named.engine().fallbackReason(),
                IdeaSetHash.of(all), all.size(), named.clusters(), result.unclustered(),
                result.mergeProposals().stream().map(m -> new MergeProposalView(m.keepId(), m.ideaIds(), m.contributors(), m.similarity())).toList(),
                clustered.asOf());
    }
}
