package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.ClusteringRecord;
import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.repository.ClusteringRepository;
import io.pulse.messaging.brainstorm.repository.IdeaRepository;
import io.pulse.messaging.brainstorm.service.SessionAccess.Member;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;

/**
 * The database side of clustering, one transaction per method as the calling user: the ideas to cluster, the result
 * stored as the session's latest clustering (and announced), and that latest clustering read back.
 */
@ApplicationScoped
public class ClusteringStore {

    private final SessionAccess access;
    private final IdeaRepository ideas;
    private final ClusteringRepository clusterings;
    private final SessionEvents events;
    private final Clock clock;

    private final SqlOwnership ownership;

    public ClusteringStore(SqlOwnership ownership, SessionAccess access, IdeaRepository ideas, ClusteringRepository clusterings, SessionEvents events,
            Clock clock) {
        this.ownership = ownership;
        this.clock = clock;
        this.access = access;
        this.ideas = ideas;
        this.clusterings = clusterings;
        this.events = events;
    }

    /** What a clustering reads: the session's topic and its ideas. */
    public record ToCluster(String topic, List<Idea> ideas) {
    }

    /** The session's topic and ideas, for its owner and editors. */
    public Uni<ToCluster> ideasToCluster(UUID sessionId) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId)
                .invoke(Member::requireContributor)
                .chain(member -> ideas.allInSession(scope, sessionId).map(all -> new ToCluster(member.session().getTopic(), all))));
    }

    /**
     * Stores the engine's clustering as the session's latest and announces it (owner and editors), reconciled with the
     * stored one ({@link ClusterReconciliation}: a locked clustering keeps every manual choice, an unlocked one the
     * labels members wrote where the cluster persists). The stored clustering is locked for the transaction, so an edit
     * made while the engine computed is seen here, never overwritten. Nothing is stored when a clustering of a later
     * reading of the ideas is stored already: the caller still gets the result it asked for, and the session keeps the
     * newer one.
     */
    public Uni<ClusteringView> save(ClusteringView view) {
        return ownership.sqlAsCurrentUser(scope -> {
            UUID sessionId = view.sessionId();
            return access.require(scope, sessionId)
                    .invoke(Member::requireContributor)
                    .chain(() -> clusterings.findForUpdate(scope, sessionId))
                    .chain(current -> {
                        if (current != null && current.getCreatedAt().isAfter(view.createdAt())) {
                            return Uni.createFrom().item(view);
                        }
                        ClusteringView previous = current == null ? null : read(current);
                        ClusteringView merged = ClusterReconciliation.reconcile(previous, view, () -> Ids.newId(clock));
                        return clusterings.store(scope, sessionId, view.ideaSetHash(), view.engine(), view.fallbackReason(),
                                        StoredJson.write(merged), view.createdAt())
                                .call(stored -> stored ? events.publish(scope, sessionId, SessionEvents.CLUSTERS_UPDATED, Map.of())
                                        : Uni.createFrom().voidItem())
                                .map(stored -> merged.withState(merged.locked(), current == null ? 1 : current.getVersion() + 1));
                    });
        });
    }

    /** The session's latest clustering, or 404 when its ideas were never clustered. */
    public Uni<ClusteringView> latest(UUID sessionId) {
        return ownership.sqlAsCurrentUser(scope -> {
            return access.require(scope, sessionId)
                    .chain(() -> clusterings.find(scope, sessionId))
                    .map(record -> {
                        if (record == null) {
                            throw ApiException.notFound("Clustering");
                        }
                        return read(record);
                    });
        });
    }

    /** The stored clustering with its lock and version, every cluster with an id. */
    static ClusteringView read(ClusteringRecord record) {
        ClusteringView stored = StoredJson.read(record.getResult(), ClusteringView.class, "clustering of session " + record.getSessionId());
        return ClusterReconciliation.withIds(stored).withState(record.isLocked(), record.getVersion());
    }
}
