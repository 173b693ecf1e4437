// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.util.function.Function;

import org.eclipse.emf.common.util.URI;

import com.google.inject.Singleton;

/**
 * The texts of the documents open in the client, as the workspace holds them: what a build loads an open file from,
 * shared between the workspace ({@link HvnetWorkspaceManager}) and the builder ({@link InPlaceReparsingBuilder}).
 */
@Singleton
public class OpenDocumentTexts {

    private volatile Function<URI, String> texts = uri -> null;

    /** The workspace's documents are read through {@code texts} (the text of an open document, null for another URI). */
    void readFrom(Function<URI, String> texts) {
        this.texts = texts;
    }

    /** The text of the open document {@code uri}, or null when it is not open. */
    public String textOf(URI uri) {
        return texts.apply(uri);
    }
}
