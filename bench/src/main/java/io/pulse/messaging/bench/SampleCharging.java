package io.pulse.messaging.bench;

import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedFrame;

/**
 * Which library ("category") and which method a CPU sample is charged to.
 *
 * <p>A sample is charged to the first frame, from the top of the stack, that belongs to a known library; JDK frames
 * (collections, strings, the JIT-ed intrinsics) are charged to their nearest caller outside the JDK, except those
 * that are a cost of their own (cryptography, regular expressions).
 */
final class SampleCharging {

    /** Package prefixes to category, most specific first. */
    private static final List<Map.Entry<String, String>> CATEGORIES = List.of(
            Map.entry("io.pulse.", "Pulse code"),
            Map.entry("org.jose4j.", "JWT / crypto"),
            Map.entry("io.smallrye.jwt.", "JWT / crypto"),
            Map.entry("sun.security.", "JWT / crypto"),
            Map.entry("java.security.", "JWT / crypto"),
            Map.entry("javax.crypto.", "JWT / crypto"),
            Map.entry("com.sun.crypto.", "JWT / crypto"),
            Map.entry("java.util.regex.", "regular expressions"),
            Map.entry("com.fasterxml.jackson.", "JSON"),
            Map.entry("io.vertx.core.json.", "JSON"),
            Map.entry("org.hibernate.", "Hibernate"),
            Map.entry("io.vertx.pgclient.", "PostgreSQL client"),
            Map.entry("io.vertx.sqlclient.", "PostgreSQL client"),
            Map.entry("io.netty.", "Netty (network I/O)"),
            Map.entry("io.vertx.", "Vert.x"),
            Map.entry("org.jboss.resteasy.", "REST layer"),
            Map.entry("io.quarkus.resteasy.", "REST layer"),
            Map.entry("io.quarkus.vertx.http.", "REST layer"),
            Map.entry("io.micrometer.", "metrics"),
            Map.entry("io.quarkus.micrometer.", "metrics"),
            Map.entry("io.smallrye.mutiny.", "Mutiny / context"),
            Map.entry("io.smallrye.context.", "Mutiny / context"),
            Map.entry("io.quarkus.security.", "security checks"),
            Map.entry("io.quarkus.", "Quarkus (other)"),
            Map.entry("io.smallrye.", "SmallRye (other)"),
            Map.entry("org.jboss.logging.", "logging"),
            Map.entry("org.jboss.logmanager.", "logging"),
            Map.entry("ai.djl.", "embedding model (ONNX)"),
            Map.entry("ai.onnxruntime.", "embedding model (ONNX)"),
            Map.entry("dev.langchain4j.", "embedding model (ONNX)"));

    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private SampleCharging() {
    }

    /** The category of the first frame of a known library, or of the first frame outside the JDK (by package). */
    static String category(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> category : CATEGORIES) {
                if (type.startsWith(category.getKey())) {
                    return category.getValue();
                }
            }
            if (JDK.stream().noneMatch(type::startsWith)) {
                String[] parts = type.split("\\.");
                return parts.length > 2 ? parts[0] + "." + parts[1] + "." + parts[2] : type;
            }
        }
        return "JDK";
    }

    /** The frame a sample is charged to: the top frame, or its nearest caller outside the JDK. */
    static RecordedFrame charged(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (JDK.stream().noneMatch(type::startsWith) || category(List.of(frame)).equals("JWT / crypto")
                    || type.startsWith("java.util.regex.")) {
                return frame;
            }
        }
        return frames.get(0);
    }

    /** A frame's method as {@code SimpleClassName.method}. */
    static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }
}
