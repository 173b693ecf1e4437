// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.testing.JsonSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code validate --format sarif} against the official SARIF 2.1.0 schema (from Microsoft's SARIF Multitool on npm,
 * never written by hand) and against the multitool's own validator, on logs with relative and absolute paths,
 * syntax, link and rule problems, and none.
 */
class SarifSchemaTest {

    private static final URI SCHEMA = URI.create("https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-schema-2.1.0.json");

    @TempDir
    static Path dir;

    private static JsonSchemas schemas;

    @BeforeAll
    static void setUp() throws IOException {
        assertTrue(Files.isRegularFile(SarifMultitool.SCHEMA), SarifMultitool.SCHEMA + " is missing: the build installs it with npm ci"
                + " (plugins/org.hvnet.cli.tests/pom.xml, profile sarif-schema)");
        schemas = JsonSchemas.of(SCHEMA, SarifMultitool.SCHEMA);
        Files.writeString(dir.resolve("broken.hvnet"), "topology T\nnetwork N { subnet 10.0.0.0/24\n    rooter 1.2.3.4\n}\n");
        Files.writeString(dir.resolve("dup.hvnet"), HvnetTestFiles.read(HvnetTestFiles.repositoryRoot()
                .resolve("plugins/org.hvnet.validation.tests/cases/V6_DUPLICATE_ADDRESS.hvnet")));
        Files.writeString(dir.resolve("names.hvnet"), "topology L\nnetwork Office { subnet 192.168.1.0/24 }\n"
                + "host \"HV 01\" platform hyperv-2012 {\n    nic LAN cable Ofice\n    rras nat public \"Nope 1\" private LAN\n}\n");
    }

    @ParameterizedTest
    @ValueSource(strings = { "examples/article.hvnet", "broken.hvnet", "dup.hvnet", "names.hvnet", "examples" })
    void logIsValidSarif(String input) throws IOException, InterruptedException {
        Path file = input.startsWith("examples") ? HvnetTestFiles.repositoryRoot().resolve(input) : dir.resolve(input);
        CommandRun run = CommandRun.of("validate", "--format", "sarif", file.toString());
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run::toString);
        assertEquals(List.of(), schemas.errors(SCHEMA, run.out()), run::toString);
        Path log = dir.resolve(file.getFileName() + ".sarif");
        Files.writeString(log, run.out());
        assertEquals(List.of(), SarifMultitool.problems(log), run::toString);
    }
}
