package io.pulse.messaging.common.json;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonFormat;

import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.datatype.jsr310.ser.OffsetDateTimeSerializer;

/**
 * Jackson's {@link OffsetDateTimeSerializer} with a cheaper text for the services' one form, a time at offset zero
 * (what PostgreSQL's client gives for a {@code timestamptz}) with no {@code @JsonFormat}, no context time zone and a
 * year from 1970 to 9999 ({@link IsoInstantText}). Everything else (other offsets, timestamps as numbers,
 * {@code @JsonFormat} patterns, which give Jackson's own serializer, other years) is Jackson's unchanged code.
 */
final class FastOffsetDateTimeSerializer extends OffsetDateTimeSerializer {

    private static final long serialVersionUID = 1L;

    FastOffsetDateTimeSerializer() {
        super();
    }

    private FastOffsetDateTimeSerializer(FastOffsetDateTimeSerializer base, Boolean useTimestamp, DateTimeFormatter formatter,
            JsonFormat.Shape shape) {
        super(base, useTimestamp, formatter, shape);
    }

    /** Kept as this class when Jackson makes a serializer per property ({@link FastInstantSerializer#withFormat}). */
    @Override
    protected FastOffsetDateTimeSerializer withFormat(Boolean useTimestamp, DateTimeFormatter formatter, JsonFormat.Shape shape) {
        return new FastOffsetDateTimeSerializer(this, useTimestamp, formatter, shape);
    }

    @Override
    protected String formatValue(OffsetDateTime value, SerializerProvider provider) {
        if (FastInstantSerializer.plainForm(_formatter, provider) && IsoInstantText.covers(value)) {
            return IsoInstantText.format(value);
        }
        return super.formatValue(value, provider);
    }
}
