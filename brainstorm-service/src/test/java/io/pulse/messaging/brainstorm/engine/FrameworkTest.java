package io.pulse.messaging.brainstorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FrameworkTest {

    @Test
    void scamperHasItsSevenStepsInOrder() {
        assertEquals(List.of("substitute", "combine", "adapt", "modify", "put_to_another_use", "eliminate", "reverse"),
                Framework.SCAMPER.steps().stream().map(Framework.Step::key).toList());
    }

    @Test
    void sixHatsHasSixAndFreeFormOne() {
        assertEquals(List.of("white", "red", "black", "yellow", "green", "blue"),
                Framework.SIX_HATS.steps().stream().map(Framework.Step::key).toList());
        assertEquals(1, Framework.FREE_FORM.steps().size());
        Framework.SIX_HATS.steps().forEach(step -> assertFalse(step.question().isBlank()));
    }

    @Test
    void frameworksAndStepsAreFoundByTheirApiNames() {
        assertEquals(Framework.SIX_HATS, Framework.fromKey("six_hats").orElseThrow());
        assertTrue(Framework.fromKey("brainwriting").isEmpty());
        assertTrue(Framework.SCAMPER.step("white").isEmpty());
        assertEquals(4, Framework.SCAMPER.indexOf("put_to_another_use"));
        assertEquals(-1, Framework.FREE_FORM.indexOf("combine"));
    }

    @Test
    void aRetrospectiveRunsParabolsPhasesEachWithAPrompt() {
        assertEquals(List.of("reflect", "group", "vote", "discuss"),
                Framework.RETROSPECTIVE.steps().stream().map(Framework.Step::key).toList());
        Framework.RETROSPECTIVE.steps().forEach(step -> assertTrue(step.question().endsWith(".") || step.question().endsWith("?")));
        assertEquals(Framework.RETROSPECTIVE, Framework.fromKey("retrospective").orElseThrow());
        assertTrue(Framework.CUSTOM.steps().isEmpty());
    }
}
