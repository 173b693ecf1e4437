// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Pair;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Inject;

/**
 * The workspace of the .hvnet language server: open documents are {@link LspDocument}s at the client's version; a
 * change that lies outside its document is refused as a whole (the document stays as it was, and the user is told
 * to reopen the file); a request about a document the workspace does not hold is an {@code InvalidParams} error. A
 * client without a workspace folder gets an empty workspace, and a file opened outside every folder is served with the
 * files beside it.
 */
public class HvnetWorkspaceManager extends WorkspaceManager {

    @Inject
    private ClientMessages messages;

    @Inject
    private IResourceServiceProvider.Registry languages;

    @Inject
    private DetachedFolders detached;

    @Inject
    private UriExtensions uriExtensions;

    /** The builder reads the open documents' texts from here ({@link InPlaceReparsingBuilder}). */
    @Inject
    void shareTexts(OpenDocumentTexts texts) {
        texts.readFrom(uri -> {
            Document open = getOpenDocuments().get(uri);
            return open == null ? null : open.getContents();
        });
    }

    /** A workspace without a folder (the client sent neither a root nor workspace folders) starts empty. */
    @Override
    public void initialize(URI baseDir, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor, CancelIndicator cancelIndicator) {
        if (baseDir == null) {
            initialize(List.<WorkspaceFolder>of(), issueAcceptor, cancelIndicator);
        } else {
            super.initialize(baseDir, issueAcceptor, cancelIndicator);
        }
    }

    /** Opens a document; one outside every workspace folder is served with the files beside it. */
    @Override
    public Buildable didOpen(URI uri, Integer version, String contents) {
        if (uri != null && uri.isFile() && getProjectManager(uri) == null) {
            Path folder = Paths.get(uri.trimSegments(1).toFileString());
            detached.add(folder);
            messages.log(MessageType.Info, "hvnet: serving " + folder + " for " + uri.lastSegment() + ", which no workspace folder holds");
            didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(
                    List.of(new WorkspaceFolder(uriExtensions.toUriString(uri.trimSegments(1)), folder.toString())), List.of())),
                    CancelIndicator.NullImpl);
        }
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
        if (read == null || ((XtextResource) read.getSecond()).getParseResult() == null) {
            throw invalid("no .hvnet document " + uri + " in the workspace: open it first, or open its folder");
        }
        return work.apply((Document) read.getFirst(), (XtextResource) read.getSecond());
    }

    private static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
