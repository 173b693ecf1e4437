package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.server.DiagramServer;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TopologyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagram in headless Chromium (Debian's {@code /usr/bin/chromium}, driven by playwright-core from the client's
 * {@code e2e/*.e2e.mjs}): the article (rendering, palette, connecting, the file on disk, undo, markers in every layer,
 * a VM dragged to its host's edge, a deletion that takes expect lines, Fit, a trace through switch, NIC and network);
 * a generated estate of 50 hosts (the overview, expanding in place, host picker, search, show only, trace); every file
 * of a directory in one diagram; the SVG export against the screen (rendered by rsvg-convert); and a page of another
 * site that tries to read the files and open the websocket. Screenshots go to {@code target/e2e/}; {@code diagram.png}
 * and {@code estate-overview.png} are the pictures of the README, copied to {@code docs/images/} when the build runs
 * with {@code HVNET_UPDATE_SCREENSHOT=1}.
 */
class BrowserEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void editTheArticleInTheBrowser() throws Exception {
        Path file = ArticleCopy.open(dir).file();
        Path out = Path.of("target/e2e").toAbsolutePath();
        try (DiagramServer server = DiagramServer.start(List.of(file), HvnetTestFiles.injector(), 0)) {
            runScript("diagram.e2e.mjs", server.url(), file.toString(), out.toString());
        }
        ReadmePictures.update(out.resolve("diagram.png"), "diagram.png");
    }

    @Test
    void theEstateInTheBrowser() throws Exception {
        Path file = estate();
        Path out = Path.of("target/e2e").toAbsolutePath();
        try (DiagramServer server = DiagramServer.start(List.of(file), HvnetTestFiles.injector(), 0)) {
            runScript("estate.e2e.mjs", server.url(), file.toString(), out.toString());
        }
        ReadmePictures.update(out.resolve("estate-overview.png"), "estate.png");
    }

    @Test
    void theSvgExportIsTheScreen() throws Exception {
        Path article = ArticleCopy.open(dir).file();
        Path estate = estate();
        Path out = Path.of("target/e2e").toAbsolutePath();
        try (DiagramServer server = DiagramServer.start(List.of(article, estate), HvnetTestFiles.injector(), 0)) {
            for (Path file : List.of(article, estate)) {
                Path svg = dir.resolve(file.getFileName() + ".svg");
                Files.writeString(svg, TopologyDiagram.svg(TopologyDocument.open(file, HvnetTestFiles.injector())));
                runScript("svg-parity.e2e.mjs", server.url(), file.toString(), svg.toString(), out.toString(),
                        file.getFileName().toString().replace(".hvnet", ""));
            }
        }
    }

    @Test
    void everyFileOfADirectoryInOneDiagram() throws Exception {
        Path networks = dir.resolve("a-networks.hvnet");
        Path hosts = dir.resolve("b-hosts.hvnet");
        Files.writeString(networks, "topology Networks\n\nnetwork Office {\n    subnet 192.168.1.0/24\n    router 192.168.1.1 internet\n}\n");
        Files.writeString(hosts, "topology Hosts\n\nhost HV1 platform hyperv-2012 {\n    nic eth0 cable Office { bind vswitch }\n"
                + "    switch Ext external on eth0\n    vm Web { nic eth0 on Ext { ipv4 dhcp } }\n}\n");
        try (DiagramServer server = DiagramServer.start(List.of(networks, hosts), HvnetTestFiles.injector(), 0)) {
            runScript("directory.e2e.mjs", server.url(), networks.toString(), hosts.toString(), Path.of("target/e2e").toAbsolutePath().toString());
        }
    }

    /** A generated estate of 50 hosts with 4 VMs each (the seed of `hvnet generate`). */
    private Path estate() throws IOException {
        Path file = dir.resolve("estate50.hvnet");
        if (!Files.exists(file)) {
            Files.writeString(file, TopologyGenerator.generate(new GeneratorSettings(50, 4, 1)));
        }
        return file;
    }

    @Test
    void anotherSiteCannotReachTheServer() throws Exception {
        Path file = ArticleCopy.open(dir).file();
        try (DiagramServer server = DiagramServer.start(List.of(file), HvnetTestFiles.injector(), 0)) {
            runScript("cross-origin.e2e.mjs", server.url(), Path.of("target/e2e").toAbsolutePath().toString());
        }
    }

    /** Runs the client's end-to-end script {@code script} with {@code arguments}; every check in it must pass. */
    static void runScript(String script, String... arguments) throws Exception {
        Path client = HvnetTestFiles.repositoryRoot().resolve("plugins/org.hvnet.diagram/client");
        assertTrue(Files.isRegularFile(client.resolve("node_modules/playwright-core/package.json")),
                "the client's npm ci (org.hvnet.diagram build) installs playwright-core");
        assertTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Debian's chromium is installed (see .ci/run)");
        assertTrue(org.hvnet.diagram.export.PngRenderer.program().isPresent(), "librsvg's rsvg-convert is installed (see .ci/run)");
        Files.createDirectories(Path.of("target/e2e"));
        List<String> command = new java.util.ArrayList<>(List.of("node", client.resolve("e2e").resolve(script).toString()));
        command.addAll(List.of(arguments));
        Process node = new ProcessBuilder(command).directory(client.toFile()).redirectErrorStream(true).start();
        boolean ended = node.waitFor(300, TimeUnit.SECONDS);
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        if (!ended) {
            node.destroyForcibly();
        }
        assertTrue(ended, "the browser run ended in time:\n" + output);
        assertEquals(0, node.exitValue(), output);
        assertTrue(output.contains(" 0 failed"), output);
    }
}
