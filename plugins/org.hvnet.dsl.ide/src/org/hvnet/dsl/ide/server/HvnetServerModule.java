// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.AbstractModule;

/**
 * What the .hvnet language server changes in Xtext's {@code ServerModule}: the language registered directly (not
 * through {@code java.util.ServiceLoader}, which OSGi does not serve), and HVNet's server, workspace, file scanner
 * exit handling, and the builder that reparses an edited open document in place.
 */
final class HvnetServerModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(IResourceServiceProvider.Registry.class).toInstance(IResourceServiceProvider.Registry.INSTANCE);
        bind(LanguageServerImpl.class).to(HvnetLanguageServerImpl.class);
        bind(WorkspaceManager.class).to(HvnetWorkspaceManager.class);
        bind(IFileSystemScanner.class).to(WorkspaceFileScanner.class);
        bind(ILanguageServerShutdownAndExitHandler.class).to(ServerLifecycle.class);
        bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(InPlaceReparsingBuilder.class);
    }
}
