package io.pulse.messaging.autoresponse.support;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What tests read about the model's use: the data a request to it carried, and the validation drops counted. */
public final class ModelRequests {

    private ModelRequests() {
    }

    /** {@code "key":"value"} as it appears inside a chat request's JSON-encoded data. */
    public static String quoted(String key, String value) {
        return "\\\"" + key + "\\\":\\\"" + value + "\\\"";
    }

    /** The items of the fake model's answers dropped by validation so far, for a feature and kind. */
    public static double drops(String feature, String kind) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("pulse_ai_validation_drops_total\\{feature=\"" + Pattern.quote(feature) + "\",kind=\""
                + Pattern.quote(kind) + "\",model=\"fake-model\"} ([0-9.E]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0.0;
    }
}
