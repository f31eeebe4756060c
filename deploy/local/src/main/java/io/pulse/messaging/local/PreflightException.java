package io.pulse.messaging.local;

import java.util.List;

/** Thrown by {@link LocalSuite#start} when something stands in the way before anything started. */
public final class PreflightException extends IllegalStateException {

    PreflightException(List<String> problems) {
        super(String.join("\n", problems.stream().map(problem -> "Cannot start the suite: " + problem).toList()));
    }
}
