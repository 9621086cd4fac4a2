package org.gefyra.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One kept-alive HTTP/1.1 connection, as a load tool holds it: plain socket, gzip asked for,
 * the body read and dropped. Java's HttpClient costs the load tool more CPU than the server.
 */
final class HttpConnection implements AutoCloseable {

    record Response(int status, List<String> headers, int bodyBytes) {
        String cookie(String name) {
            for (String header : headers) {
                if (header.regionMatches(true, 0, "Set-Cookie:", 0, 11)) {
                    String value = header.substring(11).strip();
                    if (value.startsWith(name + "=")) {
                        return value.substring(0, value.indexOf(';') < 0 ? value.length() : value.indexOf(';'));
                    }
                }
            }
            return null;
        }
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private boolean gzip = true;
    private boolean keepBody;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    HttpConnection(String base) {
        URI uri = URI.create(base);
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
    }

    static Response once(String base, String path, String cookie) throws IOException {
        try (HttpConnection connection = new HttpConnection(base)) {
            return connection.get(path, cookie);
        }
    }

    /** A page's text, asked for without gzip, for finding what it links to. */
    static String once(String base, String path, String cookie, boolean gzip) throws IOException {
        try (HttpConnection connection = new HttpConnection(base)) {
            connection.gzip = gzip;
            connection.keepBody = true;
            connection.get(path, cookie);
            return connection.body.toString(StandardCharsets.UTF_8);
        }
    }

    static Response post(String base, String path, String cookie, Map<String, String> form) throws IOException {
        try (HttpConnection connection = new HttpConnection(base)) {
            String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return connection.send("POST", path, cookie, body);
        }
    }

    Response get(String path, String cookie) throws IOException {
        return send("GET", path, cookie, null);
    }

    Response send(String method, String path, String cookie, String body) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            out = socket.getOutputStream();
        }
        StringBuilder request = new StringBuilder(256).append(method).append(' ').append(path)
                .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                .append(gzip ? "\r\nAccept-Encoding: gzip" : "").append("\r\nAccept-Language: en\r\n");
        if (cookie != null) {
            request.append("Cookie: ").append(cookie).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                    .append(content.length).append("\r\n");
        }
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(content);
        out.flush();
        return read();
    }

    private Response read() throws IOException {
        String status = line();
        if (status == null) {
            throw new IOException("connection closed");
        }
        List<String> headers = new ArrayList<>();
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            headers.add(header);
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(header.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        int bytes = 0;
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                    size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                bytes += skip(size);
                line();
            }
            line();
        } else if (length > 0) {
            bytes += skip(length);
        }
        if (close) {
            close();
        }
        return new Response(Integer.parseInt(status.split(" ")[1]), headers, bytes);
    }

    private int skip(long count) throws IOException {
        long left = count;
        if (keepBody) {
            body.write(in.readNBytes((int) count));
            return (int) count;
        }
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed in a body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
        return (int) count;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
            }
            line.write(c);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
