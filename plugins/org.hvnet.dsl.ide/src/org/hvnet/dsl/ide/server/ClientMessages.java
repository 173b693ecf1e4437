// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

import com.google.inject.Singleton;

/**
 * Messages from the server to the user: in the client's log ({@code window/logMessage}) or shown
 * ({@code window/showMessage}), and in the server's own log. One per server instance.
 */
@Singleton
public class ClientMessages {

    private static final Logger LOG = Logger.getLogger(ClientMessages.class);

    private volatile LanguageClient client;

    /** The client to write to, once it is connected. */
    void connect(LanguageClient connected) {
        this.client = connected;
    }

    /** Writes {@code text} to the client's log. */
    public void log(MessageType type, String text) {
        LOG.info(text);
        LanguageClient current = client;
        if (current != null) {
            current.logMessage(new MessageParams(type, text));
        }
    }

    /** Shows {@code text} to the user. */
    public void show(MessageType type, String text) {
        LOG.info(text);
        LanguageClient current = client;
        if (current != null) {
            current.showMessage(new MessageParams(type, text));
        }
    }
}
