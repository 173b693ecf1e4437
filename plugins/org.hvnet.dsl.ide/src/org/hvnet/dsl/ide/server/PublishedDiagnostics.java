// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.UriExtensions;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** The diagnostics the server last published for each document: what the user sees, for hovers to explain. */
@Singleton
public class PublishedDiagnostics {

    private final Map<URI, List<Diagnostic>> latest = new ConcurrentHashMap<>();

    @Inject
    private UriExtensions uris;

    /** {@code client}, with every {@code publishDiagnostics} sent through it remembered here. */
    LanguageClient recording(LanguageClient client) {
        return (LanguageClient) Proxy.newProxyInstance(LanguageClient.class.getClassLoader(), new Class<?>[] { LanguageClient.class },
                (proxy, method, arguments) -> {
                    if ("publishDiagnostics".equals(method.getName()) && arguments[0] instanceof PublishDiagnosticsParams params) {
                        latest.put(uris.toUri(params.getUri()), List.copyOf(params.getDiagnostics()));
                    }
                    try {
                        return method.invoke(client, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The diagnostics last published for {@code document} whose range holds {@code position}. */
    public List<Diagnostic> at(URI document, Position position) {
        return latest.getOrDefault(document, List.of()).stream().filter(d -> holds(d.getRange(), position)).toList();
    }

    private static boolean holds(Range range, Position position) {
        return range != null && position != null && !before(position, range.getStart()) && !before(range.getEnd(), position);
    }

    private static boolean before(Position a, Position b) {
        return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
    }
}
