package io.pulse.messaging.local;

import static io.pulse.messaging.local.BrainstormChecks.LIVE;
import static io.pulse.messaging.local.BrainstormChecks.SESSIONS;
import static io.pulse.messaging.local.CheckFailure.require;
import static io.pulse.messaging.local.CheckFailure.requireEqual;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Brainstorm's clusters edited by hand (FigJam / Miro sort) and action items, checked through the gateway. */
final class ClusterChecks implements FeatureChecks.Group {

    private static final String[] IDEAS = {
            "Let customers pause their subscription for a month", "A pause button instead of cancelling",
            "Offer a discount to users who are about to leave", "A win-back coupon in the cancellation flow",
            "Cut onboarding to three screens", "Skip the onboarding tour for returning users",
    };

    @Override
    public String title() {
        return "brainstorm-service: clusters by hand and action items";
    }

    @Override
    public void register(FeatureChecks.Registry registry, CheckUser owner, CheckUser other) {
        registry.check("a renamed cluster and a moved idea survive a locked re-clustering, and go out live",
                () -> editedClusters(owner, other));
        registry.check("an idea becomes an action item for a collaborator, listed by owner and in the export",
                () -> actionItem(owner, other));
    }

    private static void editedClusters(CheckUser owner, CheckUser other) {
        String session = BrainstormChecks.sessionWith(owner, other, "free_form");
        for (String text : IDEAS) {
            VotingChecks.idea(owner, session, text);
        }
        String base = SESSIONS + "/" + session;
        JsonObject clustering = owner.ok("POST", base + "/clusters", null);
        JsonArray clusters = clustering.getJsonArray("clusters", new JsonArray());
        require(!clusters.isEmpty(), "six ideas on three themes give at least one cluster: " + clustering);
        String clusterId = clusters.getJsonObject(0).getString("id");
        String moved = elsewhere(clustering);
        try (EventStream events = other.client().events(base + "/events")) {
            events.awaitOpen(LIVE);
            events.await("ready", data -> true, LIVE);
            long version = clustering.getLong("version");
            version = owner.ok("PATCH", base + "/clusters/" + clusterId, new JsonObject().put("label", "Keep them subscribed")
                    .put("version", version)).getLong("version");
            events.await("cluster_renamed", data -> true, LIVE);
            owner.expect(409, "PATCH", base + "/clusters/" + clusterId, new JsonObject().put("label", "Stale edit").put("version", 1));
            version = owner.ok("PUT", base + "/ideas/" + moved + "/cluster", new JsonObject().put("clusterId", clusterId)
                    .put("version", version)).getLong("version");
            events.await("idea_moved", data -> true, LIVE);
            owner.ok("PATCH", base + "/clusters", new JsonObject().put("locked", true).put("version", version));
            events.await("clustering_locked", data -> true, LIVE);
        }
        JsonObject again = owner.ok("POST", base + "/clusters", null);
        JsonObject kept = cluster(again, clusterId);
        requireEqual("Keep them subscribed", kept.getString("label"), "the renamed label after a locked re-clustering");
        require(kept.getJsonArray("ideaIds").contains(moved), "the moved idea stays where it was put: " + kept);
    }

    private static void actionItem(CheckUser owner, CheckUser other) {
        String session = BrainstormChecks.sessionWith(owner, other, "free_form");
        String idea = VotingChecks.idea(owner, session, "Write the new onboarding copy");
        String base = SESSIONS + "/" + session;
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
        owner.expect(400, "POST", base + "/ideas/" + idea + "/action-item", new JsonObject()
                .put("ownerId", UUID.randomUUID().toString()).put("dueDate", due));
        JsonObject item = owner.ok("POST", base + "/ideas/" + idea + "/action-item", new JsonObject()
                .put("ownerId", other.id().toString()).put("dueDate", due).put("note", "Draft by Friday"));
        JsonArray mine = other.ok("GET", base + "/action-items?ownerId=" + other.id(), null).getJsonArray("items");
        requireEqual(1, mine.size(), "action items listed for their owner");
        requireEqual(item.getString("id"), mine.getJsonObject(0).getString("id"), "the listed action item");
        JsonArray exported = owner.ok("GET", base + "/export?format=json", null).getJsonArray("actionItems", new JsonArray());
        require(exported.size() == 1 && due.equals(exported.getJsonObject(0).getString("dueDate")),
                "the export lists the action item with its due date: " + exported);
        other.ok("PATCH", base + "/action-items/" + item.getString("id"), new JsonObject().put("status", "done"));
        requireEqual("done", owner.ok("GET", base + "/action-items/" + item.getString("id"), null).getString("status"), "status");
    }

    /** An idea outside the first cluster: unclustered, or in another cluster. */
    private static String elsewhere(JsonObject clustering) {
        JsonArray unclustered = clustering.getJsonArray("unclustered", new JsonArray());
        if (!unclustered.isEmpty()) {
            return unclustered.getString(0);
        }
        JsonArray clusters = clustering.getJsonArray("clusters");
        require(clusters.size() > 1, "six ideas are not all in one cluster: " + clustering);
        return clusters.getJsonObject(1).getJsonArray("ideaIds").getString(0);
    }

    private static JsonObject cluster(JsonObject clustering, String id) {
        for (Object item : clustering.getJsonArray("clusters", new JsonArray())) {
            if (id.equals(((JsonObject) item).getString("id"))) {
                return (JsonObject) item;
            }
        }
        throw new CheckFailure("cluster " + id + " is gone after a locked re-clustering: " + clustering);
    }
}
