// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hvnet.cli.Subcommand;
import org.hvnet.cli.Subcommands;
import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.testing.JsonSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonParser;

/**
 * Every subcommand's real {@code --json} output, on a clean model and on models with errors, is exactly one JSON
 * document that its schema in docs/schemas accepts; every subcommand with {@code --json} has a schema. The interop
 * bundle's {@code import} and {@code export} are run on the examples and on the interop tests' fixture inventories.
 */
class JsonSchemaTest {

    @TempDir
    static Path dir;

    private static final JsonSchemas SCHEMAS = JsonSchemas.ofTheCommand();

    @BeforeAll
    static void files() throws IOException {
        Files.writeString(dir.resolve("broken.hvnet"), "topology T\nnetwork N { subnet 10.0.0.0/24\n");
        Files.writeString(dir.resolve("dup.hvnet"), HvnetTestFiles.read(HvnetTestFiles.repositoryRoot()
                .resolve("plugins/org.hvnet.validation.tests/cases/V6_DUPLICATE_ADDRESS.hvnet")));
        Files.writeString(dir.resolve("failing.hvnet"), HvnetTestFiles.read(example("article.hvnet"))
                .replace("expect address Web01.eth0 10.0.0.100", "expect address Web01.eth0 10.0.0.101"));
    }

    private static Path example(String name) {
        return HvnetTestFiles.repositoryRoot().resolve("examples").resolve(name);
    }

    /** An inventory (file or directory) of the interop tests' fixtures. */
    private static String inventory(String name) {
        return HvnetTestFiles.repositoryRoot().resolve("plugins/org.hvnet.interop.tests/inventories").resolve(name).toString();
    }

    static List<Arguments> runs() {
        String article = example("article.hvnet").toString();
        String examples = example("").toString();
        String broken = dir.resolve("broken.hvnet").toString();
        String dup = dir.resolve("dup.hvnet").toString();
        String failing = dir.resolve("failing.hvnet").toString();
        String out = dir.resolve("out").toString();
        List<Arguments> runs = new ArrayList<>();
        for (String file : List.of(article, broken, dup)) {
            runs.add(Arguments.of("validate", List.of("validate", file, "--json")));
            runs.add(Arguments.of("addresses", List.of("addresses", file, "--json")));
            runs.add(Arguments.of("reach", List.of("reach", file, "--json")));
            runs.add(Arguments.of("reach-summary", List.of("reach", file, "--summary", "--json")));
            runs.add(Arguments.of("check", List.of("check", file, "--json")));
            runs.add(Arguments.of("install", List.of("install", file, "--host", "HV01", "--json")));
            runs.add(Arguments.of("simulate", List.of("simulate", file, "--json")));
            runs.add(Arguments.of("simulate", List.of("simulate", file, "--summary", "--json")));
            runs.add(Arguments.of("format", List.of("format", file, "--check", "--json")));
            runs.add(Arguments.of("convert", List.of("convert", file, "--to", "xmi", "--json")));
        }
        runs.add(Arguments.of("trace", List.of("trace", article, "Web01", "8.8.8.8", "--json")));
        runs.add(Arguments.of("trace", List.of("trace", article, "Db01", "HV01", "--json")));
        runs.add(Arguments.of("trace", List.of("trace", broken, "Web01", "8.8.8.8", "--json")));
        runs.add(Arguments.of("trace", List.of("trace", dup, "A", "B", "--json")));
        runs.add(Arguments.of("check", List.of("check", failing, "--json")));
        runs.add(Arguments.of("diff", List.of("diff", article, failing, "--json")));
        runs.add(Arguments.of("diff", List.of("diff", article, article, "--json")));
        runs.add(Arguments.of("diff", List.of("diff", article, dup, "--json")));
        runs.add(Arguments.of("diff", List.of("diff", article, "--install", "--json")));
        runs.add(Arguments.of("check", List.of("check", examples, "--json")));
        runs.add(Arguments.of("simulate", List.of("simulate", failing, "--json")));
        runs.add(Arguments.of("install", List.of("install", article, "--host", "HV01", "-o", out + ".hvnet", "--json")));
        runs.add(Arguments.of("format", List.of("format", article, "--json")));
        runs.add(Arguments.of("convert", List.of("convert", article, "--to", "xmi", "-o", out + ".xmi", "--json")));
        runs.add(Arguments.of("generate", List.of("generate", "--hosts", "2", "--vms-per-host", "1", "--json")));
        runs.add(Arguments.of("generate", List.of("generate", "--hosts", "2", "--vms-per-host", "1", "-o", out + "-gen.hvnet", "--json")));
        runs.add(Arguments.of("diagram", List.of("diagram", article, "-o", out + ".svg", "--json")));
        runs.add(Arguments.of("diagram", List.of("diagram", broken, "-o", out + "-broken.svg", "--json")));
        runs.add(Arguments.of("diagram", List.of("diagram", article, "--host", "HV01", "-o", out + "-host.png", "--json")));
        String converged = example("converged-set-2022.hvnet").toString();
        runs.add(Arguments.of("export", List.of("export", article, "--host", "HV01", "--to", "inventory", "--json")));
        runs.add(Arguments.of("export", List.of("export", converged, "--host", "HV22", "--to", "powershell", "--json")));
        runs.add(Arguments.of("export", List.of("export", converged, "--host", "HV22", "--to", "inventory", "-o", out + ".json", "--json")));
        runs.add(Arguments.of("export", List.of("export", broken, "--host", "HV01", "--to", "inventory", "--json")));
        runs.add(Arguments.of("import", List.of("import", inventory("2016-nat-switch.json"), "--json")));
        runs.add(Arguments.of("import", List.of("import", inventory("acls-and-guards.json"), inventory("2019-set-vlans"), "--json")));
        runs.add(Arguments.of("import", List.of("import", inventory("estate/HV-A.json"), inventory("estate/HV-B.json"),
                inventory("estate/HV-C"), "-o", out + "-estate.hvnet", "--json")));
        runs.add(Arguments.of("help", List.of("help", "--json")));
        runs.add(Arguments.of("help", List.of("help", "trace", "--json")));
        runs.add(Arguments.of("version", List.of("version", "--json")));
        return runs;
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("runs")
    void outputIsOneDocumentThatItsSchemaAccepts(String schema, List<String> args) {
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run::toString);
        assertTrue(JsonParser.parseString(run.out()).isJsonObject(), run::toString); // one document: trailing text fails the parse
        List<String> errors = SCHEMAS.errors(schema, run.out());
        assertEquals(List.of(), errors, run::toString);
    }

