package io.pulse.messaging.common.json;

import java.time.Instant;

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

    @Override
    protected String formatValue(Instant value, SerializerProvider provider) {
        boolean contextZone = provider.getConfig().hasExplicitTimeZone()
                && provider.isEnabled(SerializationFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE);
        if (_formatter == null && !contextZone && IsoInstantText.covers(value)) {
            return IsoInstantText.format(value);
        }
        return super.formatValue(value, provider);
    }
}
