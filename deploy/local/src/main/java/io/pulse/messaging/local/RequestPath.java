package io.pulse.messaging.local;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The gateway's reading of a request path before routing. A service resolves dot segments ({@code ..}, also when
 * percent-encoded as {@code %2e%2e}) before it routes, so a path such as {@code /api/brainstorm/../../q/metrics} would
 * be routed by the gateway to one service and then served by that service's {@code /q} endpoints, or by another
 * prefix. The gateway therefore routes the decoded path and refuses any path with a dot segment at all: the API's
 * paths never contain one.
 */
final class RequestPath {

    /** Decoding rounds after the first: {@code %252e} is {@code %2e} once decoded, and a dot the next time. */
    private static final int EXTRA_DECODING_ROUNDS = 3;

    /** Why a path is refused; the message is the problem's detail. */
    static final class Refused extends IllegalArgumentException {
        Refused(String detail) {
            super(detail);
        }
    }

    private RequestPath() {
    }

    /**
     * The path to route: {@code rawPath} percent-decoded once, as a service decodes it.
     *
     * @throws Refused when the path is not origin-form, has a malformed escape, or has a dot segment ({@code .} or
     *         {@code ..}, raw or percent-encoded, also once {@code ;parameters} are cut off)
     */
    static String routable(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            throw new Refused("The request path must start with '/'.");
        }
        String decoded = decode(rawPath, true);
        String deepest = decoded;
        for (int round = 0; round < EXTRA_DECODING_ROUNDS && deepest.indexOf('%') >= 0; round++) {
            deepest = decode(deepest, false);
        }
        for (String segment : deepest.split("/", -1)) {
            int parameters = segment.indexOf(';');
            String name = parameters < 0 ? segment : segment.substring(0, parameters);
            if (name.equals(".") || name.equals("..")) {
                throw new Refused("The request path has a '" + name + "' segment (after decoding); paths of the API never do.");
            }
        }
        return decoded;
    }

    /**
     * Percent-decodes {@code path} (UTF-8). A malformed escape is refused when {@code strict}, and kept as it is
     * otherwise (a later round decodes text that was itself an escaped percent sign).
     */
    private static String decode(String path, boolean strict) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            int high = c == '%' && i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(path.charAt(i + 2), 16) : -1;
            if (c == '%' && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '%' && strict) {
                throw new Refused("The request path has a malformed percent-escape.");
            } else {
                int codePoint = path.codePointAt(i);
                byte[] encoded = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
