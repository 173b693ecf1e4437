// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The JMH table of docs/benchmarks.md: every phase benchmark at every size, in rounds, each round one fork per
 * benchmark and size with the sizes of a benchmark run one after the other. On this shared 2-core machine a phase's
 * time drifts by tens of percent over minutes, so a plain JMH run, which measures all forks of a size before the next
 * size, can show a growth per doubling that is only the drift; interleaving puts every size into every round. The
 * cell is the median of all measured shots of all rounds (for the trace, the median of the rounds' p0.50), then the
 * growth per doubling and its geometric mean, marked {@code ✗} above {@value EndToEndTable#GROWTH_TARGET}.
 * Usage: {@code InterleavedJmh TABLE [ROUNDS [WARMUPS [ITERATIONS [SIZES...]]]]} (defaults 3, 20, 10, 250 500 1000 2000);
 * the table goes to the file TABLE (written whole at the end) and to standard output, after JMH's log.
 */
public final class InterleavedJmh {

    private static final List<Class<?>> BENCHMARKS = List.of(ParseAndLinkBenchmark.class, ValidateBenchmark.class,
            InstallBenchmark.class, SegmentsAndAddressesBenchmark.class, ReachabilitySummaryBenchmark.class, TraceBenchmark.class,
            XmiLoadBenchmark.class);

    private InterleavedJmh() {
    }

    /** Runs the rounds and prints the table on standard output (after JMH's own log) and into the file. */
    public static void main(String[] args) throws RunnerException, IOException {
        Path tableFile = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        String[] sizes = args.length > 4 ? Arrays.copyOfRange(args, 4, args.length) : new String[] { "250", "500", "1000", "2000" };
        Map<String, Map<String, List<Double>>> shots = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Class<?> benchmark : BENCHMARKS) {
                System.out.printf("# round %d of %d: %s%n", round, rounds, benchmark.getSimpleName());
                ChainedOptionsBuilder options = new OptionsBuilder().include("^" + benchmark.getName() + "\\.").param("hosts", sizes)
                        .forks(1).shouldDoGC(true);
                if (benchmark != TraceBenchmark.class) { // the trace samples over timed iterations: its own settings
                    options.warmupIterations(warmups).measurementIterations(iterations);
                }
                for (RunResult run : new Runner(options.build()).run()) {
                    collect(run, shots);
                }
            }
        }
        String table = String.format(Locale.ROOT, "%d rounds; single-shot phases: %d warm-up and %d measured shots per fork; trace: p0.50 in µs%n%n",
                rounds, warmups, iterations) + table(shots, sizes);
        Files.createDirectories(tableFile.toAbsolutePath().getParent());
        OutputFiles.write(tableFile, table.getBytes(StandardCharsets.UTF_8));
        System.out.println(table);
    }

    private static void collect(RunResult run, Map<String, Map<String, List<Double>>> shots) {
        String name = run.getParams().getBenchmark();
        name = name.substring(name.lastIndexOf('.') + 1);
        String hosts = run.getParams().getParam("hosts");
        List<Double> values = shots.computeIfAbsent(name, k -> new LinkedHashMap<>()).computeIfAbsent(hosts, k -> new ArrayList<>());
        for (BenchmarkResult fork : run.getBenchmarkResults()) {
            if (name.equals("trace")) {
                values.add(fork.getPrimaryResult().getStatistics().getPercentile(50));
                continue;
            }
            for (IterationResult iteration : fork.getIterationResults()) {
                values.add(iteration.getPrimaryResult().getScore());
            }
        }
    }

    /** The markdown table: one row per benchmark, the median per size, the growth per doubling and its mean. */
    static String table(Map<String, Map<String, List<Double>>> shots, String[] sizes) {
        StringBuilder text = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("benchmark"));
        header.addAll(Arrays.asList(sizes));
        for (int i = 1; i < sizes.length; i++) {
            header.add("×2 " + sizes[i - 1] + "→" + sizes[i]);
        }
        header.add("×2 mean");
        text.append(row(header)).append('\n');
        text.append(row(header.stream().map(h -> h.equals("benchmark") ? "---" : "---:").toList())).append('\n');
        shots.forEach((name, bySize) -> {
            List<String> cells = new ArrayList<>(List.of(name.equals("trace") ? "trace (µs, p0.50)" : name + " (ms)"));
            double[] medians = Arrays.stream(sizes).mapToDouble(size -> median(bySize.getOrDefault(size, List.of()))).toArray();
            for (double median : medians) {
                cells.add(number(median));
            }
            for (int i = 1; i < medians.length; i++) {
                cells.add(growth(medians[i] / medians[i - 1]));
            }
            cells.add(growth(Math.pow(medians[medians.length - 1] / medians[0], 1.0 / (medians.length - 1))));
            text.append(row(cells)).append('\n');
        });
        return text.toString();
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }

    private static String growth(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio) + (ratio > EndToEndTable.GROWTH_TARGET ? " ✗" : "");
    }

    private static String row(List<String> cells) {
        StringJoiner joiner = new StringJoiner(" | ", "| ", " |");
        cells.forEach(joiner::add);
        return joiner.toString();
    }
}
