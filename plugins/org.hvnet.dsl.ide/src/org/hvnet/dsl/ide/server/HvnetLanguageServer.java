// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.validation.ReflectiveMessageValidator;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.Modules2;
import org.hvnet.dsl.ide.HvnetIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The .hvnet language server over a pair of streams (stdio for {@code hvnet lsp}): Xtext's language server with
 * HVNet's changes ({@link HvnetServerModule}), behind a guard that answers every request it does not implement with
 * {@code MethodNotFound}, checks the params of the others, and answers failures without stack traces.
 */
public final class HvnetLanguageServer {

    private HvnetLanguageServer() {
    }

    /** A language server instance wired with the .hvnet language, not yet connected. */
    public static LanguageServerImpl create() {
        return injector().getInstance(LanguageServerImpl.class);
    }

    private static Injector injector() {
        new HvnetIdeSetup().createInjectorAndDoEMFRegistration();
        return Guice.createInjector(Modules2.mixin(new ServerModule(), new HvnetServerModule()));
    }

    /**
     * Serves LSP on {@code in}/{@code out} until the client sends {@code exit} or closes {@code in}.
     *
     * @return the exit code (see {@link RunningServer#awaitExit()})
     */
    public static int run(InputStream in, OutputStream out) {
        return start(in, out).awaitExit();
    }

    /** Starts serving LSP on {@code in}/{@code out}, and returns at once. */
    public static RunningServer start(InputStream in, OutputStream out) {
        Injector injector = injector();
        LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(new ProtocolGuard(server))
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExceptionHandler(ErrorResponses::of)
                // incoming messages only: a request missing a field LSP requires answers InvalidParams
                .wrapMessages(consumer -> consumer instanceof RemoteEndpoint ? new ReflectiveMessageValidator(consumer) : consumer)
                .create();
        server.connect(launcher.getRemoteProxy());
        return new RunningServer(server, launcher.startListening(), injector.getInstance(ServerLifecycle.class).exited());
    }
}
