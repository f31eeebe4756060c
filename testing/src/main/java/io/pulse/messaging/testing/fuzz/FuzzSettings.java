package io.pulse.messaging.testing.fuzz;

/**
 * How long the walk runs: {@code -Dpulse.fuzz.seed=S} (default 15) fixes every random choice, so a failure is
 * reproduced by the same seed; {@code -Dpulse.fuzz.iterations=N} (default 1) runs N rounds, each with new random
 * values and, from the second on, bodies with several bad values at once.
 */
public record FuzzSettings(long seed, int iterations) {

    public static final String SEED = "pulse.fuzz.seed";
    public static final String ITERATIONS = "pulse.fuzz.iterations";

    public static FuzzSettings fromSystemProperties() {
        return new FuzzSettings(Long.getLong(SEED, 15L), Math.max(1, Integer.getInteger(ITERATIONS, 1)));
    }
}
