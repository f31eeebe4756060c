package io.pulse.messaging.autoresponse.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.autoresponse.model.EvaluationInput;
import io.pulse.messaging.autoresponse.model.EvaluationResult;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.common.error.Problem;
import io.pulse.messaging.common.ownership.Ownership;
import io.smallrye.mutiny.Uni;

/**
 * The inbound webhook for messaging platforms. Authenticated by a signature instead of a token:
 * {@code X-Pulse-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>">} with
 * {@code X-Pulse-Timestamp: <unix seconds>}. A delivery outside the tolerance window is stale; one whose
 * signature was seen before is a replay; both are refused before anything is evaluated or logged.
 */
@ApplicationScoped
public class WebhookService {

    public static final String SIGNATURE_HEADER = "X-Pulse-Signature";
    public static final String TIMESTAMP_HEADER = "X-Pulse-Timestamp";

    private final AutoResponseConfig config;
    private final Ownership ownership;
    private final EvaluationService evaluation;
    private final io.pulse.messaging.autoresponse.repository.EvaluationStateRepository state;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;

    public WebhookService(AutoResponseConfig config, Ownership ownership, EvaluationService evaluation,
                          io.pulse.messaging.autoresponse.repository.EvaluationStateRepository state, ObjectMapper json, Validator validator,
                          Clock clock) {
        this.config = config;
        this.ownership = ownership;
        this.evaluation = evaluation;
        this.state = state;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    public Uni<EvaluationResult> receive(byte[] body, String timestampHeader, String signatureHeader) {
        String secret = config.webhook().secret().filter(s -> !s.isBlank())
                .orElseThrow(() -> new ApiException(new Problem("urn:pulse:problem:webhook-not-configured", "Webhook not configured", 503,
                        "The webhook is not configured on this server (PULSE_AUTO_RESPONSE_WEBHOOK_SECRET).", null, null, null)));
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader == null ? "" : timestampHeader.strip());
        } catch (NumberFormatException e) {
            throw ApiException.unauthorized("The " + TIMESTAMP_HEADER + " header must be the delivery time in Unix seconds.");
        }
        String expected = "v1=" + sign(secret, timestamp, body);
        if (signatureHeader == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signatureHeader.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw ApiException.unauthorized("The " + SIGNATURE_HEADER + " header does not match the body.");
        }
        Instant sent = Instant.ofEpochSecond(timestamp);
        Instant now = clock.instant();
        if (sent.isBefore(now.minus(config.webhook().tolerance())) || sent.isAfter(now.plus(config.webhook().tolerance()))) {
            throw ApiException.unauthorized("The delivery is stale: its timestamp is more than "
                    + config.webhook().tolerance().toSeconds() + " seconds from now.");
        }
        EvaluationInput.WebhookDelivery delivery;
        try {
            delivery = json.readValue(body, EvaluationInput.WebhookDelivery.class);
        } catch (java.io.IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException processing) {
                return Uni.createFrom().failure(processing);
            }
            throw ApiException.badRequest("The body could not be read.");
        }
        if (delivery == null) {
            throw ApiException.badRequest("The body is empty.");
        }
        Set<ConstraintViolation<EvaluationInput.WebhookDelivery>> violations = validator.validate(delivery);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream().map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
            throw ApiException.invalid(errors);
        }
        if (delivery.message().userId() != null && !delivery.message().userId().equals(delivery.userId())) {
            throw ApiException.invalid("message.userId", "must be absent or equal to userId");
        }
        EvaluationService.UserInfo user = new EvaluationService.UserInfo(delivery.userId(), null);
        OffsetDateTime received = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        return ownership.asUser(delivery.userId(), scope -> state.recordDelivery(scope, expected, received).chain(fresh -> {
            if (!fresh) {
                throw ApiException.conflict("This delivery was already received (replay).");
            }
            return evaluation.evaluateIn(scope, user, delivery.message(), false);
        }));
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
}
