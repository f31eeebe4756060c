package io.pulse.messaging.local;

/**
 * How a training run of a start-up cache ended ({@link StartupCache#finish}).
 *
 * @param ready whether the service had become ready
 * @param exitCode its JVM's exit code, or -1 when it had to be killed
 * @param log what the JVM printed during the run
 */
record TrainingExit(boolean ready, int exitCode, String log) {

    static final String AOT_COMPLETE = "AOTCache creation is complete";

    /** Why the run's recording cannot be kept, or null when it can. */
    String refusal(boolean aot) {
        if (exitCode < 0) {
            return "it was killed";
        }
        if (!ready) {
            return "the service never became ready";
        }
        if (exitCode != 0 && exitCode != 130 && exitCode != 143) {
            String error = firstError();
            return "the service exited with code " + exitCode + (error == null ? "" : ": " + error);
        }
        if (aot && !log.contains(AOT_COMPLETE)) {
            return "the JVM did not report the AOT cache complete";
        }
        return null;
    }

    /**
     * The JVM's CDS/AOT error that says why it could not write the cache (the first "Unable ..." line, else the
     * first error line), without its decorations; null when it logged none.
     */
    String firstError() {
        String first = null;
        for (String line : log.split("\n")) {
            if (line.contains("[error") && (line.contains("[aot") || line.contains("[cds"))) {
                String message = line.replaceFirst("^(\\[[^\\]]*\\]\\s*){1,4}", "").trim();
                if (message.startsWith("Unable") || message.contains("Out of memory")) {
                    return message;
                }
                first = first == null ? message : first;
            }
        }
        return first;
    }
}
