package io.pulse.messaging.summarization.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.pulse.messaging.summarization.model.SummaryContent;

/**
 * How a summary's {@code content} (JSONB) is written and read: a mapper of its own, independent of the REST layer's
 * settings, with ISO-8601 dates and tolerance for fields added by later versions (stored rows outlive the code that
 * wrote them). Reader and writer are made once (bound to the type, they skip the mapper's per-call lookup).
 */
final class ContentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectReader READER = MAPPER.readerFor(SummaryContent.class);
    private static final ObjectWriter WRITER = MAPPER.writerFor(SummaryContent.class);

    private ContentJson() {
    }

    /** A stored content, from the JSON text PostgreSQL holds. */
    static SummaryContent read(String json) {
        try {
            return READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored summary's content is not readable", e);
        }
    }

    /** A content as the JSON text to store. */
    static String write(SummaryContent content) {
        try {
            return WRITER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A summary's content cannot be written as JSON", e);
        }
    }
}
