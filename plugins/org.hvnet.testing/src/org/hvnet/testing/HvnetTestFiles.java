// SPDX-License-Identifier: EPL-2.0
package org.hvnet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hvnet.dsl.HvnetStandaloneSetup;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.TopologyLoader;
import org.hvnet.model.Topology;

import com.google.inject.Injector;

/** Test access to the language: the injector, parsing texts, and the repository's example files. */
public final class HvnetTestFiles {

    private static Injector injector;

    private HvnetTestFiles() {
    }

    /** The language's injector, created once per test run. */
    public static synchronized Injector injector() {
        if (injector == null) {
            injector = HvnetStandaloneSetup.doSetup();
        }
        return injector;
    }

    /** Loads texts, each reported under its file name, into one resource set. */
    public static LoadedModel load(Map<String, String> textsByFile) {
        TopologyLoader loader = injector().getInstance(TopologyLoader.class);
        return loader.loadTexts(textsByFile.entrySet().stream().map(e -> Map.entry(Path.of(e.getKey()), e.getValue())).toList());
    }

    /** Loads one text as {@code test.hvnet}. */
    public static LoadedModel load(String text) {
        return load(Map.of("test.hvnet", text));
    }

    /** Parses one text that must load without problems, and returns its topology. */
    public static Topology parseClean(String text) {
        LoadedModel model = load(text);
        if (!model.problems().isEmpty()) {
            throw new AssertionError("unexpected problems: " + model.problems());
        }
        return model.topologies().get(0);
    }

    /** The repository root (system property {@code hvnet.root}, set by the build). */
    public static Path repositoryRoot() {
        return Path.of(System.getProperty("hvnet.root", "../..")).toAbsolutePath().normalize();
    }

    /** The .hvnet files in {@code examples/}, sorted by name. */
    public static List<Path> examples() {
        try (var files = Files.list(repositoryRoot().resolve("examples"))) {
            return files.filter(p -> p.toString().endsWith(".hvnet")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example of today's Hyper-V (every element of rules X-1..X-7), {@code today/todays-hyperv.hvnet}. */
    public static String todaysHyperV() {
        return resource(HvnetTestFiles.class, "today/todays-hyperv.hvnet");
    }

    /** The text of a test resource that lives beside {@code testClass}. */
    public static String resource(Class<?> testClass, String name) {
        try (var in = testClass.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("no test resource " + name + " beside " + testClass.getName());
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a file. */
    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
