package io.pulse.messaging.common.json;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;

/**
 * Jackson's {@link InstantSerializer} with a cheaper text for the services' one form: no {@code @JsonFormat}, no
 * context time zone, a year from 1970 to 9999 ({@link IsoInstantText}). Everything else (timestamps as numbers,
 * {@code @JsonFormat} patterns, which give Jackson's own serializer, other years) is Jackson's unchanged code.
 */
final class FastInstantSerializer extends InstantSerializer {

    private static final long serialVersionUID = 1L;

    FastInstantSerializer() {
        super();
    }

    private FastInstantSerializer(FastInstantSerializer base, Boolean useTimestamp, DateTimeFormatter formatter, JsonFormat.Shape shape) {
        super(base, useTimestamp, formatter, shape);
    }

    /**
     * Jackson makes a serializer per property (its format settings, usually none) through this method: kept as this
     * class, or a property would get Jackson's own serializer and never this text.
     */
    @Override
    protected FastInstantSerializer withFormat(Boolean useTimestamp, DateTimeFormatter formatter, JsonFormat.Shape shape) {
        return new FastInstantSerializer(this, useTimestamp, formatter, shape);
    }

    @Override
    protected String formatValue(Instant value, SerializerProvider provider) {
        if (plainForm(_formatter, provider) && IsoInstantText.covers(value)) {
            return IsoInstantText.format(value);
        }
        return super.formatValue(value, provider);
    }

    /** Whether Jackson would write the default ISO form: no {@code @JsonFormat} pattern, no context time zone. */
    static boolean plainForm(DateTimeFormatter formatter, SerializerProvider provider) {
        return formatter == null && !(provider.getConfig().hasExplicitTimeZone()
                && provider.isEnabled(SerializationFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE));
    }
}
