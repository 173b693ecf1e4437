// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.hvnet.diagram.text.TopologyFiles;

import com.google.inject.Injector;

/**
 * The parsed documents of one diagram server waiting for a session: each served file is parsed once in the
 * background when the server starts, and the document of a closed session (a page reloaded, a tab closed) is kept
 * for the next session of its file, read again only when the file changed on disk. A session has its document to
 * itself; parsing an estate of thousands of hosts takes seconds, so the page opens without waiting for it again.
 */
public final class ParsedDocuments {

    private final Injector language;
    private final Map<List<Path>, CompletableFuture<TopologyFiles>> waiting = new HashMap<>();

    /** Documents read with {@code language}. */
    public ParsedDocuments(Injector language) {
        this.language = language;
    }

    /** Starts parsing {@code files} (one diagram) in the background, for the first session that opens them. */
    public synchronized void prepare(List<Path> files) {
        waiting.computeIfAbsent(List.copyOf(files), f -> CompletableFuture.supplyAsync(() -> {
            try {
                return TopologyFiles.open(f, language);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** The documents of {@code files} for a new session: those waiting (up to date with the files on disk), else parsed now. */
    public TopologyFiles take(List<Path> files) throws IOException {
        CompletableFuture<TopologyFiles> ready;
        synchronized (this) {
            ready = waiting.remove(List.copyOf(files));
        }
        if (ready != null) {
            try {
                TopologyFiles documents = ready.join();
                documents.reload();
                return documents;
            } catch (CompletionException | UncheckedIOException e) {
                // parsed with an error in the background: read them again now, and say why if it fails again
            }
        }
        return TopologyFiles.open(files, language);
    }

    /** Keeps the documents of a closed session for the next session of the same files. */
    public synchronized void giveBack(TopologyFiles documents) {
        waiting.put(documents.paths(), CompletableFuture.completedFuture(documents));
    }
}
