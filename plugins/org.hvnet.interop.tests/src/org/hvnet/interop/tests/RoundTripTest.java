// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.interop.export.HostExport;
import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips through the command: every Hyper-V host of a model exported as an inventory and all imported again give
 * the model back as far as an inventory carries it ({@link ModelFacts}: the hosts as the simulation sees them, planned
 * installs applied), with expectations that hold; and a fixture's import, exported and imported again, is the same
 * text.
 */
class RoundTripTest {

    static final List<String> FIXTURES = ImportRuns.GOOD_IMPORTS;

    @TempDir
    Path dir;

    static Stream<Path> models() throws java.io.IOException {
        Path today = java.nio.file.Files.createTempFile("todays-hyperv", ".hvnet");
        java.nio.file.Files.writeString(today, HvnetTestFiles.todaysHyperV());
        return Stream.concat(HvnetTestFiles.examples().stream(), Stream.of(today));
    }

    @ParameterizedTest
    @MethodSource("models")
    void importOfTheExportedInventoriesGivesTheModelBack(Path model) {
        LoadedModel written = HvnetTestFiles.load(Map.of(model.toString(), HvnetTestFiles.read(model)));
        List<String> hosts = HostExport.hostNames(written.topologies());
        List<String> args = new ArrayList<>(List.of("import"));
        for (String host : hosts) {
            Path inventory = dir.resolve(host + ".json");
            CommandRun export = CommandRun.of("export", model.toString(), "--host", host, "--to", "inventory", "-o", inventory.toString());
            assertEquals(0, export.exitCode(), export::toString);
            args.add(inventory.toString());
        }
        Path imported = dir.resolve("imported.hvnet");
        args.addAll(List.of("-o", imported.toString()));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::toString);
        LoadedModel back = HvnetTestFiles.load(Map.of(imported.toString(), HvnetTestFiles.read(imported)));
        assertFalse(back.hasErrors(), back.problems()::toString);
        assertEquals(String.join("\n", ModelFacts.of(written.topologies(), Set.copyOf(hosts))),
                String.join("\n", ModelFacts.of(back.topologies(), Set.copyOf(hosts))), model + " → " + HvnetTestFiles.read(imported));
        CommandRun check = CommandRun.of("check", imported.toString());
        assertEquals(0, check.exitCode(), check::toString);
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void aFixturesImportExportedAndImportedAgainIsTheSameText(String fixtures) {
        String first = ImportRuns.imported(dir, "first", fixtures);
        LoadedModel model = HvnetTestFiles.load(Map.of(dir.resolve("first.hvnet").toString(), first));
        List<String> args = new ArrayList<>(List.of("import"));
        for (String host : HostExport.hostNames(model.topologies())) {
            Path inventory = dir.resolve(host + ".json");
            CommandRun export = CommandRun.of("export", dir.resolve("first.hvnet").toString(), "--host", host, "--to", "inventory", "-o",
                    inventory.toString());
            assertEquals(0, export.exitCode(), export::toString);
            assertTrue(export.err().isEmpty(), "an imported model has nothing an inventory cannot carry: " + export.err());
            args.add(inventory.toString());
        }
        args.addAll(List.of("-o", dir.resolve("first.hvnet").toString().replace("first", "second")));
        CommandRun again = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(first.replaceFirst("topology first", ""), ImportRuns.read(dir.resolve("second.hvnet")).replaceFirst("topology second", ""));
    }
}
