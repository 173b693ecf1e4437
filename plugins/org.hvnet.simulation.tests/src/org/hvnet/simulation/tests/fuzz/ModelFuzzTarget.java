package org.hvnet.simulation.tests.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * The pipeline of {@code hvnet simulate} on any bytes: parse, link and validate never throw (diagnostics are fine,
 * each with a message), and a model that parses and links simulates without an exception, as the command simulates
 * it (so every model that validates without errors, and those with rule errors too): install, addresses, the
 * reachability summary, every expectation, and the traces between a bounded sample of endpoints (ports, endpoint
 * text as a user writes it, addresses).
 */
final class ModelFuzzTarget implements FuzzTarget {

    /** How many interfaces the traced endpoints are drawn from (each traced to and from every other). */
    static final int ENDPOINT_SAMPLE = 4;

    private final AtomicLong simulated = new AtomicLong();
    private final AtomicLong valid = new AtomicLong();

    @Override
    public void fuzzerTestOneInput(byte[] data) {
        LoadedModel model = HvnetTestFiles.load(Map.of("fuzz.hvnet", new String(data, StandardCharsets.UTF_8)));
        SimulatedModel install = model.hasErrors() ? null : SimulatedModel.of(model.topologies());
        List<SourceProblem> problems = ModelValidation.validate(model, install);
        for (SourceProblem problem : problems) {
            if (problem.message() == null || problem.message().isBlank() || problem.message().contains("internal error")) {
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
