package io.pulse.messaging.autoresponse.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A stored JSON object's array of strings (the log's tags and notifying rules) read back. */
final class JsonArrays {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonArrays() {
    }

    static List<String> strings(String json, String field) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            JsonNode array = JSON.readTree(json).path(field);
            List<String> values = new ArrayList<>(array.size());
            array.forEach(value -> values.add(value.asText()));
            return values;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored object is not readable", e);
        }
    }
}
