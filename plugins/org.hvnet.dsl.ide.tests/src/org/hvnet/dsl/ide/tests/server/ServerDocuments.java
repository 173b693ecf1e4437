// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.ide.server.UriExtensions;
import org.hvnet.dsl.ide.server.HvnetLanguageServerImpl;

import com.google.gson.JsonObject;

/** The text of a document as the server holds it, read after the server took every message sent before. */
final class ServerDocuments {

    private ServerDocuments() {
    }

    /** The server's text of {@code uri}, after a round trip so that every earlier notification is applied. */
    static String text(LspWire wire, String uri) throws Exception {
        JsonObject answer = wire.request("textDocument/foldingRange", Json.object("textDocument", Json.document(uri)));
        if (answer.has("error")) {
            throw new AssertionError("the server no longer holds " + uri + ": " + answer);
        }
        HvnetLanguageServerImpl server = (HvnetLanguageServerImpl) wire.running().server();
        return server.getRequestManager()
                .runRead(cancel -> server.getWorkspaceManager().doRead(new UriExtensions().toUri(uri), (document, resource) -> document.getContents()))
                .get(LspWire.PATIENCE_SECONDS, TimeUnit.SECONDS);
    }
}
