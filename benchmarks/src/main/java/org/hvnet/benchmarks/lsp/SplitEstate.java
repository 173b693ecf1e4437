// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hvnet.benchmarks.GeneratedTopology;
import org.hvnet.benchmarks.OutputFiles;

/**
 * A generated data centre written as a folder of files, as a team would keep an estate: the networks in the first
 * file, the hosts spread evenly over all files, the expectations in the last; names resolve across the files.
 * Usage: {@code SplitEstate HOSTS FILES DIR} (prints the folder written, {@code DIR/workspace-HOSTS-in-FILES}).
 */
public final class SplitEstate {

    private SplitEstate() {
    }

    /** Writes the folder of the usage line and prints its path. */
    public static void main(String[] args) throws IOException {
        int hosts = Integer.parseInt(args[0]);
        int files = Integer.parseInt(args[1]);
        Path dir = folder(Path.of(args[2]), hosts, files);
        write(dir, hosts, files);
        System.out.println(dir);
    }

    /** The folder of a data centre of {@code hosts} hosts in {@code files} files under {@code parent}. */
    public static Path folder(Path parent, int hosts, int files) {
        return parent.toAbsolutePath().resolve("workspace-" + hosts + "-in-" + files);
    }

    /** Writes {@code files} files {@code part-NN.hvnet} of a data centre of {@code hosts} hosts into {@code dir}. */
    public static List<Path> write(Path dir, int hosts, int files) throws IOException {
        List<String> networks = new ArrayList<>();
        List<String> hostBlocks = new ArrayList<>();
        List<String> expectations = new ArrayList<>();
        blocks(GeneratedTopology.text(hosts), networks, hostBlocks, expectations);
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (int part = 0; part < files; part++) {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "topology Part%02d\n", part + 1));
            if (part == 0) {
                networks.forEach(block -> text.append('\n').append(block));
            }
            int from = hostBlocks.size() * part / files;
            int to = hostBlocks.size() * (part + 1) / files;
            hostBlocks.subList(from, to).forEach(block -> text.append('\n').append(block));
            if (part == files - 1 && !expectations.isEmpty()) {
                text.append('\n');
                expectations.forEach(text::append);
            }
            Path file = dir.resolve(String.format(Locale.ROOT, "part-%02d.hvnet", part + 1));
            OutputFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
            written.add(file);
        }
        return written;
    }

    /** Splits the generator's text into its top-level blocks (each with its closing line) and expectation lines. */
    private static void blocks(String text, List<String> networks, List<String> hosts, List<String> expectations) {
        StringBuilder block = null;
        List<String> target = null;
        for (String line : text.split("\n", -1)) {
            if (block == null) {
                if (line.startsWith("network ") || line.startsWith("host ")) {
                    block = new StringBuilder();
                    target = line.startsWith("network ") ? networks : hosts;
                } else if (line.startsWith("expect ")) {
                    expectations.add(line + "\n");
                    continue;
                } else {
                    continue;
                }
            }
            block.append(line).append('\n');
            if (line.equals("}")) {
                target.add(block.toString());
                block = null;
            }
        }
    }
}
