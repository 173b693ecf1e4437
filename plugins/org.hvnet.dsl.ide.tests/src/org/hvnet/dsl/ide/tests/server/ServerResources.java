// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.dsl.ide.server.HvnetLanguageServerImpl;

/** The resource of a document as the server holds it (its identity tells a reparse in place from a reload). */
final class ServerResources {

    private ServerResources() {
    }

    /** {@code work} applied to the server's resource of {@code uri}, after every earlier notification is applied. */
    static <T> T read(LspWire wire, String uri, Function<XtextResource, T> work) throws Exception {
        ServerDocuments.text(wire, uri);
        HvnetLanguageServerImpl server = (HvnetLanguageServerImpl) wire.running().server();
        return server.getRequestManager()
                .runRead(cancel -> server.getWorkspaceManager().doRead(new UriExtensions().toUri(uri), (document, resource) -> work.apply(resource)))
                .get(LspWire.PATIENCE_SECONDS, TimeUnit.SECONDS);
    }
}
