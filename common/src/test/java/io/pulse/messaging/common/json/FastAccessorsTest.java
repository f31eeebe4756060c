package io.pulse.messaging.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.PropertyWriter;

import io.pulse.messaging.common.fixture.NoteResource.NoteView;
import io.pulse.messaging.testing.PulseTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PulseTestResource.class, scope = TestResourceScope.GLOBAL)
class FastAccessorsTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void recordsAreWrittenThroughGeneratedAccessorsWithTheSameOutput() throws Exception {
        JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(NoteView.class);
        List<String> writers = new ArrayList<>();
        for (Iterator<PropertyWriter> it = serializer.properties(); it.hasNext();) {
            writers.add(it.next().getClass().getName());
        }
        assertEquals(3, writers.size(), writers.toString());
        // Inside the application's class loader, not a silent fallback to reflective property writers.
        assertTrue(writers.stream().allMatch(name -> name.contains("blackbird")), writers.toString());

        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertEquals("{\"id\":\"00000000-0000-0000-0000-000000000001\",\"title\":\"t\",\"body\":null}",
                mapper.writeValueAsString(new NoteView(id, "t", null)));
        assertEquals(new NoteView(id, "t", null), mapper.readValue(mapper.writeValueAsString(new NoteView(id, "t", null)), NoteView.class));
    }

    @Test
    void instantsAreWrittenByTheFastSerializerWithJacksonsText() throws Exception {
        // as a property's serializer (made per property by Jackson), not only the registered one
        JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(Instant.class, null);
        assertEquals(FastInstantSerializer.class, serializer.getClass());
        for (String text : List.of("2026-12-05T08:30:00Z", "2026-12-05T08:30:00.120Z", "2026-12-05T08:30:00.000120Z",
                "1969-12-31T23:59:59Z", "+10000-01-01T00:00:00Z")) {
            assertEquals("\"" + text + "\"", mapper.writeValueAsString(Instant.parse(text)));
            assertEquals(Instant.parse(text), mapper.readValue("\"" + text + "\"", Instant.class));
        }
    }

    @Test
    void offsetDateTimesAreWrittenByTheFastSerializerWithJacksonsText() throws Exception {
        JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(OffsetDateTime.class, null);
        assertEquals(FastOffsetDateTimeSerializer.class, serializer.getClass());
        assertTrue(FastInstantSerializer.plainForm(null, mapper.getSerializerProviderInstance()),
                "explicit zone " + mapper.getSerializationConfig().hasExplicitTimeZone() + " " + mapper.getSerializationConfig().getTimeZone());
        // offset zero takes the fast path; other offsets and years are Jackson's own formatter, same text as before
        for (String text : List.of("2026-12-05T08:30:00Z", "2026-12-05T08:30:00.12Z", "2026-12-05T08:30:00.0001205Z",
                "2026-12-05T08:30:00.5+02:00", "1969-12-31T23:59:59Z", "+10000-01-01T00:00:00Z")) {
            OffsetDateTime time = OffsetDateTime.parse(text);
            assertEquals("\"" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time) + "\"", mapper.writeValueAsString(time), text);
            assertTrue(time.isEqual(mapper.readValue(mapper.writeValueAsString(time), OffsetDateTime.class)), text);
        }
    }
}
