package io.pulse.messaging.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole bodies that are broken as JSON or as a request: empty, {@code null}, trailing garbage, truncated, two
 * documents, the wrong top-level type, 10,000 levels of nesting, a raw control character or invalid UTF-8 inside a
 * string, comments, NaN, a body over the size limit, and a valid body under another content type.
 */
final class RawBodies {

    static final String JSON = "application/json";

    /** A body sent as is: {@code bytes} under {@code contentType}. */
    record RawBody(String name, byte[] bytes, String contentType, boolean mustReject) {
    }

    private final long bodyLimit;

    RawBodies(long bodyLimit) {
        this.bodyLimit = bodyLimit;
    }

    List<RawBody> of(Operation operation, Object validBody) {
        String valid = Json.write(validBody);
        boolean object = "object".equals(operation.body().type()) && valid.startsWith("{") && valid.length() > 2;
        // Without a body, a schema whose properties are all optional may fairly mean "all defaults".
        boolean needed = !operation.body().required().isEmpty();
        List<RawBody> out = new ArrayList<>();
        out.add(text("empty body", "", needed));
        out.add(text("body null", "null", needed));
        out.add(text("trailing garbage", valid + " trailing", true));
        out.add(text("trailing brace", valid + "}", true));
        out.add(text("two documents", valid + valid, true));
        out.add(text("truncated", valid.substring(0, valid.length() / 2), true));
        out.add(text("comment", "/* fuzz */" + valid, true));
        out.add(text("nested 10000 deep array", "[".repeat(10_000) + "]".repeat(10_000), true));
        out.add(text("nested 10000 deep object", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), false));
        out.add(text("byte order mark", "\ufeff" + valid, false));
        out.add(new RawBody("valid body as text/plain", bytes(valid), "text/plain", true));
        out.add(new RawBody("valid body without content type", bytes(valid), null, false));
        if (object) {
            String rest = valid.substring(1);
            out.add(text("array instead of object", "[" + valid + "]", true));
            out.add(text("string instead of object", "\"" + valid.replace("\\", "\\\\").replace("\"", "\\\"") + "\"", true));
            out.add(text("number instead of object", "42", true));
            out.add(text("raw control character in a string", "{\"fuzzRaw\":\"a\u0001b\"," + rest, true));
            out.add(text("NaN literal", "{\"fuzzRaw\":NaN," + rest, true));
            out.add(text("single-quoted name", "{'fuzzRaw':1," + rest, true));
            out.add(withBytes("invalid UTF-8 in a string", rest, new byte[] {(byte) 0xC3, (byte) 0x28}));
            out.add(withBytes("UTF-8-encoded lone surrogate", rest, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
            int padding = (int) Math.min(bodyLimit + 1, 64L << 20);
            out.add(text("body over the size limit", "{\"fuzzPad\":\"" + "x".repeat(padding) + "\"," + rest, true));
        }
        return out;
    }

    private static RawBody text(String name, String body, boolean mustReject) {
        return new RawBody(name, bytes(body), JSON, mustReject);
    }

    /** {@code {"fuzzRaw":"<bad bytes>", ...rest}}. */
    private static RawBody withBytes(String name, String rest, byte[] bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("{\"fuzzRaw\":\"a"));
        out.writeBytes(bad);
        out.writeBytes(bytes("b\"," + rest));
        return new RawBody(name, out.toByteArray(), JSON, true);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
