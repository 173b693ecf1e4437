// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation;

import java.util.Collection;
import java.util.List;

import org.hvnet.analysis.SimulatedModel;
import org.hvnet.model.Endpoint;
import org.hvnet.model.Topology;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.addresses.DhcpLeasePlanner;
import org.hvnet.simulation.addresses.InterfaceAddress;
import org.hvnet.simulation.expectations.ExpectationEvaluator;
import org.hvnet.simulation.expectations.ExpectationResult;
import org.hvnet.simulation.snapshot.NetworkSnapshot;
import org.hvnet.simulation.snapshot.SnapshotBuilder;
import org.hvnet.simulation.traffic.AddressIndex;
import org.hvnet.simulation.traffic.DestinationPort;
import org.hvnet.simulation.traffic.EndpointResolver;
import org.hvnet.simulation.traffic.PacketTracer;
import org.hvnet.simulation.traffic.ReachabilityAnalysis;
import org.hvnet.simulation.traffic.ReachabilityMatrix;
import org.hvnet.simulation.traffic.ReachSide;
import org.hvnet.simulation.traffic.ReachabilitySummary;
import org.hvnet.simulation.traffic.ResolvedEndpoint;
import org.hvnet.simulation.traffic.Trace;

/**
 * The whole simulation of written topologies, the entry point of the CLI and the views: the simulated model
 * (installs applied, implied host vNICs), its immutable snapshot, the addresses (A-rules), traces (T-7),
 * reachability (T-8) and the evaluation of every {@code expect}. Built once; every result is a plain record.
 */
public final class Simulation {

    private final SimulatedModel model;
    private final NetworkSnapshot snapshot;
    private final AddressPlan addresses;
    private final AddressIndex index;
    private final EndpointResolver endpoints;
    private final PacketTracer tracer;
    private final ReachabilityAnalysis reachability;
    private ReachabilitySummary reachabilitySummary;

    private Simulation(SimulatedModel model) {
        this.model = model;
        this.snapshot = SnapshotBuilder.build(model);
        this.addresses = DhcpLeasePlanner.plan(snapshot);
        this.index = new AddressIndex(snapshot, addresses, snapshot.networkSubnets());
        this.endpoints = new EndpointResolver(snapshot, addresses);
        this.tracer = new PacketTracer(snapshot, addresses, index);
        this.reachability = new ReachabilityAnalysis(snapshot, addresses, index);
    }

    /** Simulates the written topologies (they are not changed). */
    public static Simulation of(Collection<Topology> written) {
        return new Simulation(SimulatedModel.of(written));
    }

    /** Simulates an already simulated model (the validation made it, so the installs are applied once). */
    public static Simulation of(SimulatedModel model) {
        return new Simulation(model);
    }

    /** The simulated model: installs applied, implied host vNICs added. */
    public SimulatedModel model() {
        return model;
    }

    /** The immutable snapshot the computations run on. */
    public NetworkSnapshot snapshot() {
        return snapshot;
    }

    /** Every port's address. */
    public AddressPlan addresses() {
        return addresses;
    }

    /** The address table: one row per interface, in model order. */
    public List<InterfaceAddress> addressTable() {
        return addresses.interfaces();
    }

    /** Resolves endpoint text such as {@code Web01}, {@code HV01."Local Area Connection 3"} or {@code 8.8.8.8}. */
    public ResolvedEndpoint endpoint(String text) {
        return endpoints.resolve(text);
    }

    /** Resolves an expectation's endpoint. */
    public ResolvedEndpoint endpoint(Endpoint endpoint) {
        return endpoints.resolve(endpoint);
    }

    /** The trace of one packet between endpoints given as text (T-7). */
    public Trace trace(String from, String to) {
        return tracer.trace(endpoint(from), endpoint(to));
    }

    /** The trace of one packet between resolved endpoints (T-7). */
    public Trace trace(ResolvedEndpoint from, ResolvedEndpoint to) {
        return tracer.trace(from, to);
    }

    /**
     * The trace of one packet between endpoints given as text, to a destination port ({@code tcp/8080}), so that the
     * static port mappings of NetNats and RRAS NATs (T-6) can be followed; null {@code port} for none.
     */
    public Trace trace(String from, String to, DestinationPort port) {
        return tracer.trace(endpoint(from), endpoint(to), port);
    }

    /** The reachability analysis (T-8). */
    public ReachabilityAnalysis reachability() {
        return reachability;
    }

    /** The matrix of all endpoints (T-8). */
    public ReachabilityMatrix matrix() {
        return new ReachabilityMatrix(snapshot, addresses, index, reachability);
    }

    /** The matrix of all endpoints in totals and groups (T-8), computed on first use from class walks and kept. */
    public synchronized ReachabilitySummary reachabilitySummary() {
        if (reachabilitySummary == null) {
            reachabilitySummary = ReachabilitySummary.of(snapshot, addresses, index, reachability);
        }
        return reachabilitySummary;
    }

    /** This version as a comparison of reachability with another sees it (T-8): endpoints by name, class walks, traces. */
    public ReachSide reachSide() {
        return new ReachSide(snapshot, addresses, index, reachability, reachabilitySummary(), tracer);
    }

    /** The result of every {@code expect} of the written topologies, in file order. */
    public List<ExpectationResult> expectations() {
        return new ExpectationEvaluator(this).evaluate();
    }
}
