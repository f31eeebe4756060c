package io.pulse.messaging.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonObject;

/**
 * Each service's memory as the JVM accounts for it (native memory tracking, committed MB per area), with its
 * resident size now: what the JVM does not account for is native memory of libraries (the ONNX runtime) and
 * of the C allocator.
 */
final class NativeMemory {

    private static final Pattern NMT_TOTAL = Pattern.compile("Total: reserved=(\\d+)KB, committed=(\\d+)KB");
    private static final Pattern NMT_AREA = Pattern.compile(
            "^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)", Pattern.MULTILINE);

    private NativeMemory() {
    }

    /** Reads every service's summary; a service whose JVM does not answer, or has no tracking, is left out. */
    static JsonObject read(Map<String, Long> pids) throws IOException, InterruptedException {
        JsonObject result = new JsonObject();
        for (Map.Entry<String, Long> entry : pids.entrySet()) {
            List<String> output = new ArrayList<>();
            if (!Jcmd.run(entry.getValue(), output, "VM.native_memory", "summary")) {
                continue;
            }
            String text = String.join("\n", output);
            Matcher total = NMT_TOTAL.matcher(text);
            if (!total.find()) {
                continue;
            }
            JsonObject areas = new JsonObject();
            Matcher area = NMT_AREA.matcher(text);
            while (area.find()) {
                long mb = Math.round(Long.parseLong(area.group(3)) / 1024.0);
                if (mb > 0) {
                    areas.put(area.group(1).trim(), mb);
                }
            }
            result.put(entry.getKey(), new JsonObject().put("rssMb", Math.round(Sampler.rssKb(entry.getValue()) / 1024.0))
                    .put("committedMb", Math.round(Long.parseLong(total.group(2)) / 1024.0)).put("areas", areas));
        }
        return result;
    }
}
