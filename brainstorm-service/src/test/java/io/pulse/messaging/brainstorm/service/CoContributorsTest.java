package io.pulse.messaging.brainstorm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CoContributorsTest {

    private static final UUID IDEA = UUID.randomUUID();

    @Test
    void noCoContributorsAsPostgresqlPrintsThemIsEmpty() {
        assertEquals(List.of(), ViewMapper.coContributors(ViewMapper.NONE, IDEA));
    }

    @Test
    void anyOtherTextIsParsed() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertEquals(List.of(first, second), ViewMapper.coContributors(ViewMapper.coContributorsJson(List.of(first, second)), IDEA));
        assertEquals(List.of(), ViewMapper.coContributors("{\"userIds\":[]}", IDEA));
        assertEquals(List.of(first), ViewMapper.coContributors("{\"userIds\": [\"" + first + "\"]}", IDEA));
    }
}
