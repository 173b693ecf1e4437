// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON of {@code addresses}, {@code reach}, {@code trace} and {@code install} on every example equals the
 * golden file beside the tests (golden/cases.txt lists them; golden/regenerate.sh rewrites them after an
 * intended change).
 */
class GoldenJsonTest {

    static Path goldenDirectory() {
        return HvnetTestFiles.repositoryRoot().resolve("plugins/org.hvnet.cli.tests/golden");
    }

    static List<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(goldenDirectory().resolve("cases.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            cases.add(Arguments.of(fields[0], fields[1], List.of(Arrays.copyOfRange(fields, 2, fields.length))));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void outputEqualsGoldenFile(String command, String example, List<String> rest) throws IOException {
        String suffix = rest.isEmpty() ? "" : "-" + String.join("-", rest);
        String name = (command + suffix).replaceAll("[^A-Za-z0-9.-]", "_") + ".json";
        Path golden = goldenDirectory().resolve(example.replace(".hvnet", "")).resolve(name);
        String file = HvnetTestFiles.repositoryRoot().resolve("examples").resolve(example).toString();
        List<String> args = new ArrayList<>();
        args.add(command);
        args.add(file);
        switch (command) {
            case "install" -> args.addAll(List.of("--host", rest.get(0)));
            case "trace" -> args.addAll(rest);
            default -> {
            }
        }
        args.add("--json");
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        // the goldens are written from the repository root (regenerate.sh): diagnostics name examples/NAME.hvnet
        String out = run.out().replace(HvnetTestFiles.repositoryRoot() + "/", "");
        assertEquals(Files.readString(golden), out, () -> golden + " differs; " + run);
    }
}
