// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.model.Interface;
import org.hvnet.model.Topology;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.addresses.DhcpLeasePlanner;
import org.hvnet.simulation.snapshot.NetworkSnapshot;
import org.hvnet.simulation.snapshot.SnapshotBuilder;
import org.hvnet.simulation.traffic.AddressIndex;
import org.hvnet.simulation.traffic.PacketTracer;
import org.hvnet.simulation.traffic.ReachabilityAnalysis;
import org.hvnet.simulation.traffic.ReachabilitySummary;

/**
 * The in-process part of {@code run-end-to-end.sh} for one size: writes the generated model as .hvnet and XMI into
 * a folder, times each phase with {@link PhaseTimer}, and prints one line of tab-separated {@code key=value} cells.
 * Usage: {@code EndToEndRow HOSTS DIR}.
 */
public final class EndToEndRow {

    private static final int TRACES = 1000;

    private final Map<String, String> cells = new LinkedHashMap<>();

    private EndToEndRow() {
    }

    /** Measures one size; the row goes to standard output, notes to standard error. */
    public static void main(String[] args) throws IOException {
        int hosts = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        System.err.println("# in-process JVM: Java " + System.getProperty("java.version") + ", flags "
                + ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.println(new EndToEndRow().measure(hosts, dir));
    }

    private String measure(int hosts, Path dir) throws IOException {
        String text = GeneratedTopology.text(hosts);
        Path file = dir.resolve(GeneratedTopology.fileName(hosts));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        OutputFiles.write(file, bytes);
        GeneratedTopology.language();

        PhaseTimer.Timed<LoadedModel> parse = PhaseTimer.median(() -> GeneratedTopology.load(file, text));
        LoadedModel model = parse.result();
        List<Topology> written = model.topologies();
        put("hosts", hosts);
        put("vms", written.stream().mapToInt(t -> t.getHosts().stream().mapToInt(h -> h.getVms().size()).sum()).sum());
        put("interfaces", written.stream().mapToLong(EndToEndRow::interfaces).sum());
        put("fileMB", bytes.length / 1e6);
        put("parseMs", parse.millis());

        PhaseTimer.Timed<SimulatedModel> install = PhaseTimer.median(() -> SimulatedModel.of(written));
        put("installMs", install.millis());

        // as hvnet simulate: validation reuses the install's simulated model, whose segment index it computes
        PhaseTimer.Timed<List<SourceProblem>> validate = PhaseTimer.median(() -> SimulatedModel.of(written),
                fresh -> ModelValidation.validate(model, fresh));
        put("validateMs", validate.millis());
        System.err.println("# " + validate.result().size() + " problems, " + model.problems().size() + " from parsing and linking");

        SimulatedModel simulated = install.result();
        PhaseTimer.Timed<Map.Entry<NetworkSnapshot, AddressPlan>> addressed = PhaseTimer.median(() -> {
            NetworkSnapshot snapshot = SnapshotBuilder.build(simulated.uncached());
            return Map.entry(snapshot, DhcpLeasePlanner.plan(snapshot));
        });
        put("segmentsMs", addressed.millis());
        NetworkSnapshot snapshot = addressed.result().getKey();
        AddressPlan plan = addressed.result().getValue();
        AddressIndex index = new AddressIndex(snapshot, plan, snapshot.networkSubnets());

        PhaseTimer.Timed<ReachabilitySummary> reach = PhaseTimer.median(
                () -> ReachabilitySummary.of(snapshot, plan, index, new ReachabilityAnalysis(snapshot, plan, index)));
        put("reachMs", reach.millis());
        System.err.println("# reachability: " + reach.result().endpoints() + " endpoints, " + reach.result().reachablePairs()
                + " of " + reach.result().pairs() + " pairs reachable");

        TraceRounds.Result traces = TraceRounds.run(new PacketTracer(snapshot, plan, index), TracePairs.draw(snapshot, plan, TRACES));
        put("tracesMs", traces.totalMillis());
        put("traceMedianUs", traces.medianMicros());
        System.err.println("# traces: " + traces.delivered() + " of " + TRACES + " delivered");

        Path xmi = dir.resolve(file.getFileName() + ".xmi");
        XmiFiles.save(written.get(0), xmi);
        PhaseTimer.Timed<Topology> xmiLoad = PhaseTimer.median(() -> {
            try {
                return XmiFiles.load(xmi);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        put("xmiMs", xmiLoad.millis());
        put("heapMB", peakHeapBytes() / (1024.0 * 1024.0));
        put("file", file.toAbsolutePath());
        StringJoiner row = new StringJoiner("\t");
        cells.forEach((key, value) -> row.add(key + "=" + value));
        return row.toString();
    }

    private static long interfaces(Topology topology) {
        long count = 0;
        for (var contents = EcoreUtil.<Object>getAllContents(topology, false); contents.hasNext();) {
            count += contents.next() instanceof Interface ? 1 : 0;
        }
        return count;
    }

    /** The sum of the heap pools' peak usage since the JVM started. */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private void put(String key, Object value) {
        cells.put(key, value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(value));
    }
}
