package io.pulse.messaging.autoresponse.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.autoresponse.model.EvaluationView;
import io.pulse.messaging.autoresponse.model.WebhookDeliveryInput;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.Problem;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/**
 * The inbound webhook for messaging platforms. Authenticated by a signature instead of a token:
 * {@code X-Pulse-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>">} with
 * {@code X-Pulse-Timestamp: <unix seconds>}. A delivery outside the tolerance window is stale; one whose
 * signature was seen before is a replay; both are refused before anything is evaluated or logged. The user is the
 * one the signed body names ({@link EvaluationService#evaluateDelivery} opens its transactions for that user).
 */
@ApplicationScoped
public class WebhookService {

    public static final String SIGNATURE_HEADER = "X-Pulse-Signature";
    public static final String TIMESTAMP_HEADER = "X-Pulse-Timestamp";

    private final AutoResponseConfig config;
    private final EvaluationService evaluation;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;

    public WebhookService(AutoResponseConfig config, EvaluationService evaluation, ObjectMapper json, Validator validator, Clock clock) {
        this.config = config;
        this.evaluation = evaluation;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    public Uni<EvaluationView> receive(byte[] body, String timestampHeader, String signatureHeader) {
        String secret = secret();
        long timestamp = timestamp(timestampHeader);
        String signature = "v1=" + sign(secret, timestamp, body);
        if (signatureHeader == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                signatureHeader.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw ApiException.unauthorized("The " + SIGNATURE_HEADER + " header does not match the body.");
        }
        OffsetDateTime now = Timestamps.now(clock);
        requireFresh(timestamp, now.toInstant());
        WebhookDeliveryInput delivery;
        try {
            delivery = parse(body);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return evaluation.evaluateDelivery(delivery.userId(), delivery.message(), signature, now);
    }

    /** Hex HMAC-SHA256 of {@code "<timestamp>.<body>"}: what a platform computes to sign a delivery. */
    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private String secret() {
        return config.webhook().secret().filter(s -> !s.isBlank())
                .orElseThrow(() -> new ApiException(new Problem("urn:pulse:problem:webhook-not-configured", "Webhook not configured", 503,
                        "The webhook is not configured on this server (PULSE_AUTO_RESPONSE_WEBHOOK_SECRET).", null, null, null)));
    }

    private static long timestamp(String header) {
        try {
            return Long.parseLong(header == null ? "" : header.strip());
        } catch (NumberFormatException e) {
            throw ApiException.unauthorized("The " + TIMESTAMP_HEADER + " header must be the delivery time in Unix seconds.");
        }
    }

    private void requireFresh(long sentSeconds, Instant now) {
        // Compared as seconds: any long is a possible header, and only the window around now is a valid instant.
        Duration tolerance = config.webhook().tolerance();
        long nowSeconds = now.getEpochSecond();
        if (sentSeconds < nowSeconds - tolerance.toSeconds() || sentSeconds > nowSeconds + tolerance.toSeconds()) {
            throw ApiException.unauthorized("The delivery is stale: its timestamp is more than " + tolerance.toSeconds() + " seconds from now.");
        }
    }

    /** The signed body, read and validated like a body JAX-RS reads (malformed JSON is a 400 of the usual kind). */
    private WebhookDeliveryInput parse(byte[] body) throws JsonProcessingException {
        WebhookDeliveryInput delivery;
        try {
            delivery = json.readValue(body, WebhookDeliveryInput.class);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw ApiException.badRequest("The body could not be read.");
        }
        if (delivery == null) {
            throw ApiException.badRequest("The body is empty.");
        }
        Bodies.valid(validator, delivery);
        if (delivery.message().userId() != null && !delivery.message().userId().equals(delivery.userId())) {
            throw ApiException.invalid("message.userId", "must be absent or equal to userId");
        }
        return delivery;
    }
}
