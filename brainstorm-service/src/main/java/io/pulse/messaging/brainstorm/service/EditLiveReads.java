package io.pulse.messaging.brainstorm.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.ActionItemView;
import io.pulse.messaging.brainstorm.model.ClusterView;
import io.pulse.messaging.brainstorm.model.ClusteringView;
import io.pulse.messaging.brainstorm.repository.ActionItemRepository;
import io.pulse.messaging.brainstorm.repository.ClusteringRepository;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * The data of the live events of clusters edited by hand and of action items, read as the subscriber ({@link LiveReads}
 * calls it in the subscriber's transaction): the cluster's label, the idea's cluster, the lock, the action item, as
 * they are now. Null when the claim no longer holds (the clustering or the cluster gone, an action item "deleted" that
 * exists): nothing is passed on.
 */
@ApplicationScoped
public class EditLiveReads {

    private final ClusteringRepository clusterings;
    private final ActionItemRepository items;
    private final ActionItemService itemViews;

    public EditLiveReads(ClusteringRepository clusterings, ActionItemRepository items, ActionItemService itemViews) {
        this.clusterings = clusterings;
        this.items = items;
        this.itemViews = itemViews;
    }

    /** Whether this reader handles the event type. */
    static boolean handles(String type) {
        return switch (type) {
            case SessionEvents.CLUSTER_RENAMED, SessionEvents.IDEA_MOVED, SessionEvents.CLUSTERING_LOCKED, SessionEvents.ACTION_ITEM_ADDED,
                    SessionEvents.ACTION_ITEM_UPDATED, SessionEvents.ACTION_ITEM_DELETED -> true;
            default -> false;
        };
    }

    /** The event's data for the subscriber, or null to pass nothing on. */
    Uni<JsonObject> data(SqlScope scope, UUID sessionId, String type, JsonObject claim) {
        return switch (type) {
            case SessionEvents.CLUSTER_RENAMED, SessionEvents.IDEA_MOVED, SessionEvents.CLUSTERING_LOCKED -> clusterings.find(scope, sessionId)
                    .map(record -> record == null ? null : clustering(ClusteringStore.read(record), type, claim));
            case SessionEvents.ACTION_ITEM_DELETED -> items.find(scope, sessionId, uuid(claim, "actionItemId"))
                    .map(row -> row != null ? null : new JsonObject().put("actionItemId", claim.getString("actionItemId")));
            default -> items.find(scope, sessionId, uuid(claim, "actionItemId"))
                    .map(row -> row == null ? null : item(itemViews.view(row)));
        };
    }

    private static JsonObject clustering(ClusteringView view, String type, JsonObject claim) {
        JsonObject data = new JsonObject().put("version", view.version());
        if (SessionEvents.CLUSTERING_LOCKED.equals(type)) {
            return data.put("locked", view.locked());
        }
        if (SessionEvents.IDEA_MOVED.equals(type)) {
            UUID cluster = ClusteringEdits.clusterOf(view, uuid(claim, "ideaId"));
            return data.put("ideaId", claim.getString("ideaId")).put("clusterId", cluster == null ? null : cluster.toString());
        }
        ClusterView cluster = ClusteringEdits.cluster(view, uuid(claim, "clusterId"));
        return cluster == null ? null : data.put("clusterId", cluster.id().toString()).put("label", cluster.label())
                .put("labelEngine", cluster.labelEngine());
    }

    private static JsonObject item(ActionItemView view) {
        return new JsonObject().put("actionItemId", view.id().toString()).put("ideaId", view.ideaId().toString())
                .put("ideaText", view.ideaText()).put("ownerId", view.ownerId() == null ? null : view.ownerId().toString())
                .put("dueDate", view.dueDate().toString()).put("status", view.status()).put("overdue", view.overdue())
                .put("note", view.note());
    }

    private static UUID uuid(JsonObject claim, String field) {
        return UUID.fromString(claim.getString(field));
    }
}
