// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests.bundles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hvnet.testing.HvnetTestFiles;

/** The repository's bundles as their manifests and sources say: required bundles, exported packages, imported types. */
final class BundleManifests {

    /** One exported package: its name, whether it is x-internal, and the friends an x-friends directive names. */
    record Export(String bundle, String pkg, boolean internal, List<String> friends) {

        /** True when {@code user} may use it: the bundle itself, any bundle for API, the friends for x-friends. */
        boolean allows(String user) {
            return user.equals(bundle) || (!internal && friends == null) || (friends != null && friends.contains(user));
        }
    }

    private static final Pattern TYPE_REFERENCE = Pattern.compile("(?<![\\w.])(org\\.hvnet(?:\\.[a-z]\\w*)+)\\.[A-Z]\\w*");

    private BundleManifests() {
    }

    /** The bundle folders of plugins/, by name. */
    static List<String> bundles() {
        try (Stream<Path> folders = Files.list(plugins())) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("META-INF/MANIFEST.MF")))
                    .map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest header {@code name} of {@code bundle}, continuation lines joined; "" when absent. */
    static String header(String bundle, String name) {
        String manifest = HvnetTestFiles.read(plugins().resolve(bundle).resolve("META-INF/MANIFEST.MF")).replace("\n ", "");
        Matcher header = Pattern.compile("^" + Pattern.quote(name) + ": (.*)$", Pattern.MULTILINE).matcher(manifest);
        return header.find() ? header.group(1) : "";
    }

    /** The clauses of a header such as Require-Bundle, split at the commas outside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            quoted ^= c == '"';
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        if (!clause.isEmpty()) {
            clauses.add(clause.toString().strip());
        }
        return clauses;
    }

    /** The bundles {@code bundle} requires, by symbolic name. */
    static List<String> required(String bundle) {
        return clauses(header(bundle, "Require-Bundle")).stream().map(clause -> clause.split(";")[0]).toList();
    }

    /** Every package an HVNet bundle exports, by package name. */
    static Map<String, Export> exports() {
        Map<String, Export> exports = new LinkedHashMap<>();
        for (String bundle : bundles()) {
            for (String clause : clauses(header(bundle, "Export-Package"))) {
                String pkg = clause.split(";")[0];
                Matcher friends = Pattern.compile("x-friends:=\"([^\"]*)\"").matcher(clause);
                exports.put(pkg, new Export(bundle, pkg, clause.contains("x-internal:=true"),
                        friends.find() ? List.of(friends.group(1).split(",")) : null));
            }
        }
        return exports;
    }

    /** The HVNet packages whose types the Java sources of {@code bundle} name (imports and qualified names). */
    static List<String> packagesUsed(String bundle) {
        Path src = plugins().resolve(bundle).resolve("src");
        if (!Files.isDirectory(src)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(file -> file.toString().endsWith(".java")).flatMap(file -> {
                Matcher reference = TYPE_REFERENCE.matcher(HvnetTestFiles.read(file));
                List<String> packages = new ArrayList<>();
                while (reference.find()) {
                    packages.add(reference.group(1));
                }
                return packages.stream();
            }).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plugins/ folder of the repository. */
    static Path plugins() {
        return HvnetTestFiles.repositoryRoot().resolve("plugins");
    }
}
