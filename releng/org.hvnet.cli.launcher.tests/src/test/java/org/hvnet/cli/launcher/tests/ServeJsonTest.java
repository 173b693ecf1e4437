// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.launcher.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.GsonNode;

/**
 * {@code hvnet serve --json}, which runs until stopped: through the launcher, the one JSON document it prints when the
 * server is up is what docs/schemas/serve.schema.json describes (the other subcommands' documents are checked in
 * process by org.hvnet.cli.tests).
 */
class ServeJsonTest {

    @TempDir
    Path dir;

    @Test
    void serveJsonIsOneDocumentItsSchemaAccepts() throws IOException, InterruptedException {
        Path lab = Files.copy(Launcher.ROOT.resolve("examples/article.hvnet"), dir.resolve("article.hvnet"));
        Process serve = new ProcessBuilder(Launcher.HVNET.toString(), "serve", lab.toString(), "--json").redirectError(dir.resolve("err.txt").toFile())
                .start();
        StringBuilder document = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                document.append(line).append('\n');
                if (line.equals("}")) {
                    break;
                }
            }
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
        JsonObject json = JsonParser.parseString(document.toString()).getAsJsonObject();
        assertEquals(lab.toString(), json.getAsJsonArray("files").get(0).getAsString(), document::toString);
        Validator validator = new ValidatorFactory().withJsonNodeFactory(new GsonNode.Factory()).createValidator();
        try (Stream<Path> schemas = Files.list(Launcher.ROOT.resolve("docs/schemas"))) {
            for (Path schema : schemas.toList()) {
                validator.registerSchema(Files.readString(schema));
            }
        }
        Validator.Result result = validator.validate(URI.create("https://hvnet.org/schemas/serve.schema.json"), document.toString());
        assertTrue(result.isValid(), () -> result.getErrors().stream().map(e -> e.getInstanceLocation() + ": " + e.getError()).toList()
                + "\n" + document);
    }
}
