package io.pulse.messaging.brainstorm;

import static io.pulse.messaging.brainstorm.support.Brainstorm.SESSIONS;
import static io.pulse.messaging.brainstorm.support.Brainstorm.addIdea;
import static io.pulse.messaging.brainstorm.support.Brainstorm.as;
import static io.pulse.messaging.brainstorm.support.Brainstorm.createSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.pulse.messaging.brainstorm.support.Metrics;
import io.pulse.messaging.brainstorm.support.ModelProfile;
import io.pulse.messaging.testing.FakeModel;
import io.pulse.messaging.testing.PulseTestResource;
import io.pulse.messaging.testing.TestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Clusters found on embeddings, named by a model (the fake server) where its labels hold, locally where they do not. */
@QuarkusTest
@Tag(ModelProfile.TAG)
@TestProfile(ModelProfile.class)
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class ClusterLabelModelTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    private final UUID owner = UUID.randomUUID();
    private String session;
    private String fruit;
    private String solar;

    @BeforeEach
    void sessionWithTwoThemes() {
        FakeModel.reset();
        breakers.resetAll();
        session = createSession(owner, "free_form");
        fruit = addIdea(owner, session, "Free fruit in the kitchen every Monday", null);
        addIdea(owner, session, "Healthy snacks and fresh fruit for the staff", null);
        addIdea(owner, session, "Offer free fruit in the kitchen each Monday", null);
        solar = addIdea(owner, session, "Solar panels on the office roof", null);
        addIdea(owner, session, "Install photovoltaic panels on top of the building", null);
        addIdea(owner, session, "Rename the quarterly report to something shorter", null);
    }

    private JsonPath cluster() {
        return as(owner).when().post(SESSIONS + "/" + session + "/clusters").then().statusCode(200).extract().jsonPath();
    }

    /** The prompt's id of the cluster holding {@code idea} ("c1", ...): clusters go to the model in the response's order. */
    private static String clusterId(JsonPath clustering, String idea) {
        List<List<String>> clusters = clustering.getList("clusters.ideaIds");
        for (int i = 0; i < clusters.size(); i++) {
            if (clusters.get(i).contains(idea)) {
                return "c" + (i + 1);
            }
        }
        throw new AssertionError(idea + " is in no cluster: " + clusters);
    }

    private static int index(String clusterId) {
        return Integer.parseInt(clusterId.substring(1)) - 1;
    }

    private List<Object> stored() throws Exception {
        try (Connection db = TestDatabase.asOwner()) {
            return TestDatabase.column(db, "select engine || '/' || coalesce(fallback_reason, '-') from brainstorm.brainstorm_clusterings "
                    + "where session_id = ?::uuid", session);
        }
    }

    @Test
    void anUnusableAnswerKeepsTheLocalLabelsAndTheReasonIsStored() throws Exception {
        FakeModel.answers("Sure! Cluster 1 is about fruit and cluster 2 is about solar energy.");
        JsonPath local = cluster();
        assertEquals("local-fallback", local.getString("engine"));
        assertEquals("invalid-output", local.getString("fallbackReason"));
        assertTrue(local.getList("clusters.labelEngine", String.class).stream().allMatch("local"::equals));
        assertTrue(local.getList("clusters.label", String.class).stream().noneMatch(String::isBlank));
        assertEquals(List.<Object>of("local-fallback/invalid-output"), stored());
        as(owner).when().get(SESSIONS + "/" + session + "/clusters").then().statusCode(200)
                .body("fallbackReason", org.hamcrest.Matchers.equalTo("invalid-output"));
    }

    @Test
    void theModelNamesTheClustersAndTheEngineIsStored() throws Exception {
        FakeModel.answers("not JSON");
        JsonPath order = cluster();
        String fruitCluster = clusterId(order, fruit);
        String solarCluster = clusterId(order, solar);
        FakeModel.reset();
        FakeModel.answers("""
                {"labels": [{"cluster": "%s", "label": "Fresh fruit for staff"}, {"cluster": "%s", "label": "Rooftop solar power"}]}"""
                .formatted(fruitCluster, solarCluster));
        JsonPath named = cluster();
        assertEquals("llm:fake-model", named.getString("engine"));
        assertNull(named.get("fallbackReason"));
        assertEquals("Fresh fruit for staff", named.getString("clusters[" + index(fruitCluster) + "].label"));
        assertEquals("Rooftop solar power", named.getString("clusters[" + index(solarCluster) + "].label"));
        assertEquals("llm:fake-model", named.getString("clusters[" + index(solarCluster) + "].labelEngine"));
        assertEquals(order.getList("clusters.ideaIds"), named.getList("clusters.ideaIds"), "the grouping is the embeddings'");
        assertEquals(List.<Object>of("llm:fake-model/-"), stored());
        JsonPath latest = as(owner).when().get(SESSIONS + "/" + session + "/clusters").then().statusCode(200).extract().jsonPath();
        assertEquals(named.getList("clusters"), latest.getList("clusters"));

        JsonPath prompt = JsonPath.from(FakeModel.requests().get(0).getBodyAsString());
        assertTrue(prompt.getString("messages[1].content").contains("photovoltaic panels"));
        assertFalse(prompt.getString("messages[0].content").contains("photovoltaic"));
    }

    @Test
    void aLabelThatFailsValidationLeavesItsClusterTheLocalLabel() {
        FakeModel.answers("[]");
        JsonPath local = cluster();
        String fruitCluster = clusterId(local, fruit);
        String solarCluster = clusterId(local, solar);
        double tooLong = Metrics.drops("cluster-labels", "label-too-long");
        double unknown = Metrics.drops("cluster-labels", "unknown-cluster");
        FakeModel.reset();
        FakeModel.answers("""
                {"labels": [{"cluster": "%s", "label": "Fresh fruit for staff"},
                            {"cluster": "%s", "label": "Ideas about putting solar panels on the roof of the office"},
                            {"cluster": "c9", "label": "Shorter report names"}]}""".formatted(fruitCluster, solarCluster));
        JsonPath named = cluster();
        assertEquals("llm:fake-model", named.getString("engine"));
        List<String> labels = new ArrayList<>(named.getList("clusters.label", String.class));
        assertEquals("Fresh fruit for staff", labels.get(index(fruitCluster)));
        assertEquals(local.getString("clusters[" + index(solarCluster) + "].label"), labels.get(index(solarCluster)));
        assertEquals("local", named.getString("clusters[" + index(solarCluster) + "].labelEngine"));
        assertEquals(tooLong + 1, Metrics.drops("cluster-labels", "label-too-long"));
        assertEquals(unknown + 1, Metrics.drops("cluster-labels", "unknown-cluster"));
        assertEquals(labels.size(), Arrays.stream(labels.toArray()).distinct().count(), "no two clusters share a label");
    }
}
