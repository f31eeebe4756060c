package io.pulse.messaging.autoresponse.service;

import java.time.ZoneId;
import java.util.UUID;

import io.pulse.messaging.autoresponse.model.EvaluationInput;

/** The user an auto-reply is from, as far as the caller told: the id, and the name and zone the template may show. */
public record Responder(UUID id, String name, ZoneId zone) {

    public Responder(UUID id, String name) {
        this(id, name, null);
    }

    /** The message's recipient (name, zone), where it gives them, overrides what the token said. */
    Responder forMessage(EvaluationInput message) {
        EvaluationInput.Recipient r = message.recipient();
        if (r == null) {
            return this;
        }
        return new Responder(id, r.name() != null && !r.name().isBlank() ? r.name() : name,
                r.timeZone() != null && !r.timeZone().isBlank() ? ZoneId.of(r.timeZone()) : zone);
    }
}
