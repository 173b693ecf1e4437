// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks.lsp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.hvnet.benchmarks.GeneratedTopology;
import org.hvnet.benchmarks.OutputFiles;

/**
 * Editing one line of a data-centre file in the language server: the file is the workspace, opened in the editor;
 * each edit changes the last number of a VM's static address in the middle of the file (and the next edit changes it
 * back), sent as an incremental {@code didChange} of that one line, and is timed from sending it to the server's two
 * {@code publishDiagnostics} for the file: the first (syntax and links, the rule findings before the edit moved along)
 * and the complete one (the rules run again). Prints one line of {@code key=value} cells: the median and the extremes
 * of the measured edits, after the warm-up edits, for the complete publication ({@code medianMs}...) and the first
 * ({@code firstMedianMs}...). Usage: {@code OneLineEdit HOSTS DIR HVNET [WARMUPS [EDITS]]}.
 */
public final class OneLineEdit {

    private static final Pattern STATIC_ADDRESS = Pattern.compile("ipv4 static \\d+\\.\\d+\\.\\d+\\.(\\d+)/");

    private OneLineEdit() {
    }

    /** Measures; the row goes to standard output, the edits to standard error. */
    public static void main(String[] args) throws Exception {
        int hosts = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]).toAbsolutePath().resolve("edit-" + hosts);
        Path hvnet = Path.of(args[2]).toAbsolutePath();
        int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int edits = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        Files.createDirectories(dir);
        Path file = dir.resolve("estate.hvnet");
        String text = GeneratedTopology.text(hosts);
        OutputFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        String uri = file.toUri().toString();
        List<String> lines = text.lines().toList();
        int line = editedLine(lines);
        Matcher address = STATIC_ADDRESS.matcher(lines.get(line));
        address.find();
        Range range = new Range(new Position(line, address.start(1)), new Position(line, address.end(1)));
        String[] values = { address.group(1), address.group(1).equals("7") ? "8" : "7" };
        System.err.println("# edited line " + (line + 1) + ": " + lines.get(line).strip());

        try (ServerProcess server = ServerProcess.start(hvnet, dir)) {
            long start = server.initializeSent();
            DiagnosticsLog.Published built = nextFor(server, uri);
            System.err.printf(Locale.ROOT, "# workspace built (from initialize, JVM start included): %.2f s, %d diagnostics%n", (built.nanos() - start) / 1e9, built.diagnostics());
            long opened = System.nanoTime();
            server.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "hvnet", 1, text)));
            DiagnosticsLog.Published openFirst = nextFor(server, uri);
            DiagnosticsLog.Published open = nextFor(server, uri);
            System.err.printf(Locale.ROOT, "# document opened: first publication %.2f s, complete %.2f s%n", (openFirst.nanos() - opened) / 1e9,
                    (open.nanos() - opened) / 1e9);
            double[] millis = new double[edits];
            double[] firstMillis = new double[edits];
            int diagnostics = 0;
            for (int edit = -warmUps; edit < edits; edit++) {
                int version = edit + warmUps + 2;
                String value = values[(edit + warmUps + 1) % 2];
                DidChangeTextDocumentParams change = new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                        List.of(new TextDocumentContentChangeEvent(range, value)));
                long sent = System.nanoTime();
                server.server().getTextDocumentService().didChange(change);
                DiagnosticsLog.Published first = nextFor(server, uri);
                DiagnosticsLog.Published complete = nextFor(server, uri);
                double elapsed = (complete.nanos() - sent) / 1e6;
                double firstElapsed = (first.nanos() - sent) / 1e6;
                diagnostics = complete.diagnostics();
                System.err.printf(Locale.ROOT, "# edit %d (%s): first %.0f ms (%d diagnostics), complete %.0f ms (%d diagnostics)%n", edit, value,
                        firstElapsed, first.diagnostics(), elapsed, diagnostics);
                if (edit >= 0) {
                    millis[edit] = elapsed;
                    firstMillis[edit] = firstElapsed;
                }
                range = new Range(range.getStart(), new Position(line, range.getStart().getCharacter() + value.length()));
            }
            Arrays.sort(millis);
            Arrays.sort(firstMillis);
            System.out.printf(Locale.ROOT,
                    "hosts=%d\tfileMB=%.2f\tdiagnostics=%d\tbuildS=%.2f\tmedianMs=%.0f\tminMs=%.0f\tmaxMs=%.0f\tfirstMedianMs=%.0f\tfirstMinMs=%.0f\tfirstMaxMs=%.0f\tedits=%d%n",
                    hosts, text.length() / 1e6, diagnostics, (built.nanos() - start) / 1e9, millis[edits / 2], millis[0], millis[edits - 1],
                    firstMillis[edits / 2], firstMillis[0], firstMillis[edits - 1], edits);
        }
    }

    /** The first line with a static address at or after the middle of the file. */
    private static int editedLine(List<String> lines) {
        for (int i = lines.size() / 2; i < lines.size(); i++) {
            if (STATIC_ADDRESS.matcher(lines.get(i)).find() && lines.get(i).contains("nic ")) {
                return i;
            }
        }
        throw new IllegalStateException("no static address to edit");
    }

    private static DiagnosticsLog.Published nextFor(ServerProcess server, String uri) throws InterruptedException {
        while (true) {
            DiagnosticsLog.Published next = server.diagnostics().next(ServerProcess.PATIENCE_SECONDS);
            if (sameDocument(next.uri(), uri)) {
                return next;
            }
        }
    }

    /** Xtext writes file URIs as {@code file:///path}, Java as {@code file:/path} or {@code file:///path}. */
    private static boolean sameDocument(String published, String sent) {
        return published.replaceFirst("^file:/+", "/").equals(sent.replaceFirst("^file:/+", "/"));
    }
}
