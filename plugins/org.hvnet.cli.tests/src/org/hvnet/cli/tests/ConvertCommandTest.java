// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert}: .hvnet → XMI → .hvnet gives an equal model, for every example. */
class ConvertCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyExampleSurvivesTheRoundTripThroughXmi() throws IOException {
        for (Path example : HvnetTestFiles.examples()) {
            Path xmi = dir.resolve(example.getFileName() + ".xmi");
            Path back = dir.resolve(example.getFileName().toString());
            CommandRun toXmi = CommandRun.of("convert", example.toString(), "--to", "xmi", "-o", xmi.toString());
            assertEquals(0, toXmi.exitCode(), toXmi::toString);
            assertTrue(Files.readString(xmi).contains("http://hvnet.org/topology/1.0"), example::toString);
            CommandRun toHvnet = CommandRun.of("convert", xmi.toString(), "--to", "hvnet", "-o", back.toString());
            assertEquals(0, toHvnet.exitCode(), toHvnet::toString);
            Topology original = HvnetTestFiles.parseClean(HvnetTestFiles.read(example));
            Topology converted = HvnetTestFiles.parseClean(Files.readString(back));
            assertTrue(EcoreUtil.equals(List.of(original), List.of(converted)), () -> example + " changed through XMI:\n" + toHvnet);
        }
    }

    @Test
    void todaysHyperVSurvivesTheRoundTripThroughXmi() throws IOException {
        Path example = dir.resolve("today.hvnet");
        Files.writeString(example, HvnetTestFiles.todaysHyperV());
        Path xmi = dir.resolve("today.xmi");
        Path back = dir.resolve("back.hvnet");
        assertEquals(0, CommandRun.of("convert", example.toString(), "--to", "xmi", "-o", xmi.toString()).exitCode());
        assertTrue(Files.readString(xmi).contains("30-39"), () -> read(xmi));
        CommandRun toHvnet = CommandRun.of("convert", xmi.toString(), "--to", "hvnet", "-o", back.toString());
        assertEquals(0, toHvnet.exitCode(), toHvnet::toString);
        assertTrue(EcoreUtil.equals(List.of(HvnetTestFiles.parseClean(HvnetTestFiles.todaysHyperV())),
                List.of(HvnetTestFiles.parseClean(Files.readString(back)))), () -> read(back));
    }

    private static String read(Path file) {
        return HvnetTestFiles.read(file);
    }

    @Test
    void badTargetsAndBrokenInputs() throws IOException {
        String article = HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet").toString();
        assertEquals(2, CommandRun.of("convert", article).exitCode());
        assertEquals(2, CommandRun.of("convert", article, "--to", "json").exitCode());
        Path notXmi = dir.resolve("not.xmi");
        Files.writeString(notXmi, "this is not XML");
        CommandRun run = CommandRun.of("convert", notXmi.toString(), "--to", "hvnet");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith(notXmi + ": not an XMI topology"), run::toString);
        Path broken = dir.resolve("broken.hvnet");
        Files.writeString(broken, "topology T\nnetwork N {\n");
        assertEquals(1, CommandRun.of("convert", broken.toString(), "--to", "xmi").exitCode());
    }
}
