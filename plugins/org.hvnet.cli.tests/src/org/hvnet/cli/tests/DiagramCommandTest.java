// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diagram FILES -o OUT.svg [--host H] [--format svg|png]} and the usage of {@code serve}. */
class DiagramCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportsTheArticleAsSvg() throws IOException {
        Path svg = dir.resolve("article.svg");
        Path article = HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet");
        CommandRun run = CommandRun.of("diagram", article.toString(), "-o", svg.toString());
        assertEquals(0, run.exitCode(), run::toString);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml"), text);
        assertTrue(text.contains("id=\"host:HV01\""), text);
        assertTrue(text.contains(">Web01</text>"), text);
    }

    @Test
    void diagramNeedsAnOutputAndOneFile() {
        assertEquals(2, CommandRun.of("diagram", "x.hvnet").exitCode());
        assertEquals(2, CommandRun.of("diagram").exitCode());
    }

    @Test
    void syntaxErrorsGiveNoDiagram() throws IOException {
        Path broken = dir.resolve("broken.hvnet");
        Files.writeString(broken, "topology T\nnetwork N {\n");
        Path svg = dir.resolve("broken.svg");
        CommandRun run = CommandRun.of("diagram", broken.toString(), "-o", svg.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("[syntax]"), run::toString);
        assertFalse(Files.exists(svg));
    }

    @Test
    void fiveGeneratedHostsGiveAFiniteDiagram() throws IOException {
        Path model = dir.resolve("five.hvnet");
        assertEquals(0, CommandRun.of("generate", "--hosts", "5", "--vms-per-host", "1", "-o", model.toString()).exitCode());
        Path svg = dir.resolve("five.svg");
        CommandRun run = CommandRun.of("diagram", model.toString(), "-o", svg.toString());
        assertEquals(0, run.exitCode(), run::toString);
        String text = Files.readString(svg);
        assertFalse(text.contains("NaN"), "no NaN coordinate in the SVG");
        assertTrue(text.contains("id=\"pnic:H00003/Management\""), text);
    }

    @Test
    void aMalformedLayoutSidecarIsIgnoredWithOneWarning() throws IOException {
        Path model = dir.resolve("article.hvnet");
        Files.copy(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet"), model);
        Path sidecar = dir.resolve("article.hvnet.layout.json");
        Files.writeString(sidecar, "{\"version\": 1, \"positions\": {\"vm:HV01/Web01\": {\"x\": \"left\", \"y\": 1}}}");
        Path svg = dir.resolve("article.svg");
        CommandRun run = CommandRun.of("diagram", model.toString(), "-o", svg.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(1, run.err().split(sidecar + ": WARNING: ignored", -1).length - 1, run::toString);
        assertFalse(run.err().contains("internal error"), run::toString);
        assertTrue(Files.readString(svg).contains("id=\"vm:HV01/Web01\""));
    }

    @Test
    void hostExportsOneHostsDetailAndNamesAHostThatIsNot() throws IOException {
        Path model = dir.resolve("eight.hvnet");
        assertEquals(0, CommandRun.of("generate", "--hosts", "8", "--vms-per-host", "2", "-o", model.toString()).exitCode());
        Path svg = dir.resolve("h3.svg");
        CommandRun run = CommandRun.of("diagram", model.toString(), "--host", "H00003", "-o", svg.toString());
        assertEquals(0, run.exitCode(), run::toString);
        String text = Files.readString(svg);
        assertTrue(text.contains("id=\"vm:H00003/H00003V01\"") && text.contains("id=\"network:Lan0\""), "the host drawn whole, with its network");
        assertFalse(text.contains("id=\"host:H00001\""), "no other host");
        CommandRun missing = CommandRun.of("diagram", model.toString(), "--host", "H99", "-o", dir.resolve("none.svg").toString());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("--host H99: no host of that name"), missing::toString);
        assertEquals(2, CommandRun.of("diagram", model.toString(), "--format", "jpeg", "-o", svg.toString()).exitCode());
    }

    @Test
    void aGeneratedEstateExportsAsTheOverview() throws IOException {
        Path model = dir.resolve("fifty.hvnet");
        assertEquals(0, CommandRun.of("generate", "--hosts", "50", "--vms-per-host", "2", "-o", model.toString()).exitCode());
        Path svg = dir.resolve("fifty.svg");
        assertEquals(0, CommandRun.of("diagram", model.toString(), "-o", svg.toString()).exitCode());
        String text = Files.readString(svg);
        assertEquals(50, text.split("class=\"hv-node host host-compact\"", -1).length - 1, "fifty compact hosts");
        assertFalse(text.contains("id=\"vm:"), "no VM drawn in the overview");
        assertFalse(text.contains("<style"), "styles are attributes");
    }

    @Test
    void pngGoesThroughRsvgConvert() throws IOException {
        Path png = dir.resolve("article.png");
        Path article = HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet");
        CommandRun run = CommandRun.of("diagram", article.toString(), "-o", png.toString());
        if (!onPath("rsvg-convert")) {
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("rsvg-convert is needed"), run::toString);
            return;
        }
        assertEquals(0, run.exitCode(), run::toString);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG file");
        try (var listing = Files.list(dir)) {
            assertEquals(java.util.List.of("article.png"), listing.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    private static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder.isEmpty() ? "." : folder, program)));
    }

    @Test
    void aDirectoryIsOneDiagram() throws IOException {
        Files.writeString(dir.resolve("a.hvnet"), "topology A\nnetwork Office { subnet 10.0.0.0/24 }\n");
        Files.writeString(dir.resolve("b.hvnet"), "topology B\nhost HV1 platform hyperv-2012 { nic eth0 cable Office { bind vswitch } }\n");
        Path svg = dir.resolve("out").resolve("dir.svg");
        Files.createDirectories(svg.getParent());
        CommandRun run = CommandRun.of("diagram", dir.toString(), "-o", svg.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.readString(svg).contains("id=\"edge:cable&gt;pnic:HV1/eth0\""), "the cable across the files is drawn");
    }

    @Test
    void serveRejectsABadPort() {
        CommandRun run = CommandRun.of("serve", "x.hvnet", "--port", "http");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--port"), run::toString);
    }

    @Test
    void serveChangesTakesTwoModels() {
        CommandRun run = CommandRun.of("serve", "--changes", "x.hvnet");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("serve --changes takes two models, OLD and NEW"), run::toString);
    }

    @Test
    void serveChangesRefusesAnOldVersionThatDoesNotLink() throws IOException {
        Path old = dir.resolve("old.hvnet");
        Path now = dir.resolve("new.hvnet");
        Files.writeString(old, "topology A\nhost HV1 platform hyperv-2012 { nic eth0 cable Nowhere }\n");
        Files.writeString(now, "topology A\nnetwork Office { subnet 10.0.0.0/24 }\n");
        CommandRun run = CommandRun.of("serve", "--changes", old.toString(), now.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(old + ": cannot be compared: it has syntax or link errors"), run::toString);
        assertTrue(run.err().contains("old.hvnet:2:"), "the problem is printed with its place: " + run);
    }
}
