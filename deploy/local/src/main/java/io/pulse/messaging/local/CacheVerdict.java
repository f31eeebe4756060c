package io.pulse.messaging.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether the JVM used a start-up cache, from its CDS/AOT log (written to {@code CACHE.log} beside the cache): the
 * JVM refuses a cache whose class path jars, options or runtime differ from the training run's, with a warning, and
 * a damaged one even silently (an info line only); either way it starts plainly.
 */
final class CacheVerdict {

    private CacheVerdict() {
    }

    /** The option that logs, at info level, how the JVM opens and maps {@code cache} (JDK 25 logs under "aot"). */
    static String logOption(boolean aot, Path cache) {
        return "-Xlog:" + (aot ? "aot=info,cds=info" : "cds=info,cds+dynamic=info") + ":file=" + log(cache) + "::filecount=0";
    }

    static Path log(Path cache) {
        return Path.of(cache + ".log");
    }

    /** Why the JVM did not use {@code cache}, or null when it did; deletes the log it read. */
    static String refusal(Path cache, boolean aot) {
        Path log = log(cache);
        try {
            String text = Files.readString(log);
            Files.deleteIfExists(log);
            return refusal(text, aot);
        } catch (IOException e) {
            return "no CDS log to confirm it (" + e.getMessage() + ")";
        }
    }

    /** Why the JVM's CDS/AOT log {@code text} shows the cache unused, or null when it shows it mapped. */
    static String refusal(String text, boolean aot) {
        for (String line : text.split("\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains("aot code cache")) {
                // JDK 25 keeps a few adapters' code in the AOT cache; one it cannot link ("Failed to link
                // AdapterHandlerEntry ... to its code in the AOT code cache") is generated as usual: the cache is used
                continue;
            }
            if (lower.contains("[warning]") || lower.contains("[error]") || lower.contains("unable to use")
                    || lower.contains("unable to map") || lower.contains("failed to load")) {
                return line.replaceFirst("^(\\[[^\\]]*\\]){1,3}\\s*", "").trim();
            }
        }
        boolean mapped = aot ? text.contains("Opened AOT cache") && text.contains("Mapped")
                : text.contains("Mapped dynamic region");
        return mapped ? null : "the JVM's log does not show it mapped";
    }
}
