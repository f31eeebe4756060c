package io.pulse.messaging.brainstorm.support;

import static io.restassured.RestAssured.given;

/** Reads one series of the Prometheus endpoint. */
public final class Metrics {

    private Metrics() {
    }

    /** The value of the series {@code name{labels}} (labels as Prometheus prints them, sorted), 0 while it does not exist. */
    public static double value(String series) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }

    /** The validation drops of a feature's model answers, of one kind. */
    public static double drops(String feature, String kind) {
        return value("pulse_ai_validation_drops_total{feature=\"" + feature + "\",kind=\"" + kind + "\",model=\"fake-model\"}");
    }
}
