package io.pulse.messaging.testing.quality;

import java.util.Locale;

/** What a figure must reach: at least or at most a bound. */
public record Target(boolean atLeast, double bound) {

    public static Target atLeast(double bound) {
        return new Target(true, bound);
    }

    public static Target atMost(double bound) {
        return new Target(false, bound);
    }

    public boolean metBy(double value) {
        return atLeast ? value >= bound : value <= bound;
    }

    @Override
    public String toString() {
        return (atLeast ? ">= " : "<= ") + String.format(Locale.ROOT, "%.2f", bound);
    }
}