    @Test
    void everySubcommandWithJsonHasASchemaAndEverySchemaIsTested() {
        Set<String> tested = new HashSet<>();
        runs().forEach(arguments -> tested.add((String) arguments.get()[0]));
        tested.addAll(Set.of("common", "serve")); // serve blocks: releng/org.hvnet.cli.launcher.tests checks it through the launcher
        Set<String> schemas = new HashSet<>();
        JsonSchemas.files().forEach(file -> schemas.add(file.getFileName().toString().replace(".schema.json", "")));
        for (Subcommand command : Subcommands.all()) {
            if (command.options().stream().anyMatch(option -> option.names().contains("--json"))) {
                assertTrue(schemas.contains(command.name()), () -> "docs/schemas/" + command.name() + ".schema.json is missing");
            }
        }
        assertEquals(schemas, tested, "every schema is checked against real output");
    }

    @Test
    void aSchemaRejectsWhatTheContractForbids() {
        CommandRun run = CommandRun.of("addresses", example("article.hvnet").toString(), "--json");
        assertEquals(List.of(), SCHEMAS.errors("addresses", run.out()));
        assertFalse(SCHEMAS.errors("addresses", run.out().replace("\"source\": \"dhcp\"", "\"source\": \"DHCP\"")).isEmpty());
        assertFalse(SCHEMAS.errors("addresses", run.out().replace("\"severity\": \"WARNING\"", "\"severity\": \"warning\"")).isEmpty());
        assertFalse(SCHEMAS.errors("addresses", "{\"version\": \"1.0.0\", \"diagnostics\": []}").isEmpty(), "interfaces are required without errors");
        assertFalse(SCHEMAS.errors("validate", "{\"diagnostics\": []}").isEmpty(), "the version is required");
    }
}
