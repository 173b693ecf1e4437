// SPDX-License-Identifier: EPL-2.0
package org.hvnet.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** An LSP client that records the diagnostics the server publishes. */
public final class RecordingClient implements LanguageClient {

    /** Upper bound on waiting for a notification, so that a broken server fails the test instead of hanging it. */
    private static final long PATIENCE_SECONDS = 120;

    private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

    /** The next diagnostics published for a document whose URI ends with {@code fileName} and that are not empty. */
    public PublishDiagnosticsParams nextProblemsFor(String fileName) throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams params = diagnostics.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            if (params == null) {
                throw new AssertionError("no diagnostics published for " + fileName);
            }
            if (params.getUri().endsWith("/" + fileName) && !params.getDiagnostics().isEmpty()) {
                return params;
            }
        }
    }

    /**
     * The diagnostics published for each of the next {@code documents} distinct documents (the last publication of
     * each, empty ones included), by document URI, in the order they were first published.
     */
    public Map<String, PublishDiagnosticsParams> nextForEach(int documents) throws InterruptedException {
        Map<String, PublishDiagnosticsParams> published = new LinkedHashMap<>();
        while (published.size() < documents) {
            PublishDiagnosticsParams params = diagnostics.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            if (params == null) {
                throw new AssertionError("diagnostics published for " + published.size() + " of " + documents + " documents");
            }
            published.put(params.getUri(), params);
        }
        return published;
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams params) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
    }
}
