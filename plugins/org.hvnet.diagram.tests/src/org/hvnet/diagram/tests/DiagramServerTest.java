// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.hvnet.diagram.server.DiagramServer;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagram server inside OSGi: Jetty on 127.0.0.1, the client's files, and the GLSP websocket handshake. */
class DiagramServerTest {

    @TempDir
    Path dir;

    @Test
    void servesTheClientAndAnswersTheGlspHandshake() throws Exception {
        Path file = ArticleCopy.open(dir).file();
        try (DiagramServer server = DiagramServer.start(List.of(file), HvnetTestFiles.injector(), 0)) {
            assertTrue(server.port() > 0);
            assertTrue(server.url().startsWith("http://127.0.0.1:"));
            String token = "?token=" + server.token();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("hvnet-diagram"), page.body());
            HttpResponse<String> files = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/files.json" + token)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(files.body().contains("article.hvnet"), files.body());
            HttpResponse<String> css = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/hvnet-diagram.css")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, css.statusCode());

            CompletableFuture<String> answer = new CompletableFuture<>();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + server.port() + DiagramServer.ENDPOINT + token),
                    new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                answer.complete(text.toString());
                            }
                            webSocket.request(1);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);
            socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"applicationId\":\"test\",\"protocolVersion\":\"1.0.0\"}}", true);
            String result = answer.get(20, TimeUnit.SECONDS);
            assertTrue(result.contains("\"protocolVersion\""), result);
            assertTrue(result.contains("hvnet-topology"), result);
            assertTrue(result.contains("hvnetSetFilters"), "the layer action is a server action: " + result);
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
