// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.Topology;
import org.hvnet.analysis.install.InstallTransformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/** Rule I-5 through the command: the written topology parses, equals the transformation's model, and a second install changes nothing. */
class InstallRoundTripTest {

    @Test
    void i5InstallOutputParsesEqualsAndIsIdempotent(@TempDir Path directory) throws IOException {
        for (String[] example : new String[][] { { "article.hvnet", "HV01" }, { "install-2008-vs-2012.hvnet", "OLD" },
                { "install-2008-vs-2012.hvnet", "NEW" }, { "hosted-vs-hyperv.hvnet", "DESK01" } }) {
            Path input = HvnetTestFiles.repositoryRoot().resolve("examples").resolve(example[0]);
            Path output = directory.resolve("installed-" + example[1] + ".hvnet");
            CommandRun first = CommandRun.of("install", input.toString(), "--host", example[1], "-o", output.toString(), "--json");
            assertEquals(0, first.exitCode(), first::toString);
            assertTrue(JsonParser.parseString(first.out()).getAsJsonObject().get("changed").getAsBoolean());

            LoadedModel reparsed = HvnetTestFiles.load(Files.readString(output));
            assertEquals(List.of(), reparsed.problems(), () -> "output does not parse:\n" + read(output));
            LoadedModel original = HvnetTestFiles.load(Files.readString(input));
            Topology expected = InstallTransformation.applyTo(original.topologies(), example[1], List.of()).topologies().get(0);
            assertTrue(new EcoreUtil.EqualityHelper().equals(expected, reparsed.topologies().get(0)), () -> "differs:\n" + read(output));

            CommandRun second = CommandRun.of("install", output.toString(), "--host", example[1], "--json");
            assertEquals(0, second.exitCode(), second::toString);
            assertFalse(JsonParser.parseString(second.out()).getAsJsonObject().get("changed").getAsBoolean(), second::toString);
            assertEquals(0, CommandRun.of("check", output.toString()).exitCode(), "the installed lab keeps its expectations");
        }
    }

    @Test
    void determinismTwoRunsGiveByteIdenticalJson() {
        for (Path example : HvnetTestFiles.examples()) {
            for (String command : new String[] { "addresses", "reach", "check" }) {
                String first = CommandRun.of(command, example.toString(), "--json").out();
                String second = CommandRun.of(command, example.toString(), "--json").out();
                assertEquals(first, second, command + " " + example);
                assertFalse(first.isBlank());
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
