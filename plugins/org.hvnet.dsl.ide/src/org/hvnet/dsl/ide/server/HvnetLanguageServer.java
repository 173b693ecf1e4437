package org.hvnet.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;
import org.hvnet.dsl.ide.HvnetIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The .hvnet language server over a pair of streams (stdio for {@code hvnet lsp}). The language is registered
 * directly, not through {@code java.util.ServiceLoader}, so that it also works inside OSGi.
 */
public final class HvnetLanguageServer {

    private HvnetLanguageServer() {
    }

    /** A language server instance wired with the .hvnet language, not yet connected. */
    public static LanguageServerImpl create() {
        new HvnetIdeSetup().createInjectorAndDoEMFRegistration();
        IResourceServiceProvider.Registry registry = IResourceServiceProvider.Registry.INSTANCE;
        Injector injector = Guice.createInjector(Modules2.mixin(new ServerModule(),
                binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)));
        return injector.getInstance(LanguageServerImpl.class);
    }

    /** Serves LSP on {@code in}/{@code out} until the client disconnects. */
    public static void run(InputStream in, OutputStream out) {
        LanguageServerImpl server = create();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("language server stopped: " + e.getCause(), e.getCause());
        }
    }
}
