// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.hvnet.dsl.ide.HvnetIdeSetup;
import org.hvnet.dsl.ide.quickfix.ParsedFileAccess;
import org.hvnet.dsl.ide.server.HvnetLanguageServer;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.testing.RecordingClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/**
 * The quick fixes of the language server, each as an editor uses it: the code action is offered for the rule's
 * diagnostic, its edit gives the expected text, and that text no longer has the finding (nor any error).
 */
class QuickFixTest {

    @TempDir
    Path workspace;

    private LanguageServerImpl server;
    private final RecordingClient client = new RecordingClient();

    @BeforeEach
    void startServer() throws Exception {
        server = HvnetLanguageServer.create();
        server.connect(client);
        InitializeParams params = new InitializeParams();
        params.setRootUri(workspace.toUri().toString());
        server.initialize(params).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    @AfterEach
    void stopServer() throws Exception {
        server.shutdown().get(60, TimeUnit.SECONDS);
    }

    /** The code actions offered for the first diagnostic of {@code rule} in {@code text}. */
    private List<CodeAction> actions(String fileName, String text, String rule) throws Exception {
        return actions(fileName, text, rule, "");
    }

    /** The code actions offered for the first diagnostic of {@code rule} on a line that holds {@code onLine}. */
    private List<CodeAction> actions(String fileName, String text, String rule, String onLine) throws Exception {
        Path file = Files.writeString(workspace.resolve(fileName), text);
        String uri = Json.uri(file);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "hvnet", 1, text)));
        List<Diagnostic> diagnostics = client.nextProblemsFor(fileName).getDiagnostics();
        List<String> lines = text.lines().toList();
        Diagnostic finding = diagnostics.stream()
                .filter(d -> rule.equals(d.getCode().getLeft()) && lines.get(d.getRange().getStart().getLine()).contains(onLine)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + diagnostics));
        List<Either<Command, CodeAction>> offered = server.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                finding.getRange(), new CodeActionContext(List.of(finding)))).get(60, TimeUnit.SECONDS);
        return offered.stream().map(Either::getRight).toList();
    }

    /** {@code text} with the edit of the action titled {@code title} applied. */
    private static String applied(String text, List<CodeAction> actions, String title) {
        CodeAction action = actions.stream().filter(a -> a.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no action '" + title + "' in " + actions.stream().map(CodeAction::getTitle).toList()));
        assertEquals("quickfix", action.getKind());
        return TextEditsApplied.apply(text, action.getEdit().getChanges().values().iterator().next());
    }

    /** Asserts that {@code fixed} parses, has no error and no finding of {@code rule}. */
    private static void assertFixed(String fixed, String rule) {
        LoadedModel model = HvnetTestFiles.load(Map.of("fixed.hvnet", fixed));
        assertEquals(List.of(), model.problems(), fixed);
        List<SourceProblem> problems = ModelValidation.validate(model);
        assertFalse(problems.stream().anyMatch(p -> p.rule().equals(rule)), () -> problems + "\n" + fixed);
        assertFalse(ModelValidation.hasErrors(problems), () -> problems + "\n" + fixed);
    }

    private static final String V4 = "Move the static IPv4 settings to the host vNIC that the install creates (rule V-4)";

    @Test
    void v4MovesTheSettingsToTheHostVnicTheInstallCreates() throws Exception {
        String text = HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet"));
        List<CodeAction> actions = actions("article.hvnet", text, "V-4");
        assertEquals(1, actions.size(), actions::toString);
        String fixed = applied(text, actions, V4);
        assertTrue(fixed.contains("switch \"Local Area Connection - Virtual Network\" external on \"Local Area Connection\" {"), fixed);
        assertTrue(fixed.contains("host-vnic \"Local Area Connection 3\" { ipv4 static 192.168.1.10/24 gateway 192.168.1.1 dns 192.168.1.2 }"),
                fixed);
        assertFixed(fixed, "V-4");
    }

    @Test
    void v4FillsAWrittenSwitch() throws Exception {
        String text = """
                topology Written
                network Office { subnet 192.168.1.0/24 router 192.168.1.1 }
                host HV01 platform hyperv-2008 {
                    nic eth0 cable Office { ipv4 static 192.168.1.10/24 gateway 192.168.1.1 }
                    install hyperv using eth0
                    switch Outside external on eth0
                }
                """;
        String fixed = applied(text, actions("written.hvnet", text, "V-4"), V4);
        assertEquals(text.replace("nic eth0 cable Office { ipv4 static 192.168.1.10/24 gateway 192.168.1.1 }", "nic eth0 cable Office { }")
                .replace("switch Outside external on eth0\n", "switch Outside external on eth0 {\n"
                        + "        host-vnic \"Local Area Connection 2\" { ipv4 static 192.168.1.10/24 gateway 192.168.1.1 }\n    }\n"), fixed);
        assertFixed(fixed, "V-4");
    }

    private static final String PRIVATE_LAB = """
            topology Lab
            host HV01 platform hyperv-2016 {
                switch Lab private
                vm DC01 { nic eth0 on Lab { ipv4 static 10.0.0.1/24 } }
                vm Web01 { nic eth0 on Lab { ipv4 dhcp } }
            }
            """;

    @Test
    void v5GivesAFreeStaticAddressOfTheSegment() throws Exception {
        String fixed = applied(PRIVATE_LAB, actions("static.hvnet", PRIVATE_LAB, "V-5"), "Give it a free static address of its segment (rule V-5)");
        assertEquals(PRIVATE_LAB.replace("vm Web01 { nic eth0 on Lab { ipv4 dhcp } }", "vm Web01 { nic eth0 on Lab { ipv4 static 10.0.0.2/24 } }"),
                fixed);
        assertFixed(fixed, "V-5");
    }

    @Test
    void v5RunsADhcpServerInAVmWithAStaticAddressOnTheSegment() throws Exception {
        String fixed = applied(PRIVATE_LAB, actions("dhcp.hvnet", PRIVATE_LAB, "V-5"),
                "Run a DHCP server for the segment in a VM that has a static address on it (rule V-5)");
        assertEquals(PRIVATE_LAB.replace("vm DC01 { nic eth0 on Lab { ipv4 static 10.0.0.1/24 } }",
                "vm DC01 { nic eth0 on Lab { ipv4 static 10.0.0.1/24 }\n        dhcp-server on eth0 range 10.0.0.2 - 10.0.0.101\n    }"), fixed);
        assertFixed(fixed, "V-5");
    }

    @Test
    void v5OnAnInternalSwitchWritesItsHostVnicWithAStaticAddress() throws Exception {
        String text = """
                topology Lab
                network Office { subnet 192.168.0.0/24 }
                host HV01 platform hyperv-2016 {
                    switch Lab internal
                    vm Web01 { nic eth0 on Lab }
                }
                """;
        List<CodeAction> actions = actions("internal.hvnet", text, "V-5", "switch Lab internal");
        assertEquals(1, actions.size(), "no VM has a static address there to run a DHCP server: " + actions);
        String fixed = applied(text, actions, "Give it a free static address of its segment (rule V-5)");
        assertEquals(text.replace("switch Lab internal\n",
                "switch Lab internal {\n        host-vnic \"vEthernet (Lab)\" { ipv4 static 192.168.1.1/24 }\n    }\n"), fixed);
        String second = applied(fixed, actions("internal2.hvnet", fixed, "V-5"), "Give it a free static address of its segment (rule V-5)");
        assertEquals(fixed.replace("vm Web01 { nic eth0 on Lab }", "vm Web01 { nic eth0 on Lab { ipv4 static 192.168.1.2/24 } }"), second);
        assertFixed(second, "V-5");
    }

    private static final String V8 = "Bind only the switch protocol and move the IPv4 settings to the switch's host vNIC (rule V-8)";

    @Test
    void v8BindsOnlyTheSwitchProtocolAndMovesTheSettingsToTheHostVnic() throws Exception {
        String text = """
                topology Uplinks
                network Corp { subnet 10.1.0.0/24 }
                host HV01 platform hyperv-2016 {
                    nic NIC1 cable Corp {
                        bind client, tcpip4
                        ipv4 static 10.1.0.5/24
                    }
                    switch Uplink external on NIC1
                }
                """;
        String fixed = applied(text, actions("uplink.hvnet", text, "V-8"), V8);
        assertEquals("""
                topology Uplinks
                network Corp { subnet 10.1.0.0/24 }
                host HV01 platform hyperv-2016 {
                    nic NIC1 cable Corp {
                        bind vswitch
                    }
                    switch Uplink external on NIC1 {
                        host-vnic "vEthernet (Uplink)" { ipv4 static 10.1.0.5/24 }
                    }
                }
                """, fixed);
        assertFixed(fixed, "V-8");
        assertTrue(ModelValidation.validate(HvnetTestFiles.load(Map.of("fixed.hvnet", fixed))).isEmpty(), "no A-5 either");
    }

    @Test
    void v8WritesTheBindLineWhereTheNicHadTheDefaultSet() throws Exception {
        String text = """
                topology Uplinks
                network Corp { }
                host HV01 platform hyperv-2016 {
                    nic NIC1 cable Corp
                    nic NIC2 cable Corp { ipv4 dhcp }
                    switch Uplink external on NIC1
                    switch Second external on NIC2
                }
                """;
        String fixed = applied(text, actions("default.hvnet", text, "V-8"), V8);
        assertEquals(text.replace("nic NIC1 cable Corp\n", "nic NIC1 cable Corp { bind vswitch }\n"), fixed);
        String second = applied(fixed, actions("default2.hvnet", fixed, "V-8"), V8);
        assertEquals(fixed.replace("nic NIC2 cable Corp { ipv4 dhcp }", "nic NIC2 cable Corp { bind vswitch }").replace("switch Second external on NIC2\n",
                "switch Second external on NIC2 {\n        host-vnic \"vEthernet (Second)\" { ipv4 dhcp }\n    }\n"), second);
        assertFixed(second, "V-8");
    }

    @Test
    void v9RenamesTheSecondElementToAFreeName() throws Exception {
        String text = """
                topology Names
                host HV01 platform hyperv-2016 {
                    switch Lab private
                    vm Web { nic eth0 on Lab }
                    vm Web { nic eth0 on Lab }
                    vm Web_2 { nic eth0 on Lab }
                }
                """;
        String fixed = applied(text, actions("names.hvnet", text, "V-9"), "Rename it to a free name (rule V-9)");
        assertEquals(text.replaceFirst("(?s)(vm Web \\{.*?\\n.*?)vm Web \\{", "$1vm Web_3 {"), fixed);
        assertFixed(fixed, "V-9");
    }

    @Test
    void theFixesWorkOnAParsedFileWithoutAServerAsTheWorkbenchUsesThem() throws Exception {
        String text = "topology Names\nhost HV01 platform hyperv-2016 {\n    vm Web { }\n    vm Web { }\n}\n";
        Injector injector = new HvnetIdeSetup().createInjectorAndDoEMFRegistration();
        XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class).createResource(URI.createURI("file:///names.hvnet"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        Document document = new Document(1, text);
        // as the Problems view makes it from a marker: the rule id as code, the marker's range, message and severity
        Diagnostic marker = new Diagnostic(new Range(new Position(3, 7), new Position(3, 10)), "the name Web is used twice", DiagnosticSeverity.Error,
                "hvnet", "V-9");
        ICodeActionService2.Options options = new ICodeActionService2.Options();
        options.setDocument(document);
        options.setResource(resource);
        options.setURI(resource.getURI().toString());
        options.setLanguageServerAccess(new ParsedFileAccess(resource, document));
        options.setCancelIndicator(() -> false);
        options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(options.getURI()), marker.getRange(),
                new CodeActionContext(List.of(marker))));
        List<CodeAction> actions = injector.getInstance(ICodeActionService2.class).getCodeActions(options).stream().map(Either::getRight).toList();
        assertEquals(text.replace("vm Web { }\n}", "vm Web_2 { }\n}"), applied(text, actions, "Rename it to a free name (rule V-9)"));
    }
}
