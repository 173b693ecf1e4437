// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests.sarif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hvnet.testing.HvnetTestFiles;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Microsoft's SARIF Multitool 5.7.0 from npm (plugins/org.hvnet.cli.tests/sarif-schema, installed by the build): the
 * official SARIF 2.1.0 schema it publishes, and its {@code validate} command, which checks a log against the schema
 * and the SARIF rules of the specification.
 */
final class SarifMultitool {

    /** Where npm installed it. */
    static final Path HOME = HvnetTestFiles.repositoryRoot()
            .resolve("plugins/org.hvnet.cli.tests/sarif-schema/node_modules/@microsoft/sarif-multitool-linux");
    /** The official schema. */
    static final Path SCHEMA = HOME.resolve("sarif-2.1.0.json");

    private SarifMultitool() {
    }

    /** What {@code Sarif.Multitool validate} finds at level error or warning in the log, one line each. */
    static List<String> problems(Path log) throws IOException, InterruptedException {
        Path tool = HOME.resolve("Sarif.Multitool");
        tool.toFile().setExecutable(true);
        Path report = log.resolveSibling(log.getFileName() + ".validation.sarif");
        Process process = new ProcessBuilder(tool.toString(), "validate", log.toString(), "--output", report.toString(), "--log",
                "ForceOverwrite").redirectErrorStream(true).redirectOutput(log.resolveSibling("multitool.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Sarif.Multitool validate did not finish in 180 s");
        }
        if (process.exitValue() != 0 || !Files.exists(report)) {
            throw new IOException("Sarif.Multitool validate failed: " + Files.readString(log.resolveSibling("multitool.log")));
        }
        List<String> problems = new ArrayList<>();
        JsonObject validation = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
        for (JsonElement element : validation.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")) {
            JsonObject result = element.getAsJsonObject();
            String level = result.has("level") ? result.get("level").getAsString() : "warning";
            if (level.equals("error") || level.equals("warning")) {
                problems.add(result.get("ruleId").getAsString() + " " + level + ": " + result.get("message"));
            }
        }
        return problems;
    }
}
