// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks.lsp;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language server opening a workspace of many files: from {@code initialize} (sent as soon as the server process
 * has started; Xtext's server builds the folder while it initializes) until it has published the diagnostics of every
 * file. The time includes the start of the server's JVM. Each run is a fresh server process on the same
 * files; prints one line of {@code key=value} cells with the median run. Usage:
 * {@code WorkspaceOpening HOSTS FILES DIR HVNET [RUNS]}.
 */
public final class WorkspaceOpening {

    private WorkspaceOpening() {
    }

    /** Measures; the row goes to standard output. */
    public static void main(String[] args) throws Exception {
        int hosts = Integer.parseInt(args[0]);
        int fileCount = Integer.parseInt(args[1]);
        Path dir = SplitEstate.folder(Path.of(args[2]), hosts, fileCount);
        Path hvnet = Path.of(args[3]).toAbsolutePath();
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        List<Path> files = SplitEstate.write(dir, hosts, fileCount);
        double[] seconds = new double[runs];
        int diagnostics = 0;
        for (int run = 0; run < runs; run++) {
            try (ServerProcess server = ServerProcess.start(hvnet, dir)) {
                long start = server.initializeSent();
                Map<String, Integer> published = new HashMap<>();
                long last = start;
                while (published.size() < files.size()) {
                    DiagnosticsLog.Published next = server.diagnostics().next(ServerProcess.PATIENCE_SECONDS);
                    published.put(next.uri(), next.diagnostics());
                    last = next.nanos();
                }
                seconds[run] = (last - start) / 1e9;
                diagnostics = published.values().stream().mapToInt(Integer::intValue).sum();
                System.err.printf(Locale.ROOT, "# run %d: %.2f s, %d diagnostics in %d files%n", run + 1, seconds[run], diagnostics,
                        published.size());
            }
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "hosts=%d\tfiles=%d\tdiagnostics=%d\topenS=%.2f\tminS=%.2f\tmaxS=%.2f%n", hosts, files.size(),
                diagnostics, seconds[runs / 2], seconds[0], seconds[runs - 1]);
    }
}
