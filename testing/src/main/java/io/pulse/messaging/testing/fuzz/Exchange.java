package io.pulse.messaging.testing.fuzz;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Sends one {@link FuzzCase} with REST Assured, bytes and URI exactly as built, and keeps what came back. */
final class Exchange {

    static final int TIMEOUT_MILLIS = 20_000;

    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
            .httpClient(HttpClientConfig.httpClientConfig()
                    .httpClientFactory(Exchange::withoutRetries)
                    .setParam("http.socket.timeout", TIMEOUT_MILLIS)
                    .setParam("http.connection.timeout", 5_000));

    /** The answer: {@code status} is -1 when there was none ({@code error} says why). */
    record Outcome(int status, String contentType, String body, Exception error, long millis) {

        boolean answered() {
            return status > 0;
        }

        /** The body on one line with ids as {@code <id>} (so that equal answers group), cut to {@code max} characters. */
        String snippet(int max) {
            String line = body == null ? "" : ValidValues.UUID_TEXT.matcher(body.replaceAll("\\s+", " ").trim()).replaceAll("<id>");
            return line.length() > max ? line.substring(0, max) + "..." : line;
        }
    }

    private final FuzzFixture fixture;

    /** Apache's client resends a request after an I/O error: a request is sent once here, whatever happens. */
    @SuppressWarnings("deprecation")
    private static org.apache.http.client.HttpClient withoutRetries() {
        org.apache.http.impl.client.DefaultHttpClient client = new org.apache.http.impl.client.DefaultHttpClient();
        client.setHttpRequestRetryHandler(new org.apache.http.impl.client.DefaultHttpRequestRetryHandler(0, false));
        return client;
    }

    Exchange(FuzzFixture fixture) {
        this.fixture = fixture;
    }

    Outcome send(FuzzCase request) {
        RequestSpecification spec = given().config(CONFIG).urlEncodingEnabled(false)
                .header("Authorization", "Bearer " + fixture.token());
        request.headers().forEach(spec::header);
        byte[] body = request.body();
        Map<String, String> extra = fixture.headersFor(request.operation().key(), request.headers(), body == null ? new byte[0] : body);
        extra.forEach((name, value) -> {
            if (!request.headers().containsKey(name)) {
                spec.header(name, value);
            }
        });
        if (body != null) {
            spec.body(body);
            if (request.contentType() != null) {
                spec.contentType(request.contentType());
            }
        }
        long start = System.nanoTime();
        try {
            Response response = spec.request(request.operation().method(), request.uri());
            return new Outcome(response.statusCode(), response.contentType(),
                    new String(response.asByteArray(), StandardCharsets.UTF_8), null, (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) { // REST Assured's Groovy rethrows I/O exceptions unchecked and undeclared
            return new Outcome(-1, null, null, e, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
