// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.xtext.ide.server.LanguageServerImpl;

/** A language server serving a connection: what it serves with, and the end of the connection. */
public final class RunningServer {

    private final LanguageServerImpl server;
    private final Future<Void> listening;
    private final CompletableFuture<Integer> exited;

    RunningServer(LanguageServerImpl server, Future<Void> listening, CompletableFuture<Integer> exited) {
        this.server = server;
        this.listening = listening;
        this.exited = exited;
    }

    /** The language server behind the connection. */
    public LanguageServerImpl server() {
        return server;
    }

    /**
     * Waits until the client sends {@code exit} or closes the input, and stops listening.
     *
     * @return 0 after {@code shutdown} and {@code exit} or at the end of the input; 1 for an {@code exit} without
     *         {@code shutdown} (as LSP says)
     */
    public int awaitExit() {
        CompletableFuture<Void> inputEnded = CompletableFuture.runAsync(this::awaitEndOfInput);
        try {
            CompletableFuture.anyOf(exited, inputEnded).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("language server stopped: " + e.getCause(), e.getCause());
        } finally {
            listening.cancel(true);
        }
        return exited.getNow(0);
    }

    private void awaitEndOfInput() {
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (CancellationException e) {
            // stopped after exit
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
