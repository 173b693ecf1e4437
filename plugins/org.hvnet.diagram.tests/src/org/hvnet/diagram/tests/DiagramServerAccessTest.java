// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.diagram.server.DiagramServer;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The diagram server is closed to everything but this machine's own diagram page, tried with raw requests: another
 * Host name (DNS rebinding), another Origin, no or a wrong token, paths out of the client's folder, methods other
 * than GET and HEAD. The page, its token and its websocket still work.
 */
class DiagramServerAccessTest {

    @TempDir
    Path dir;

    private DiagramServer server;
    private int port;
    private String token;

    @BeforeEach
    void start() throws Exception {
        server = DiagramServer.start(List.of(ArticleCopy.open(dir).file()), HvnetTestFiles.injector(), 0);
        port = server.port();
        token = server.token();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private RawHttp get(String path, String host) throws IOException {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1", "Host: " + host);
    }

    @Test
    void theUrlCarriesANewTokenAtEachStart() throws Exception {
        assertTrue(server.url().matches("http://127\\.0\\.0\\.1:" + port + "/\\?token=[A-Za-z0-9_-]{43}"), server.url());
        try (DiagramServer second = DiagramServer.start(List.of(ArticleCopy.open(dir).file()), HvnetTestFiles.injector(), 0)) {
            assertNotEquals(token, second.token());
        }
    }

    @Test
    void theOwnPageWithItsTokenIsServed() throws IOException {
        RawHttp files = get("/files.json?token=" + token, "127.0.0.1:" + port);
        assertEquals(200, files.status(), files.text());
        assertTrue(files.text().contains("article.hvnet"), files.text());
        assertEquals(200, get("/files.json?token=" + token, "localhost:" + port).status());
        RawHttp page = get("/?token=" + token, "127.0.0.1:" + port);
        assertEquals(200, page.status(), page.text());
        assertTrue(page.text().contains("hvnet-diagram"), page.text());
        assertEquals(200, get("/", "127.0.0.1:" + port).status(), "the page itself needs no token (it holds nothing of the user)");
        assertEquals(101, RawHttp.send(port, RawHttp.websocket(port, "/glsp?token=" + token, null)).status(), "a non-browser client");
        assertEquals(101, RawHttp.send(port, RawHttp.websocket(port, "/glsp?token=" + token, "http://127.0.0.1:" + port)).status());
        assertEquals(101, RawHttp.send(port, RawHttp.websocket(port, "/glsp?token=" + token, "http://localhost:" + port)).status());
    }

    @ParameterizedTest
    @ValueSource(strings = { "evil.example", "evil.example:PORT", "127.0.0.1", "127.0.0.1:1", "localhost.evil.example:PORT", "" })
    void anotherHostNameIsRefused(String host) throws IOException {
        RawHttp files = get("/files.json?token=" + token, host.replace("PORT", String.valueOf(port)));
        assertTrue(files.status() == 403 || host.isEmpty() && files.status() == 400, files.text());
        assertFalse(files.text().contains("article.hvnet"), files.text());
        assertEquals(host.isEmpty() ? 400 : 403, get("/", host.replace("PORT", String.valueOf(port))).status(), "an empty Host is Jetty's bad request");
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://evil.example", "http://127.0.0.1:1", "null", "https://127.0.0.1:PORT", "http://127.0.0.1:PORT.evil.example" })
    void aWebsocketFromAnotherOriginIsRefused(String origin) throws IOException {
        RawHttp handshake = RawHttp.send(port, RawHttp.websocket(port, "/glsp?token=" + token, origin.replace("PORT", String.valueOf(port))));
        assertEquals(403, handshake.status(), handshake.text());
        RawHttp files = RawHttp.send(port, "GET /files.json?token=" + token + " HTTP/1.1", "Host: 127.0.0.1:" + port,
                "Origin: " + origin.replace("PORT", String.valueOf(port)));
        assertEquals(403, files.status(), files.text());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "?token=", "?token=wrong", "?token=TOKENx", "?tok=TOKEN", "?token=TOKEN_PREFIX" })
    void theModelsNeedTheToken(String query) throws IOException {
        String asked = query.replace("TOKEN_PREFIX", token.substring(0, 20)).replace("TOKEN", token);
        RawHttp files = get("/files.json" + asked, "127.0.0.1:" + port);
        assertEquals(403, files.status(), files.text());
        assertFalse(files.text().contains("article.hvnet"), files.text());
        assertEquals(403, RawHttp.send(port, RawHttp.websocket(port, "/glsp" + asked, null)).status());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/../META-INF/MANIFEST.MF", "/%2e%2e/META-INF/MANIFEST.MF", "/dist/../../META-INF/MANIFEST.MF",
            "/..%2fMETA-INF/MANIFEST.MF", "/dist/%2e%2e/%2e%2e/META-INF/MANIFEST.MF", "/META-INF/MANIFEST.MF",
            "/org/hvnet/diagram/server/DiagramServer.class", "/etc/passwd", "//etc/passwd", "/dist/", "/%2fetc%2fpasswd",
            "/..\\META-INF\\MANIFEST.MF", "/index.html/../../META-INF/MANIFEST.MF" })
    void nothingOutsideTheClientFolderIsReadable(String path) throws IOException {
        RawHttp answer = get(path + (path.contains("?") ? "&" : "?") + "token=" + token, "127.0.0.1:" + port);
        assertNotEquals(200, answer.status(), answer.text());
        assertFalse(answer.text().contains("Bundle-SymbolicName"), answer.text());
        assertFalse(answer.text().contains("root:"), answer.text());
    }

