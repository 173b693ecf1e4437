// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hvnet.testing.CommandRun;

/** Runs {@code hvnet import} on fixture inventories, as a user would, and reads what it wrote. */
final class ImportRuns {

    /** The fixtures that are one host each, and the estate's three hosts imported together. */
    static final List<String> GOOD_IMPORTS = List.of("2008r2-win32-only", "2012r2-external-host-vnic.json", "2016-nat-switch.json",
            "2019-set-vlans", "2022-cluster-node.json", "win11-default-switch.json", "acls-and-guards.json",
            "estate/HV-A.json estate/HV-B.json estate/HV-C");

    private ImportRuns() {
    }

    /** {@code hvnet import FIXTURES -o DIR/NAME.hvnet}, which must succeed; the text written. */
    static String imported(Path dir, String name, String fixtures) {
        Path out = dir.resolve(name + ".hvnet");
        CommandRun run = run(fixtures, "-o", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        return read(out);
    }

    /** {@code hvnet import FIXTURES EXTRA...}: the fixtures (space-separated, below the inventories folder) first. */
    static CommandRun run(String fixtures, String... extra) {
        List<String> args = new ArrayList<>(List.of("import"));
        for (String fixture : fixtures.split(" ")) {
            args.add(Inventories.fixture(fixture).toString());
        }
        args.addAll(List.of(extra));
        return CommandRun.of(args.toArray(String[]::new));
    }

    /** A file's text. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name for a fixture list: its first fixture without folder and extension. */
    static String nameOf(String fixtures) {
        String first = fixtures.split(" ")[0];
        String base = first.contains("/") ? first.substring(0, first.indexOf('/')) : first;
        return base.replace(".json", "");
    }
}
