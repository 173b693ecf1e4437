// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.hvnet.dsl.ide.server.HvnetLanguageServer;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.testing.RecordingClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server opening a folder of files whose findings span files (the rules run once for all of them):
 * it publishes for each file exactly the findings the command line reports for that file.
 */
class WorkspaceDiagnosticsTest {

    @TempDir
    Path workspace;

    private final RecordingClient client = new RecordingClient();
    private LanguageServerImpl server;

    @AfterEach
    void stopServer() throws Exception {
        server.shutdown().get(60, TimeUnit.SECONDS);
    }

    @Test
    void eachFileGetsTheCommandLinesFindingsForIt() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a-networks.hvnet", """
                topology Networks
                network Office { subnet 192.168.1.0/24 router 192.168.1.1 }
                host HV01 platform hyperv-2012 {
                    nic eth0 cable Office { ipv4 static 192.168.1.10/24 gateway 192.168.1.1 }
                    vm Web01 { }
                }
                """);
        files.put("b-second.hvnet", """
                topology Second
                host HV02 platform hyperv-2012 {
                    nic eth0 cable Office { ipv4 static 192.168.1.10/24 gateway 192.168.1.1 }
                    vm Web01 { }
                }
                """);
        files.put("c-expectations.hvnet", """
                topology Expectations
                expect address HV01.eth0 static
                expect address HV02.eth9 static
                """);
        Map<String, String> byPath = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = Files.writeString(workspace.resolve(file.getKey()), file.getValue());
            byPath.put(path.toString(), file.getValue());
        }
        List<SourceProblem> expected = ModelValidation.validate(HvnetTestFiles.load(byPath));
        assertTrue(expected.stream().map(SourceProblem::rule).distinct().count() >= 3, expected::toString);

        server = HvnetLanguageServer.create();
        server.connect(client);
        InitializeParams params = new InitializeParams();
        params.setRootUri(workspace.toUri().toString());
        server.initialize(params).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        Map<String, PublishDiagnosticsParams> published = client.nextForEach(files.size());

        for (String path : byPath.keySet()) {
            String fileName = Path.of(path).getFileName().toString();
            PublishDiagnosticsParams forFile = published.values().stream().filter(p -> p.getUri().endsWith("/" + fileName)).findFirst()
                    .orElseThrow(() -> new AssertionError("nothing published for " + fileName + ": " + published.keySet()));
            List<String> lsp = new ArrayList<>();
            for (Diagnostic diagnostic : forFile.getDiagnostics()) {
                lsp.add(diagnostic.getCode().getLeft() + "@" + (diagnostic.getRange().getStart().getLine() + 1) + ":"
                        + (diagnostic.getRange().getStart().getCharacter() + 1) + " " + diagnostic.getMessage().getLeft());
            }
            List<String> cli = expected.stream().filter(p -> p.file().equals(path))
                    .map(p -> p.rule() + "@" + p.line() + ":" + p.column() + " " + p.message()).toList();
            assertEquals(cli.stream().sorted().toList(), lsp.stream().sorted().toList(), fileName);
        }
    }
}
