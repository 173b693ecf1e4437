// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hvnet.testing.HvnetTestFiles;

/**
 * The fuzzer's seed corpus of .hvnet texts: the examples, every lab of the test bundles and templates
 * ({@code plugins/**}{@code /*.hvnet}, build output left out) and each {@code hvnet} block of README.md and docs/, in
 * a fixed order.
 */
final class HvnetSeeds {

    private static final Pattern BLOCK = Pattern.compile("```hvnet\\R(.*?)```", Pattern.DOTALL);

    private HvnetSeeds() {
    }

    /** The seed texts, encoded as UTF-8. */
    static List<byte[]> all() {
        Path root = HvnetTestFiles.repositoryRoot();
        List<byte[]> seeds = new ArrayList<>();
        HvnetTestFiles.examples().forEach(file -> seeds.add(bytes(file)));
        try (Stream<Path> files = Files.walk(root.resolve("plugins"))) {
            files.filter(file -> file.toString().endsWith(".hvnet") && !file.toString().contains("/target/")
                    && !file.toString().contains("/bin/")).sorted().forEach(file -> seeds.add(bytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> documents = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path document : documents) {
            Matcher block = BLOCK.matcher(HvnetTestFiles.read(document));
            while (block.find()) {
                seeds.add(block.group(1).getBytes(StandardCharsets.UTF_8));
            }
        }
        return List.copyOf(seeds);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
