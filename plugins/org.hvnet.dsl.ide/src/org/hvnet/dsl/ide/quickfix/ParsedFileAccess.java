// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.quickfix;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What the quick fixes read outside a language server (the workbench's Problems view): one parsed file and its
 * text, in the resource set it was parsed in with its siblings. There is no client and no index.
 */
public final class ParsedFileAccess implements ILanguageServerAccess {

    private final XtextResource resource;
    private final Document document;

    /** Access to {@code resource}, parsed from {@code document}'s text. */
    public ParsedFileAccess(XtextResource resource, Document document) {
        this.resource = resource;
        this.document = document;
    }

    @Override
    public <T> T doSyncRead(String uri, Function<Context, T> function) {
        return function.apply(new Context(resource, document, true, CancelIndicator.NullImpl));
    }

    @Override
    public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
        return CompletableFuture.completedFuture(doSyncRead(uri, function));
    }

    @Override
    public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
        throw new UnsupportedOperationException("a parsed file has no index");
    }

    @Override
    public void addBuildListener(IBuildListener listener) {
        // a parsed file is never rebuilt
    }

    @Override
    public LanguageClient getLanguageClient() {
        return null;
    }

    @Override
    public ResourceSet newLiveScopeResourceSet(URI uri) {
        return resource.getResourceSet();
    }

    @Override
    public InitializeParams getInitializeParams() {
        return null;
    }

    @Override
    public InitializeResult getInitializeResult() {
        return null;
    }
}
