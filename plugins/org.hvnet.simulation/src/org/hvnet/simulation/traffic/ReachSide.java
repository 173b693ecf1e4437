// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.HashMap;
import java.util.Map;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * One version of a model as a reachability comparison sees it (rule T-8): the endpoints of its matrix by name, each
 * with its source and destination class, and the class walks, cells and traces of its simulation.
 */
public final class ReachSide {

    private static final int[] NONE = {};

    final NetworkSnapshot net;
    final AddressPlan plan;
    final AddressIndex index;
    final ReachabilityAnalysis analysis;
    final ReachabilitySummary summary;
    final PacketTracer tracer;
    final MatrixEndpoints endpoints;
    private final ReachabilityMatrix matrix;
    private final Map<String, Integer> byLabel = new HashMap<>();
    private final Map<Integer, int[]> portsByAddress;

    /** The side of a simulated model: its snapshot, addresses, address index, analysis, summary and tracer. */
    public ReachSide(NetworkSnapshot net, AddressPlan plan, AddressIndex index, ReachabilityAnalysis analysis,
            ReachabilitySummary summary, PacketTracer tracer) {
        this.net = net;
        this.plan = plan;
        this.index = index;
        this.analysis = analysis;
        this.summary = summary;
        this.tracer = tracer;
        this.endpoints = new MatrixEndpoints(net, plan, index);
        this.matrix = new ReachabilityMatrix(net, plan, index, analysis);
        for (int i = 0; i < endpoints.size(); i++) {
            byLabel.putIfAbsent(endpoints.label(i), i);
        }
        Map<Integer, java.util.List<Integer>> holders = new HashMap<>();
        for (int port = 0; port < net.portCount(); port++) {
            if (plan.hasAddress(port)) {
                IntLists.append(holders, plan.address(port), port);
            }
        }
        portsByAddress = IntLists.frozen(holders);
    }

    /** How many endpoints the matrix has. */
    int size() {
        return endpoints.size();
    }

    /** The endpoint named {@code label}, or -1. */
    int endpoint(String label) {
        return byLabel.getOrDefault(label, -1);
    }

    String label(int endpoint) {
        return endpoints.label(endpoint);
    }

    boolean isInternet(int endpoint) {
        return endpoint == endpoints.internetIndex();
    }

    int port(int endpoint) {
        return endpoints.port(endpoint);
    }

    int address(int endpoint) {
        return isInternet(endpoint) ? endpoints.internetAddress() : plan.address(endpoints.port(endpoint));
    }

    /** The ports holding {@code address}, any kind. */
    int[] portsHolding(int address) {
        return portsByAddress.getOrDefault(address, NONE);
    }

    /** The matrix cell: true when endpoint {@code from} reaches endpoint {@code to}. */
    boolean reaches(int from, int to) {
        return matrix.reachable(from, to);
    }

    /** How many other endpoints an endpoint reaches (the summary's count, from class walks). */
    int reachesCount(int endpoint) {
        return summary.reaches(endpoint);
    }

    /** The trace of one packet between two endpoints of the matrix (T-7). */
    Trace trace(int from, int to) {
        return tracer.trace(resolved(from), resolved(to));
    }

    private ResolvedEndpoint resolved(int endpoint) {
        return isInternet(endpoint) ? new ResolvedEndpoint("internet", -1, true, endpoints.internetAddress(), true, null)
                : new ResolvedEndpoint(label(endpoint), port(endpoint), true, address(endpoint), false, null);
    }
}