    @ParameterizedTest
    @ValueSource(strings = { "TRACE", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "CONNECT" })
    void onlyGetAndHeadAreAnswered(String method) throws IOException {
        RawHttp answer = RawHttp.send(port, method + " /files.json?token=" + token + " HTTP/1.1", "Host: 127.0.0.1:" + port,
                "X-Echo-Me: secret-cookie-value", "Content-Length: 0");
        assertTrue(answer.status() == 405 || method.equals("CONNECT") && answer.status() == 400, answer.text());
        assertFalse(answer.text().contains("secret-cookie-value"), "TRACE does not echo the request: " + answer.text());
        assertFalse(answer.text().contains("article.hvnet"), answer.text());
    }

    @Test
    void theClientFilesComeFromTheBundle() throws IOException {
        RawHttp page = get("/index.html", "127.0.0.1:" + port);
        assertEquals(200, page.status());
        assertTrue(page.text().toLowerCase().contains("content-type: text/html"), page.text());
        RawHttp script = get("/dist/app.js", "127.0.0.1:" + port);
        assertEquals(200, script.status());
        assertTrue(script.text().toLowerCase().contains("content-type: text/javascript"), script.text().substring(0, 300));
        assertEquals(404, get("/no-such-file.css", "127.0.0.1:" + port).status());
    }

    @Test
    void onlyTheServedFilesAreOpened() throws Exception {
        Path other = dir.resolve("other.hvnet");
        Files.writeString(other, "topology Secret\nnetwork Hidden\n");
        try (GlspSocket socket = GlspSocket.open(server)) {
            socket.requestModel(other.toString());
            String refused = socket.awaitAction("message", 20);
            assertTrue(refused.contains("not a served file"), refused);
            socket.requestModel(dir.resolve("sub/../other.hvnet").toString());
            assertTrue(socket.awaitAction("message", 20).contains("not a served file"));
            socket.requestModel("file://" + dir.resolve("article.hvnet"));
            String model = socket.awaitAction("setModel", 20);
            assertTrue(model.contains("host:HV01"), model);
            assertFalse(socket.received().contains("Hidden"), "nothing of the other file was sent");
        }
    }
}
