// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.hvnet.dsl.ide.server.HvnetLanguageServer;
import org.hvnet.dsl.ide.server.RunningServer;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A JSON-RPC client on the wire of a real language server ({@link HvnetLanguageServer#start} on a pair of pipes):
 * it sends any message, well-formed or not, and reads every message the server writes. Requests the server sends
 * (registrations, progress) are answered with a null result; its notifications are queued for the test.
 */
final class LspWire implements AutoCloseable {

    /** Upper bound on waiting for an answer, so that a hang fails the test instead of blocking the build. */
    static final long PATIENCE_SECONDS = 60;

    private final RunningServer running;
    private final OutputStream toServer;
    private final InputStream fromServer;
    private final Map<String, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<JsonObject> notifications = new LinkedBlockingQueue<>();
    private final AtomicInteger nextId = new AtomicInteger();
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final Thread reader;
    private JsonObject initializeResult;

    private LspWire() throws IOException {
        Pipe clientToServer = Pipe.open();
        Pipe serverToClient = Pipe.open();
        toServer = Channels.newOutputStream(clientToServer.sink());
        fromServer = Channels.newInputStream(serverToClient.source());
        running = HvnetLanguageServer.start(Channels.newInputStream(clientToServer.source()), Channels.newOutputStream(serverToClient.sink()));
        Thread waiter = new Thread(() -> exitCode.complete(running.awaitExit()), "hvnet-lsp-exit");
        waiter.setDaemon(true);
        waiter.start();
        reader = new Thread(this::readMessages, "hvnet-lsp-wire-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** A server on a fresh connection, not initialized. */
    static LspWire start() {
        try {
            return new LspWire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server initialized with {@code root} as its workspace (or none), the client declaring {@code capabilities}. */
    static LspWire initialized(Path root, JsonObject capabilities) {
        LspWire wire = start();
        JsonObject params = new JsonObject();
        params.addProperty("processId", ProcessHandle.current().pid());
        params.add("rootUri", root == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(root.toUri().toString()));
        params.add("capabilities", capabilities == null ? new JsonObject() : capabilities);
        JsonObject answer = wire.request("initialize", params);
        if (!answer.has("result")) {
            throw new AssertionError("initialize failed: " + answer);
        }
        wire.initializeResult = answer.getAsJsonObject("result");
        wire.notify("initialized", new JsonObject());
        return wire;
    }

    /** The result of {@code initialize}. */
    JsonObject initializeResult() {
        return initializeResult;
    }

    /** The running server behind the wire. */
    RunningServer running() {
        return running;
    }

    /** Sends a request and waits for its answer (an object with {@code result} or {@code error}). */
    JsonObject request(String method, JsonElement params) {
        String id = Integer.toString(nextId.incrementAndGet());
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("id", Integer.parseInt(id));
        message.addProperty("method", method);
        if (params != null) {
            message.add("params", params);
        }
        return send(message.toString(), id, method);
    }

    /** Sends a raw message that carries {@code id} and waits for the answer to it. */
    JsonObject send(String rawMessage, String id, String what) {
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        write(rawMessage);
        try {
            return answer.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer to " + what + " within " + PATIENCE_SECONDS + " s");
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("no answer to " + what + ": " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    /** Sends a notification. */
    void notify(String method, JsonElement params) {
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", method);
        if (params != null) {
            message.add("params", params);
        }
        write(message.toString());
    }

    /**
     * Writes {@code content} as one message, with its header. Surrogates are written as JSON escapes, so that a lone
     * one (an edit may split a pair, as LSP's UTF-16 positions allow) reaches the server as it is.
     */
    synchronized void write(String content) {
        StringBuilder escaped = new StringBuilder(content.length());
        content.chars().forEach(c -> escaped.append(Character.isSurrogate((char) c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        byte[] body = escaped.toString().getBytes(StandardCharsets.UTF_8);
        try {
            toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            toServer.write(body);
            toServer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the server stopped reading", e);
        }
    }

    /** The next notification from the server that {@code wanted} accepts (others are dropped). */
    JsonObject awaitNotification(Predicate<JsonObject> wanted, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject next;
            try {
                next = left <= 0 ? null : notifications.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            if (next == null) {
                throw new AssertionError("the server sent no " + what + " within " + PATIENCE_SECONDS + " s");
            }
            if (wanted.test(next)) {
                return next;
            }
        }
    }

    /** The notifications received so far and not yet taken, removed from the queue. */
    java.util.List<JsonObject> takeNotifications() {
        java.util.List<JsonObject> taken = new java.util.ArrayList<>();
        notifications.drainTo(taken);
        return taken;
    }

    /** The exit code of the server's connection, once it ended. */
    CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    private void readMessages() {
        try {
            while (true) {
                int length = -1;
                String line;
                while (!(line = readLine()).isEmpty()) {
                    if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring("content-length:".length()).trim());
                    }
                }
                byte[] body = fromServer.readNBytes(length);
                if (body.length < length) {
                    return;
                }
                dispatch(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            pending.values().forEach(answer -> answer.completeExceptionally(e));
        }
    }

    private void dispatch(JsonObject message) {
        if (message.has("method") && message.has("id")) {
            JsonObject reply = new JsonObject();
            reply.addProperty("jsonrpc", "2.0");
            reply.add("id", message.get("id"));
            reply.add("result", JsonNull.INSTANCE);
            write(reply.toString());
        } else if (message.has("method")) {
            notifications.add(message);
        } else if (message.has("id") && !message.get("id").isJsonNull()) {
            CompletableFuture<JsonObject> answer = pending.get(message.get("id").getAsString());
            if (answer != null) {
                answer.complete(message);
            }
        } else {
            notifications.add(message); // an error answer without id (parse error)
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = fromServer.read()) != '\n') {
            if (c < 0) {
                throw new IOException("the server closed its output");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        try {
            toServer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            exitCode.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the server did not end when its input closed", e);
        }
    }
}
