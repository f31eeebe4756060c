package io.pulse.messaging.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

/** A start from the cache counts as trained only when the JVM confirmed it used the cache. */
class StartupBenchTest {

    @Test
    void aStartWhoseCacheTheJvmRefusedIsNotATrainedFigure() {
        JsonObject f = StartupBench.figures(List.of(5000L), 300, List.of(4900L, 1500L),
                List.of("plain start (cache refused: Unable to use shared archive; deleted, the next launch trains again)",
                        "trained start (AppCDS archive svc-1.jsa, Java 17)"));
        assertEquals(1500L, f.getLong("trainedMedianMs"));
        assertEquals(List.of(4900L), f.getJsonArray("refusedMs").getList());
        String md = StartupBench.markdown(new JsonObject().put("svc", f), "Java 17");
        assertTrue(md.contains("| svc | 5000 | 1500 |"), md);
        assertTrue(md.contains("cache refused: Unable to use shared archive"), md);
    }

    @Test
    void withNoConfirmedTrainedStartThereIsNoTrainedFigure() {
        JsonObject f = StartupBench.figures(List.of(5000L), 300, List.of(4900L), List.of("plain start (PULSE_STARTUP_CACHE=off)"));
        assertNull(f.getValue("trainedMedianMs"));
        assertTrue(StartupBench.markdown(new JsonObject().put("svc", f), "Java 17").contains("| svc | 5000 | - |"));
    }

    @Test
    void startUpCpuIsTheMedianOfTheCountedStartsPerKindOfThread() {
        List<JsonObject> cpu = List.of(new JsonObject().put("total", 3000L).put("JIT", 1700L),
                new JsonObject().put("total", 9000L).put("JIT", 5000L), new JsonObject().put("total", 2800L).put("JIT", 1500L),
                new JsonObject());
        JsonObject trained = StartupBench.cpuMedians(cpu, i -> i != 1);
        assertEquals(2900L, trained.getLong("total"));
        assertEquals(1600L, trained.getLong("JIT"));
        assertTrue(!trained.containsKey("GC"), "no start measured the collector");
        assertNull(StartupBench.cpuMedians(cpu, i -> false));
    }
}
