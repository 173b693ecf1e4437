// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.hvnet.dsl.ide.IssueRules;
import org.hvnet.dsl.ide.hover.ElementHover;

import com.google.inject.Inject;

/**
 * Xtext's language server with what HVNet adds: it advertises exactly what it implements (folding ranges; no
 * signature help, no commands), says who it is ({@code serverInfo}), gives every diagnostic a rule id as its code
 * ({@code syntax} and {@code link} as on the command line), hovers with the rule's help and the simulated addresses,
 * writes its warnings to the client's log, and reads no FIFO or device a file watcher reports.
 */
public class HvnetLanguageServerImpl extends LanguageServerImpl {

    @Inject
    private ClientMessages messages;

    @Inject
    private PublishedDiagnostics published;

    @Inject
    private ElementHover hovers;

    /** The workspace: the documents as the server holds them (public, so that tests can compare them with the client's). */
    @Override
    public WorkspaceManager getWorkspaceManager() {
        return super.getWorkspaceManager();
    }

    @Override
    public void connect(LanguageClient client) {
        messages.connect(client);
        super.connect(published.recording(client));
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        return super.initialize(params).thenApply(result -> {
            result.setServerInfo(new ServerInfo("hvnet", ServerVersion.of()));
            return result;
        });
    }

    @Override
    protected ServerCapabilities createServerCapabilities(InitializeParams params) {
        ServerCapabilities capabilities = super.createServerCapabilities(params);
        capabilities.setSignatureHelpProvider(null); // nothing in .hvnet has parameters to help with
        capabilities.setExecuteCommandProvider(null); // no commands
        capabilities.setFoldingRangeProvider(true); // Xtext offers it only to clients that declare folding
        return capabilities;
    }

    @Override
    protected Diagnostic toDiagnostic(Issue issue) {
        Diagnostic diagnostic = super.toDiagnostic(issue);
        diagnostic.setCode(IssueRules.ruleOf(issue));
        diagnostic.setSource("hvnet");
        return diagnostic;
    }

    /** The language of a document a request names: a document of another language is an {@code InvalidParams} error. */
    @Override
    protected IResourceServiceProvider getResourceServiceProvider(URI uri) {
        IResourceServiceProvider language = super.getResourceServiceProvider(uri);
        if (language == null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "hvnet lsp serves .hvnet documents, not " + uri, null));
        }
        return language;
    }

    @Override
    protected Hover hover(HoverParams params, CancelIndicator cancelIndicator) {
        return getWorkspaceManager().doRead(getURI(params), (document, resource) -> hovers.hover(document, resource,
                params.getPosition(), published.at(getURI(params), params.getPosition())));
    }

    @Override
    protected List<? extends TextEdit> formatting(DocumentFormattingParams params, CancelIndicator cancelIndicator) {
        refuseSyntaxErrors(getURI(params.getTextDocument()), "formatted");
        return super.formatting(params, cancelIndicator);
    }

    @Override
    protected List<? extends TextEdit> rangeFormatting(DocumentRangeFormattingParams params, CancelIndicator cancelIndicator) {
        refuseSyntaxErrors(getURI(params.getTextDocument()), "formatted");
        return super.rangeFormatting(params, cancelIndicator);
    }

    @Override
    protected WorkspaceEdit rename(RenameParams params, CancelIndicator cancelIndicator) {
        refuseSyntaxErrors(getURI(params.getTextDocument()), "renamed in");
        return super.rename(params, cancelIndicator);
    }

    /**
     * Formatting and renaming rewrite what parses: a text with syntax errors is neither formatted (as with
     * {@code hvnet format}) nor renamed in.
     */
    private void refuseSyntaxErrors(URI uri, String what) {
        getWorkspaceManager().doRead(uri, (document, resource) -> {
            if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
                INode error = resource.getParseResult().getSyntaxErrors().iterator().next();
                Position at = document.getPosition(error.getOffset());
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, "hvnet: " + uri.lastSegment()
                        + " is " + what + " once it parses; it has a syntax error at line " + (at.getLine() + 1) + ", column " + (at.getCharacter() + 1),
                        null));
            }
            return null;
        });
    }

    @Override
    protected Buildable toBuildable(DidChangeWatchedFilesParams params) {
        List<FileEvent> readable = params.getChanges().stream().filter(this::readable).toList();
        return super.toBuildable(new DidChangeWatchedFilesParams(readable));
    }

    /** False for a created or changed file that exists but is no regular file (a FIFO would block the build). */
    private boolean readable(FileEvent event) {
        if (event == null || event.getUri() == null) {
            return false;
        }
        if (event.getType() == FileChangeType.Deleted || !event.getUri().startsWith("file:")) {
            return true;
        }
        Path path;
        try {
            path = Paths.get(java.net.URI.create(event.getUri()));
        } catch (IllegalArgumentException e) {
            messages.log(MessageType.Warning, "hvnet: ignored a change of " + event.getUri() + ": not a file URI (" + e.getMessage() + ")");
            return false;
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            messages.log(MessageType.Warning, "hvnet: skipped " + path + ": not a regular file (a FIFO, socket or device)");
            return false;
        }
        return true;
    }
}
