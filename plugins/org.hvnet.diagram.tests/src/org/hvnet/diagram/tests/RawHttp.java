// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** One HTTP/1.1 request written byte for byte on a socket (any method, any Host, any path), and its answer. */
public record RawHttp(int status, String text) {

    /** Sends {@code request} (lines without the final empty line) to 127.0.0.1:{@code port}; the answer read until closed or 3 s. */
    public static RawHttp send(int port, String... request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            String head = String.join("\r\n", request);
            String connection = head.contains("\r\nConnection: ") ? "" : "\r\nConnection: close";
            out.write((head + connection + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                // a websocket that was accepted stays open: what came so far is the answer
            }
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
            return new RawHttp(status, text);
        }
    }

    /** The request line and headers of a websocket handshake for {@code path}, from {@code origin} (null: none). */
    public static String[] websocket(int port, String path, String origin) {
        String[] lines = { "GET " + path + " HTTP/1.1", "Host: 127.0.0.1:" + port, "Upgrade: websocket", "Connection: Upgrade",
                "Sec-WebSocket-Version: 13",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", origin == null ? "X-No-Origin: 1" : "Origin: " + origin };
        return lines;
    }
}
