package org.hvnet.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.Pair;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Inject;

/**
 * The workspace of the .hvnet language server: open documents are {@link LspDocument}s at the client's version; a
 * change that lies outside its document is refused as a whole (the document stays as it was, and the user is told
 * to reopen the file); a request about a document the workspace does not hold is an {@code InvalidParams} error.
 */
public class HvnetWorkspaceManager extends WorkspaceManager {

    @Inject
    private ClientMessages messages;

    @Inject
    private IResourceServiceProvider.Registry languages;

    @Override
    public Buildable didOpen(URI uri, Integer version, String contents) {
        getOpenDocuments().put(uri, new LspDocument(version, contents == null ? "" : contents));
        return didChangeFiles(List.of(uri), List.of());
    }

    @Override
    public Buildable didChangeTextDocumentContent(URI uri, Integer version, Iterable<TextDocumentContentChangeEvent> changes) {
        Document current = getOpenDocuments().get(uri);
        if (current == null) {
            messages.log(MessageType.Warning, "hvnet: a change of " + uri + ", which is not open, was ignored");
            return Buildable.NO_BUILD;
        }
        LspDocument document = current instanceof LspDocument lsp ? lsp : new LspDocument(current.getVersion(), current.getContents());
        try {
            getOpenDocuments().put(uri, document.changed(changes == null ? List.of() : changes, version));
        } catch (ResponseErrorException e) {
            messages.show(MessageType.Error, "hvnet: a change of " + uri.lastSegment() + " was refused: " + e.getMessage()
                    + ". The server keeps the text as it was before this change; close and reopen the file to resynchronize.");
            return Buildable.NO_BUILD;
        }
        return didChangeFiles(List.of(uri), List.of());
    }

    @Override
    protected Document getDocument(XtextResource resource) {
        Document open = getOpenDocuments().get(resource.getURI());
        if (open != null) {
            return open;
        }
        return new LspDocument(1, resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText());
    }

    /**
     * Reads a document of the workspace; a document of another language, one the workspace does not hold or a URI
     * that cannot be read is an {@code InvalidParams} error.
     */
    @Override
    public <T> T doRead(URI uri, Function2<? super Document, ? super XtextResource, ? extends T> work) {
        if (uri == null || languages.getResourceServiceProvider(uri) == null) {
            throw invalid("hvnet lsp serves .hvnet documents, not " + uri);
        }
        Pair<? super Document, ? super XtextResource> read;
        try {
            read = read(uri);
        } catch (RuntimeException e) {
            throw invalid("cannot read " + uri + ": " + e.getMessage());
        }
        if (read == null) {
            throw invalid("no .hvnet document " + uri + " in the workspace: open it first, or open its folder");
        }
        return work.apply((Document) read.getFirst(), (XtextResource) read.getSecond());
    }

    private static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
