package io.pulse.messaging.intelligence.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.intelligence.engine.MessageSentiment;
import io.pulse.messaging.intelligence.engine.SentimentSignal;

/** The JSON columns (the stored insight, recent sentiment, a message's signals, a detection's keywords) to and from text. */
@ApplicationScoped
public class InsightJson {

    static final TypeReference<List<SentimentSignal>> SIGNALS = new TypeReference<>() {
    };
    static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    static final TypeReference<List<MessageSentiment>> RECENT = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public InsightJson(ObjectMapper json) {
        this.json = json;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise " + value.getClass().getSimpleName(), e);
        }
    }

    <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is unreadable", e);
        }
    }

    <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is unreadable", e);
        }
    }
}
