// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.hvnet.dsl.ide.server.HvnetLanguageServer;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.testing.RecordingClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server as {@code hvnet lsp} runs it ({@link HvnetLanguageServer#run} over a pair of streams),
 * driven by an LSP client: diagnostics of a broken file, completion of names, document symbols.
 */
class LanguageServerTest {

    private static final long PATIENCE_SECONDS = 120;

    @TempDir
    Path workspace;

    private final RecordingClient client = new RecordingClient();
    private LanguageServer server;
    private PipedOutputStream toServer;
    private PipedOutputStream toClient;

    @BeforeEach
    void startServerAndInitialize() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        toClient = new PipedOutputStream(clientIn);
        Thread serverThread = new Thread(() -> HvnetLanguageServer.run(serverIn, toClient), "hvnet-lsp-under-test");
        serverThread.setDaemon(true);
        serverThread.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();

        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setRootUri(workspace.toUri().toString());
        TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
        textDocument.setDocumentSymbol(new DocumentSymbolCapabilities(null, false, true));
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(textDocument);
        params.setCapabilities(capabilities);
        InitializeResult result = server.initialize(params).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertNotNull(result.getCapabilities().getCompletionProvider());
        server.initialized(new InitializedParams());
    }

    @AfterEach
    void shutDown() throws Exception {
        server.shutdown().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        toServer.close();
        toClient.close();
    }

    private String open(String fileName, String text) throws IOException {
        Path file = Files.writeString(workspace.resolve(fileName), text);
        String uri = file.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "hvnet", 1, text)));
        return uri;
    }

    private List<String> completionLabels(String uri, Position position) throws Exception {
        Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), position)).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private static String message(Diagnostic diagnostic) {
        return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
    }

    @Test
    void brokenFileGetsADiagnosticAtTheUnknownKeyword() throws Exception {
        open("broken.hvnet", """
                topology T
                host HV01 platform hyperv-2008 {
                    swtich Lab internal
                }
                """);
        PublishDiagnosticsParams published = client.nextProblemsFor("broken.hvnet");
        Diagnostic diagnostic = published.getDiagnostics().get(0);
        assertEquals(DiagnosticSeverity.Error, diagnostic.getSeverity());
        assertEquals(new Range(new Position(2, 4), new Position(2, 10)), diagnostic.getRange());
        assertEquals("unexpected 'swtich', expected '}'", message(diagnostic));
    }

    @Test
    void unresolvedSwitchGetsALinkDiagnosticNamingIt() throws Exception {
        open("link.hvnet", """
                topology T
                host HV01 platform hyperv-2008 {
                    switch Lab internal
                    vm Web01 { nic eth0 on Lab2 }
                }
                """);
        Diagnostic diagnostic = client.nextProblemsFor("link.hvnet").getDiagnostics().get(0);
        assertEquals(new Range(new Position(3, 27), new Position(3, 31)), diagnostic.getRange());
        assertEquals("no switch 'Lab2' on host HV01", message(diagnostic));
    }

    @Test
    void completionAfterOnProposesExactlyTheHostsSwitches() throws Exception {
        String text = """
                topology T
                host HV01 platform hyperv-2008 {
                    switch Lab internal
                    switch Isolated private
                    vm Web01 { nic eth0 on  }
                }
                host HV02 platform hyperv-2012 {
                    switch Elsewhere private
                }
                """;
        String uri = open("complete.hvnet", text);
        String line = text.lines().toList().get(4);
        Position afterOn = new Position(4, line.indexOf(" on ") + 4);
        Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), afterOn)).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        Set<String> labels = items.stream().map(CompletionItem::getLabel).collect(Collectors.toSet());
        assertEquals(Set.of("Lab", "Isolated"), labels);
    }

    @Test
    void completionAfterCableProposesNetworksAndAfterExternalOnTheHostsNics() throws Exception {
        String text = """
                topology T
                network Corp { }
                network CorpMgmt { vlan 10 }
                host HV02 platform hyperv-2016 {
                    nic NIC1 cable Corp,\s
                    nic NIC2
                    switch Converged external on NIC1,\s
                }
                host Other platform hyperv-2016 { nic Elsewhere }
                """;
        String uri = open("names.hvnet", text);
        List<String> lines = text.lines().toList();
        assertEquals(Set.of("Corp", "CorpMgmt"), Set.copyOf(completionLabels(uri, new Position(4, lines.get(4).length()))));
        List<String> nics = completionLabels(uri, new Position(6, lines.get(6).length()));
        assertTrue(nics.containsAll(List.of("NIC1", "NIC2")) && !nics.contains("Elsewhere"), nics::toString);
    }

    @Test
    void documentSymbolsShowTheStatementsOfTodaysHyperV() throws Exception {
        String uri = open("today.hvnet", HvnetTestFiles.todaysHyperV());
        List<Either<SymbolInformation, DocumentSymbol>> result = server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        List<DocumentSymbol> all = new java.util.ArrayList<>();
        result.forEach(symbol -> collect(symbol.getRight(), all));
        Set<String> names = all.stream().map(DocumentSymbol::getName).collect(Collectors.toSet());
        assertTrue(names.containsAll(List.of("mac-pool 00-15-5D-0A-15-00 - 00-15-5D-0A-15-FF", "HV02.LabNat",
                "forward tcp 8080 to 172.20.0.10 port 80", "LAPTOP.Default Switch")), names::toString);
        DocumentSymbol eth0 = all.stream().filter(s -> s.getName().equals("Web.eth0")).findFirst().orElseThrow();
        assertEquals("on Converged, vlan access 20, dhcp-guard, router-guard, mac-spoofing", eth0.getDetail());
        assertEquals(List.of("acl deny in remote 10.0.0.0/8", "acl allow in remote 10.0.5.0/24"),
                eth0.getChildren().stream().map(DocumentSymbol::getName).toList());
        DocumentSymbol uplink = all.stream().filter(s -> s.getName().equals("Web.uplink")).findFirst().orElseThrow();
        assertEquals("on Converged, vlan trunk 10, 20, 30-39 native 10", uplink.getDetail());
        DocumentSymbol labNat = all.stream().filter(s -> s.getName().equals("HV02.LabNat")).findFirst().orElseThrow();
        assertEquals(List.of("forward tcp 8080 to 172.20.0.10 port 80"), labNat.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals("172.20.0.0/24", labNat.getDetail());
    }

    private static void collect(DocumentSymbol symbol, List<DocumentSymbol> all) {
        all.add(symbol);
        if (symbol.getChildren() != null) {
            symbol.getChildren().forEach(child -> collect(child, all));
        }
    }
}
