// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks.lsp;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The benchmark's LSP client: records each {@code publishDiagnostics} with the moment it arrived. */
public final class DiagnosticsLog implements LanguageClient {

    /** One publication: the document, how many diagnostics, and {@link System#nanoTime()} at arrival. */
    public record Published(String uri, int diagnostics, long nanos) {
    }

    private final BlockingQueue<Published> published = new LinkedBlockingQueue<>();

    /** The next publication, waiting at most {@code seconds}; an error when none comes (the server hangs or died). */
    public Published next(long seconds) throws InterruptedException {
        Published next = published.poll(seconds, TimeUnit.SECONDS);
        if (next == null) {
            throw new IllegalStateException("the language server published no diagnostics within " + seconds + " s");
        }
        return next;
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        published.add(new Published(params.getUri(), params.getDiagnostics().size(), System.nanoTime()));
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
