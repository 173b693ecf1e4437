// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethodProvider;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * The server's messages as the client sees them: a request the server does not implement (an LSP method it does
 * not advertise, or a method LSP does not know) answers {@code MethodNotFound} (-32601), one without its params
 * {@code InvalidParams} (-32602); a notification it does not implement is ignored. Everything else goes to the
 * language server.
 */
final class ProtocolGuard implements Endpoint, JsonRpcMethodProvider {

    /** The requests the server implements, each advertised in its capabilities (or part of every server). */
    static final Set<String> REQUESTS = Set.of("initialize", "shutdown", "textDocument/completion", "textDocument/hover",
            "textDocument/definition", "textDocument/references", "textDocument/documentHighlight", "textDocument/documentSymbol",
            "textDocument/codeAction", "textDocument/formatting", "textDocument/rangeFormatting", "textDocument/rename",
            "textDocument/prepareRename", "textDocument/foldingRange", "textDocument/semanticTokens/full", "workspace/symbol");

    /** The notifications the server takes. */
    static final Set<String> NOTIFICATIONS = Set.of("initialized", "exit", "textDocument/didOpen", "textDocument/didChange",
            "textDocument/didClose", "textDocument/didSave", "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration",
            "workspace/didChangeWorkspaceFolders");

    private final LanguageServerImpl server;
    private final Endpoint delegate;

    ProtocolGuard(LanguageServerImpl server) {
        this.server = server;
        this.delegate = ServiceEndpoints.toEndpoint(server);
    }

    @Override
    public CompletableFuture<?> request(String method, Object parameter) {
        if (!REQUESTS.contains(method)) {
            return failed(ResponseErrorCode.MethodNotFound, "hvnet lsp does not implement the request " + method);
        }
        if (parameter == null && !"shutdown".equals(method)) {
            return failed(ResponseErrorCode.InvalidParams, method + " needs its params");
        }
        return delegate.request(method, parameter);
    }

    @Override
    public void notify(String method, Object parameter) {
        if (NOTIFICATIONS.contains(method) && (parameter != null || "exit".equals(method))) {
            delegate.notify(method, parameter);
        }
    }

    /**
     * The methods whose params are read as LSP types (and checked for the fields LSP requires): the implemented ones.
     * The params of any other method stay raw JSON, so that it answers {@code MethodNotFound} whatever they hold.
     */
    @Override
    public Map<String, JsonRpcMethod> supportedMethods() {
        Map<String, JsonRpcMethod> implemented = new LinkedHashMap<>(server.supportedMethods());
        implemented.keySet().removeIf(method -> !REQUESTS.contains(method) && !NOTIFICATIONS.contains(method));
        return implemented;
    }

    private static CompletableFuture<?> failed(ResponseErrorCode code, String message) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        result.completeExceptionally(new ResponseErrorException(new ResponseError(code, message, null)));
        return result;
    }
}
