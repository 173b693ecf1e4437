// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks.lsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real language server as an editor runs it: {@code hvnet lsp} in its own process (the launcher's JVM choice,
 * plus {@code HVNET_JAVA_OPTS} from the environment), driven over its standard input and output by an LSP client.
 */
public final class ServerProcess implements AutoCloseable {

    /** Upper bound on any wait for the server. */
    public static final long PATIENCE_SECONDS = 1800;

    private final Process process;
    private final LanguageServer server;
    private final DiagnosticsLog log = new DiagnosticsLog();
    private long initializeSent;

    private ServerProcess(Path hvnet) throws IOException {
        process = new ProcessBuilder(List.of(hvnet.toString(), "lsp")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(log, process.getInputStream(), process.getOutputStream());
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    /**
     * Starts {@code hvnet lsp} (the launcher script at {@code hvnet}), initializes it on the folder {@code workspace}
     * (Xtext's server builds the folder's files while it initializes) and sends {@code initialized}.
     */
    public static ServerProcess start(Path hvnet, Path workspace) throws Exception {
        ServerProcess started = new ServerProcess(hvnet);
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setRootUri(workspace.toUri().toString());
        params.setCapabilities(new ClientCapabilities());
        started.initializeSent = System.nanoTime();
        started.server.initialize(params).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        started.server.initialized(new InitializedParams());
        return started;
    }

    /** When {@code initialize} was sent ({@link System#nanoTime()}): the process had been started just before. */
    public long initializeSent() {
        return initializeSent;
    }

    /** The server's remote proxy. */
    public LanguageServer server() {
        return server;
    }

    /** What the server published so far, in arrival order. */
    public DiagnosticsLog diagnostics() {
        return log;
    }

    @Override
    public void close() throws Exception {
        try {
            server.shutdown().get(60, TimeUnit.SECONDS);
            server.exit();
            process.waitFor(30, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }
    }
}
