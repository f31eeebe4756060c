package io.pulse.messaging.brainstorm.service;

import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.model.LockClusteringRequest;
import io.pulse.messaging.brainstorm.model.MoveIdeaRequest;
import io.pulse.messaging.brainstorm.model.RenameClusterRequest;
import io.pulse.messaging.brainstorm.repository.ClusteringRepository;
import io.pulse.messaging.brainstorm.service.SessionAccess.Member;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;

/**
 * Clusters edited by hand (owner and editors; viewers 403): a cluster renamed, an idea moved to another cluster or out
 * of any, the clustering locked or unlocked. Each is one transaction as the caller that locks the stored clustering,
 * checks that the edit was made on its current version (else 409 with the clustering as it is now, {@link
 * ClusteringConflict}), stores the change with the next version and announces it. An edit that changes nothing stores
 * and announces nothing. Works in closed sessions too (sorting the results after the session is usual).
 */
@ApplicationScoped
public class ClusterEditService {

    private final SessionAccess access;
    private final ClusteringRepository clusterings;
    private final SessionEvents events;

    private final SqlOwnership ownership;

    public ClusterEditService(SqlOwnership ownership, SessionAccess access, ClusteringRepository clusterings, SessionEvents events) {
        this.ownership = ownership;
        this.access = access;
        this.clusterings = clusterings;
        this.events = events;
    }

    public Uni<ClusteringView> rename(UUID sessionId, UUID clusterId, RenameClusterRequest input) {
        return ownership.sqlAsCurrentUser(scope -> {
            String label = input.label().strip();
            return access.require(scope, sessionId).invoke(Member::requireContributor)
                    .chain(() -> edit(scope, sessionId, input.version(), view -> ClusteringEdits.rename(view, clusterId, label),
                            SessionEvents.CLUSTER_RENAMED, Map.of("clusterId", clusterId)));
        });
    }

    public Uni<ClusteringView> move(UUID sessionId, UUID ideaId, MoveIdeaRequest input) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId).invoke(Member::requireContributor)
                .chain(() -> access.idea(scope, sessionId, ideaId))
                .chain(() -> edit(scope, sessionId, input.version(), view -> ClusteringEdits.move(view, ideaId, input.clusterId()),
                        SessionEvents.IDEA_MOVED, Map.of("ideaId", ideaId))));
    }

    public Uni<ClusteringView> lock(UUID sessionId, LockClusteringRequest input) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId).invoke(Member::requireContributor)
                .chain(() -> edit(scope, sessionId, input.version(), view -> ClusteringEdits.lock(view, input.locked()),
                        SessionEvents.CLUSTERING_LOCKED, Map.of())));
    }

    private Uni<ClusteringView> edit(SqlScope scope, UUID sessionId, long version, UnaryOperator<ClusteringView> change, String event,
            Map<String, ?> data) {
        return clusterings.findForUpdate(scope, sessionId).chain(record -> {
            if (record == null) {
                throw ApiException.notFound("Clustering");
            }
            ClusteringView current = ClusteringStore.read(record);
            if (current.version() != version) {
                throw new ClusteringConflict(current);
            }
            ClusteringView changed = change.apply(current);
            if (changed.equals(current)) {
                return Uni.createFrom().item(current);
            }
            return clusterings.edit(scope, sessionId, version, StoredJson.write(changed), changed.locked())
                    .invoke(stored -> {
                        if (!stored) {
                            throw new ClusteringConflict(current); // not reached: the row is locked by this transaction
                        }
                    })
                    .call(() -> events.publish(scope, sessionId, event, data))
                    .replaceWith(changed.withState(changed.locked(), version + 1));
        });
    }
}
