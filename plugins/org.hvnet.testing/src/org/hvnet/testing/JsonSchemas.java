// SPDX-License-Identifier: EPL-2.0
package org.hvnet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.GsonNode;

/**
 * A JSON Schema 2020-12 validator (dev.harrel json-schema, Gson as its JSON provider) with schemas registered by file:
 * the command's schemas of docs/schemas, for the tests of every bundle that contributes a subcommand.
 */
public final class JsonSchemas {

    /** Where the command's schemas are. */
    public static final Path DIRECTORY = HvnetTestFiles.repositoryRoot().resolve("docs/schemas");
    /** The base of their {@code $id}s. */
    public static final String BASE = "https://hvnet.org/schemas/";

    private final Validator validator = new ValidatorFactory().withJsonNodeFactory(new GsonNode.Factory()).createValidator();

    /** A validator with every schema of docs/schemas registered under its {@code $id}. */
    public static JsonSchemas ofTheCommand() {
        JsonSchemas schemas = new JsonSchemas();
        for (Path file : files()) {
            schemas.validator.registerSchema(read(file));
        }
        return schemas;
    }

    /** A validator with one schema registered under {@code uri}. */
    public static JsonSchemas of(URI uri, Path file) {
        JsonSchemas schemas = new JsonSchemas();
        schemas.validator.registerSchema(uri, read(file));
        return schemas;
    }

    /** The schema files of docs/schemas. */
    public static List<Path> files() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of {@code document} against the schema {@code uri}, one line each; empty when it is valid. */
    public List<String> errors(URI uri, String document) {
        Validator.Result result = validator.validate(uri, document);
        return result.getErrors().stream().map(JsonSchemas::line).toList();
    }

    /** The errors against docs/schemas/{@code name}.schema.json. */
    public List<String> errors(String name, String document) {
        return errors(URI.create(BASE + name + ".schema.json"), document);
    }

    private static String line(Error error) {
        return error.getInstanceLocation() + ": " + error.getError() + " (" + error.getSchemaLocation() + ")";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
