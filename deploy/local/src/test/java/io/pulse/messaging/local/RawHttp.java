package io.pulse.messaging.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, one request per connection ({@code Connection: close}): the request line goes out
 * exactly as written (no client normalises {@code ..} or percent-encoding away), and every exchange opens a new
 * connection, as a client without keep-alive does.
 */
final class RawHttp {

    /** A response as it arrived: status, the header block (lower-cased names) and the body. */
    record Response(int status, String headers, String body) {

        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /** Sends {@code GET target} with {@code extraHeaders} (each line ending in CRLF) on a new connection. */
    static Response get(int port, String target, String extraHeaders) throws IOException {
        return send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + extraHeaders
                + "Connection: close\r\n\r\n");
    }

    /** Writes {@code request} as it is on a new connection and reads the answer until the server closes it. */
    static Response send(int port, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String all = readAll(socket.getInputStream());
            int end = all.indexOf("\r\n\r\n");
            if (!all.startsWith("HTTP/1.") || end < 0) {
                throw new IOException("not an HTTP response: " + all);
            }
            String head = all.substring(0, end);
            String body = all.substring(end + 4);
            Response response = new Response(Integer.parseInt(head.substring(9, 12)), head, body);
            if ("chunked".equalsIgnoreCase(response.header("transfer-encoding"))) {
                return new Response(response.status(), head, dechunk(body));
            }
            return response;
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.ISO_8859_1); // one char per byte: chunk sizes count bytes
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
