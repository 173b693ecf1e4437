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

/** {@code diagram FILE -o OUT.svg} and the usage of {@code serve}. */
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
    void serveRejectsABadPort() {
        CommandRun run = CommandRun.of("serve", "x.hvnet", "--port", "http");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--port"), run::toString);
    }
}
