// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.hvnet.dsl.ide.server.HvnetLanguageServer;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.testing.RecordingClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server in process: it publishes every rule finding with the rule id as the diagnostic code at the
 * element's text.
 */
class RuleDiagnosticsTest {

    @TempDir
    Path workspace;

    private LanguageServerImpl server;
    private final RecordingClient client = new RecordingClient();

    @BeforeEach
    void startServer() {
        server = HvnetLanguageServer.create();
        server.connect(client);
    }

    @AfterEach
    void stopServer() throws Exception {
        server.shutdown().get(60, TimeUnit.SECONDS);
    }

    private List<Diagnostic> diagnosticsOf(Path file) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setRootUri(workspace.toUri().toString());
        server.initialize(params).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        String uri = uriOf(file);
        // an editor opens a document before it asks for code actions
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "hvnet", 1, Files.readString(file))));
        return client.nextProblemsFor(file.getFileName().toString()).getDiagnostics();
    }

    private String uriOf(Path file) {
        // Xtext writes file URIs as file:///path
        return file.toUri().toString().replaceFirst("^file:/(?!/)", "file:///");
    }

    @Test
    void everyFindingIsPublishedWithItsRuleIdAsCode() throws Exception {
        Path file = workspace.resolve("article.hvnet");
        String text = HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet"));
        Files.writeString(file, text);
        List<Diagnostic> diagnostics = sorted(diagnosticsOf(file));
        LoadedModel model = HvnetTestFiles.load(Map.of(file.toString(), text));
        List<SourceProblem> expected = ModelValidation.validate(model);
        assertEquals(expected.size(), diagnostics.size(), diagnostics::toString);
        for (int i = 0; i < expected.size(); i++) {
            Diagnostic diagnostic = diagnostics.get(i);
            assertEquals(expected.get(i).rule(), diagnostic.getCode().getLeft());
            assertEquals(expected.get(i).line(), diagnostic.getRange().getStart().getLine() + 1);
            assertEquals(expected.get(i).column(), diagnostic.getRange().getStart().getCharacter() + 1);
            assertEquals(expected.get(i).message(), diagnostic.getMessage().getLeft());
            assertEquals(DiagnosticSeverity.Warning, diagnostic.getSeverity());
        }
        Diagnostic v4 = diagnostics.get(0);
        assertEquals("V-4", v4.getCode().getLeft());
        String lostText = "ipv4 static 192.168.1.10/24 gateway 192.168.1.1 dns 192.168.1.2";
        int start = text.indexOf(lostText);
        assertEquals(TextEditsApplied.offsetOf(text, v4.getRange().getStart().getLine(), v4.getRange().getStart().getCharacter()), start);
        assertEquals(TextEditsApplied.offsetOf(text, v4.getRange().getEnd().getLine(), v4.getRange().getEnd().getCharacter()), start + lostText.length());
    }

    @Test
    void errorsOfLinkAndRulesCarryTheirCodes() throws Exception {
        Path file = workspace.resolve("broken.hvnet");
        Files.writeString(file, """
                topology Broken
                host HV01 platform hyperv-2008 {
                    switch Lab internal { host-vnic Mgmt { ipv4 static 10.0.0.1/24 } }
                    switch Isolated private { host-vnic Spy }
                    rras nat public Nowhere private Mgmt
                }
                """);
        List<Diagnostic> diagnostics = diagnosticsOf(file);
        List<String> codes = diagnostics.stream().map(d -> d.getCode().getLeft() + "@" + (d.getRange().getStart().getLine() + 1))
                .sorted().toList();
        assertEquals(List.of("V-2@4", "link@5"), codes, diagnostics::toString);
        assertTrue(diagnostics.stream().allMatch(d -> d.getSeverity() == DiagnosticSeverity.Error));
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.getRange().getStart().getLine())
                .thenComparingInt(d -> d.getRange().getStart().getCharacter()));
        return sorted;
    }
}
