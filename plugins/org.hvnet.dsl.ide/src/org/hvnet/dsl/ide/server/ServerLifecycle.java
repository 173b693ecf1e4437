// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

import com.google.inject.Singleton;

/**
 * LSP's {@code shutdown} and {@code exit} for a server that runs inside a command: {@code exit} ends the connection
 * instead of the Java process, with the exit code LSP asks for (0 after {@code shutdown}, else 1).
 */
@Singleton
public class ServerLifecycle implements ILanguageServerShutdownAndExitHandler {

    private volatile boolean shutDown;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();

    @Override
    public void shutdown() {
        shutDown = true;
    }

    @Override
    public void exit() {
        exited.complete(shutDown ? 0 : 1);
    }

    /** Completes with the exit code when the client sends {@code exit}. */
    public CompletableFuture<Integer> exited() {
        return exited;
    }
}
