// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.hvnet.analysis.SimulatedModel;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.model.values.NameText;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.InterfaceAddress;
import org.hvnet.simulation.traffic.ResolvedEndpoint;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.testing.fuzz.FuzzTarget;

/**
 * The pipeline of {@code hvnet simulate} on any bytes (one file, or several cut at {@link #FILE_BREAK}): parse, link
 * and validate never throw (diagnostics are fine, each with a message, a file, a line and a column), and a model
 * that parses and links simulates without an exception, as the command simulates it (so every model that validates
 * without errors, and those with rule errors too): install, addresses, the reachability summary, every expectation,
 * and the traces between a bounded sample of endpoints (ports, endpoint text as a user writes it, addresses).
 */
final class ModelFuzzTarget implements FuzzTarget {

    /** How many interfaces the traced endpoints are drawn from (each traced to and from every other). */
    static final int ENDPOINT_SAMPLE = 4;

    /** The line that separates two files in one input (names resolve across them, as in a folder). */
    static final String FILE_BREAK = "//--- next file";

    private final AtomicLong simulated = new AtomicLong();
    private final AtomicLong valid = new AtomicLong();

    @Override
    public void fuzzerTestOneInput(byte[] data) {
        LoadedModel model = HvnetTestFiles.load(files(new String(data, StandardCharsets.UTF_8)));
        SimulatedModel install = model.hasErrors() ? null : SimulatedModel.of(model.topologies());
        List<SourceProblem> problems = ModelValidation.validate(model, install);
        for (SourceProblem problem : problems) {
            if (problem.message() == null || problem.message().isBlank() || problem.message().contains("internal error")
                    || problem.file() == null || problem.line() < 1 || problem.column() < 1) {
                throw new AssertionError("a problem without a proper message: " + problem);
            }
        }
        if (install != null) {
            simulate(Simulation.of(install));
            simulated.incrementAndGet();
            if (!ModelValidation.hasErrors(problems)) {
                valid.incrementAndGet();
            }
        }
    }

    /** The input's files: the text is cut at each line {@value #FILE_BREAK} into {@code 1.hvnet}, {@code 2.hvnet}, ... */
    static Map<String, String> files(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String part : text.split("\n" + FILE_BREAK + "\n", -1)) {
            files.put((files.size() + 1) + ".hvnet", part);
        }
        return files;
    }

    /** How many inputs so far parsed and linked, and were simulated; how many of them validated without errors. */
    String counts() {
        return simulated.get() + " inputs simulated (parsed and linked), " + valid.get() + " of them without rule errors";
    }

    private static void simulate(Simulation simulation) {
        List<InterfaceAddress> table = simulation.addressTable();
        simulation.reachabilitySummary();
        simulation.expectations();
        List<ResolvedEndpoint> sample = new ArrayList<>();
        int ports = simulation.snapshot().interfaceCount();
        for (int port = 0; port < ports && sample.size() < ENDPOINT_SAMPLE; port += Math.max(1, ports / ENDPOINT_SAMPLE)) {
            boolean addressed = simulation.addresses().hasAddress(port);
            sample.add(new ResolvedEndpoint(simulation.snapshot().label(port), port, addressed,
                    addressed ? simulation.addresses().address(port) : 0, false, null));
        }
        for (int row = 0; row < table.size(); row += Math.max(1, table.size() / ENDPOINT_SAMPLE)) {
            InterfaceAddress address = table.get(row);
            sample.add(simulation.endpoint(NameText.asWritten(address.owner()) + "." + NameText.asWritten(address.iface())));
            sample.add(simulation.endpoint(NameText.asWritten(address.owner())));
            if (address.address() != null) {
                sample.add(simulation.endpoint(address.address().replaceFirst("/.*", "")));
            }
        }
        sample.add(simulation.endpoint("8.8.8.8"));
        for (ResolvedEndpoint from : sample) {
            for (ResolvedEndpoint to : sample) {
                simulation.trace(from, to);
            }
        }
    }
}
