package org.hvnet.dsl.ide.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
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
 * element's text, and offers the V-4 quick fix, whose edit gives a file that parses and no longer triggers V-4.
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
        assertEquals(offsetOf(text, v4.getRange().getStart().getLine(), v4.getRange().getStart().getCharacter()), start);
        assertEquals(offsetOf(text, v4.getRange().getEnd().getLine(), v4.getRange().getEnd().getCharacter()), start + lostText.length());
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

    @Test
    void v4QuickFixMovesTheSettingsToTheHostVnic() throws Exception {
        Path file = workspace.resolve("article.hvnet");
        String text = HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet"));
        Files.writeString(file, text);
        Diagnostic v4 = diagnosticsOf(file).stream().filter(d -> "V-4".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uriOf(file)), v4.getRange(),
                new CodeActionContext(List.of(v4)));
        List<Either<Command, CodeAction>> actions = server.codeAction(params).get(60, TimeUnit.SECONDS);
        assertEquals(1, actions.size(), actions::toString);
        CodeAction action = actions.get(0).getRight();
        assertEquals("Move the static IPv4 settings to host vNIC 'Local Area Connection 3' (rule V-4)", action.getTitle());
        List<TextEdit> edits = action.getEdit().getChanges().values().iterator().next();
        String fixed = apply(text, edits);
        assertTrue(fixed.contains("switch \"Local Area Connection - Virtual Network\" external on \"Local Area Connection\" {"), fixed);
        assertTrue(fixed.contains("host-vnic \"Local Area Connection 3\" { ipv4 static 192.168.1.10/24 gateway 192.168.1.1 dns 192.168.1.2 }"),
                fixed);
        LoadedModel model = HvnetTestFiles.load(Map.of("fixed.hvnet", fixed));
        assertEquals(List.of(), model.problems(), fixed);
        List<SourceProblem> problems = ModelValidation.validate(model);
        assertFalse(problems.stream().anyMatch(p -> p.rule().equals("V-4")), () -> problems + "\n" + fixed);
        assertFalse(ModelValidation.hasErrors(problems), () -> problems + "\n" + fixed);
    }

    @Test
    void v4QuickFixFillsAWrittenSwitch() throws Exception {
        Path file = workspace.resolve("written.hvnet");
        String text = """
                topology Written
                network Office { subnet 192.168.1.0/24 router 192.168.1.1 }
                host HV01 platform hyperv-2008 {
                    nic eth0 cable Office { ipv4 static 192.168.1.10/24 gateway 192.168.1.1 }
                    install hyperv using eth0
                    switch Outside external on eth0
                }
                """;
        Files.writeString(file, text);
        Diagnostic v4 = diagnosticsOf(file).stream().filter(d -> "V-4".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        List<Either<Command, CodeAction>> actions = server.codeAction(new CodeActionParams(new TextDocumentIdentifier(uriOf(file)),
                v4.getRange(), new CodeActionContext(List.of(v4)))).get(60, TimeUnit.SECONDS);
        String fixed = apply(text, actions.get(0).getRight().getEdit().getChanges().values().iterator().next());
        assertTrue(fixed.contains("nic eth0 cable Office { }"), fixed);
        assertTrue(fixed.contains("switch Outside external on eth0 {\n        host-vnic \"Local Area Connection 2\" { ipv4 static 192.168.1.10/24 gateway 192.168.1.1 }\n    }"),
                fixed);
        List<SourceProblem> problems = ModelValidation.validate(HvnetTestFiles.load(Map.of("fixed.hvnet", fixed)));
        assertEquals(List.of(), problems, fixed);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.getRange().getStart().getLine())
                .thenComparingInt(d -> d.getRange().getStart().getCharacter()));
        return sorted;
    }

    private static int offsetOf(String text, int line, int character) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + character;
    }

    /** Applies LSP text edits (non-overlapping) to a text, last first. */
    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt((TextEdit e) -> offsetOf(text, e.getRange().getStart().getLine(), e.getRange().getStart().getCharacter())).reversed());
        String result = text;
        for (TextEdit edit : ordered) {
            int start = offsetOf(text, edit.getRange().getStart().getLine(), edit.getRange().getStart().getCharacter());
            int end = offsetOf(text, edit.getRange().getEnd().getLine(), edit.getRange().getEnd().getCharacter());
            result = result.substring(0, start) + edit.getNewText() + result.substring(end);
        }
        return result;
    }
}
