// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.hvnet.diagram.glsp.HvnetDiagramModule;
import org.hvnet.diagram.server.DiagramServer;

/** A GLSP client over the server's websocket (JSON-RPC text frames), as a browser page would talk to it. */
public final class GlspSocket implements AutoCloseable {

    private static final String CLIENT = "test-client";

    private final WebSocket socket;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final StringBuilder received = new StringBuilder();

    private GlspSocket(WebSocket socket) {
        this.socket = socket;
    }

    /** Connects to {@code server} with its token, and opens a client session of the HVNet diagram. */
    public static GlspSocket open(DiagramServer server) throws Exception {
        GlspSocket[] self = new GlspSocket[1];
        StringBuilder partial = new StringBuilder();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + DiagramServer.ENDPOINT + "?token=" + server.token()), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            String message = partial.toString();
                            partial.setLength(0);
                            while (self[0] == null) {
                                Thread.onSpinWait();
                            }
                            self[0].add(message);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        GlspSocket glsp = new GlspSocket(socket);
        self[0] = glsp;
        glsp.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"applicationId\":\"test\",\"protocolVersion\":\"1.0.0\"}}");
        glsp.await("\"id\":1", 20);
        glsp.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initializeClientSession\",\"params\":{\"clientSessionId\":\"" + CLIENT
                + "\",\"diagramType\":\"" + HvnetDiagramModule.DIAGRAM_TYPE + "\",\"clientActionKinds\":[\"setModel\",\"updateModel\",\"message\"]}}");
        glsp.await("\"id\":2", 20);
        return glsp;
    }

    private synchronized void add(String message) {
        received.append(message).append('\n');
        messages.add(message);
    }

    /** Everything received so far. */
    public synchronized String received() {
        return received.toString();
    }

    /** Asks for the model of {@code sourceUri}. */
    public void requestModel(String sourceUri) {
        process("{\"kind\":\"requestModel\",\"options\":{\"sourceUri\":\"" + sourceUri.replace("\\", "\\\\") + "\",\"diagramType\":\""
                + HvnetDiagramModule.DIAGRAM_TYPE + "\"}}");
    }

    /** Sends {@code action} (JSON) to the server, as the client's dispatcher does. */
    public void process(String action) {
        send("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\"" + CLIENT + "\",\"action\":" + action + "}}");
    }

    /** The next message with an action of {@code kind}, waiting at most {@code seconds}. */
    public String awaitAction(String kind, int seconds) throws InterruptedException {
        return await("\"kind\":\"" + kind + "\"", seconds);
    }

    private String await(String marker, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
            String message = messages.poll(left, TimeUnit.NANOSECONDS);
            if (message != null && message.contains(marker)) {
                return message;
            }
        }
        throw new AssertionError("no message with " + marker + " in " + seconds + " s; received:\n" + received());
    }

    private void send(String text) {
        socket.sendText(text, true).join();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
