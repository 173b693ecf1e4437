// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.expectations;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.AddressExpectation;
import org.hvnet.model.Interface;
import org.hvnet.model.Expectation;
import org.hvnet.model.ReachExpectation;
import org.hvnet.model.Topology;
import org.hvnet.model.TraceExpectation;
import org.hvnet.model.TraceVerdict;
import org.hvnet.model.util.HvnetSwitch;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.MacAddress;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.addresses.AddressSource;
import org.hvnet.simulation.traffic.ResolvedEndpoint;
import org.hvnet.simulation.traffic.Trace;

/**
 * Evaluates every {@code expect} of the written topologies on the simulation: addresses (A-rules), reachability
 * (T-8, from the class analysis) and traces (T-7), each with a sentence for what was expected and what was found.
 */
public final class ExpectationEvaluator {

    private final Simulation simulation;

    /** An evaluator on a simulation. */
    public ExpectationEvaluator(Simulation simulation) {
        this.simulation = simulation;
    }

    /** One result per expectation, in file order. */
    public List<ExpectationResult> evaluate() {
        List<ExpectationResult> results = new ArrayList<>();
        for (Topology topology : simulation.model().written()) {
            for (Expectation expectation : topology.getExpectations()) {
                results.add(evaluate(expectation));
            }
        }
        return results;
    }

    /** The result of one expectation. */
    public ExpectationResult evaluate(Expectation expectation) {
        String text = ExpectationText.of(expectation);
        ExpectationResult result = new HvnetSwitch<ExpectationResult>() {
            @Override
            public ExpectationResult caseAddressExpectation(AddressExpectation address) {
                return address(address, text);
            }

            @Override
            public ExpectationResult caseReachExpectation(ReachExpectation reach) {
                return reach(reach, text);
            }

            @Override
            public ExpectationResult caseTraceExpectation(TraceExpectation trace) {
                return trace(trace, text);
            }
        }.doSwitch(expectation);
        return result != null ? result : new ExpectationResult(expectation, text, false, text, "an expectation of an unknown kind");
    }

    private ExpectationResult address(AddressExpectation expectation, String text) {
        ResolvedEndpoint target = simulation.endpoint(expectation.getTarget());
        String label = ExpectationText.endpoint(expectation.getTarget());
        String expected = label + " should have " + describeExpected(expectation);
        if (target.port() < 0) {
            return new ExpectationResult(expectation, text, false, expected, target.problem());
        }
        AddressPlan plan = simulation.addresses();
        int port = target.port();
        if (expectation.getMac() != null) {
            long mac = simulation.snapshot().mac(port);
            return new ExpectationResult(expectation, text, mac == expectation.getMac().bits(), expected,
                    label + (mac < 0 ? " has no MAC: none is written, and its host has no pool of dynamic MACs (rule X-5)"
                            : " has MAC " + MacAddress.ofBits(mac) + (expectation.getMac().bits() == mac ? "" : macSource(port))));
        }
        AddressSource source = plan.source(port);
        boolean passed;
        if (!expectation.isSetOutcome()) {
            passed = plan.hasAddress(port) && expectation.getAddress() != null && plan.address(port) == expectation.getAddress().bits();
        } else {
            passed = switch (expectation.getOutcome()) {
                case STATIC -> source == AddressSource.STATIC;
                case DHCP -> source == AddressSource.DHCP && expectation.getServer() != null
                        && plan.serverOwner(port) != null && plan.serverOwner(port) == simulation.model().copyOf(expectation.getServer());
                case APIPA -> source == AddressSource.APIPA;
                case NONE -> source == AddressSource.NONE;
            };
        }
        return new ExpectationResult(expectation, text, passed, expected, label + " " + describeFound(plan, port));
    }

    private static String describeExpected(AddressExpectation expectation) {
        if (expectation.getMac() != null) {
            return "MAC " + expectation.getMac();
        }
        if (!expectation.isSetOutcome()) {
            return "address " + expectation.getAddress();
        }
        return switch (expectation.getOutcome()) {
            case STATIC -> "a static address";
            case DHCP -> "an address leased by DHCP from " + (expectation.getServer() == null ? "?" : expectation.getServer().getName());
            case APIPA -> "an APIPA address (169.254/16, rule A-3)";
            case NONE -> "no IPv4 address";
        };
    }

    /** Where a MAC came from, for a failed expectation. */
    private String macSource(int port) {
        EObject element = simulation.snapshot().element(port);
        boolean written = element instanceof Interface iface && iface.getMac() != null;
        return written ? " (written)" : " (the next free MAC of its host's pool, interfaces in the order they are written, rule X-5)";
    }

    static String describeFound(AddressPlan plan, int port) {
        AddressSource source = plan.source(port);
        String gateway = plan.hasAddress(port) && plan.hasGateway(port) ? ", gateway " + Ipv4Address.ofBits(plan.gateway(port)) : "";
        return switch (source) {
            case STATIC -> "has static " + plan.cidr(port) + gateway;
            case DHCP -> "has " + plan.cidr(port) + " leased by DHCP from " + plan.server(port) + gateway;
            case APIPA -> "has APIPA address " + plan.cidr(port) + " (" + plan.note(port) + ")";
            case NONE -> "has no IPv4 address (" + plan.note(port) + ")";
        };
    }

    private ExpectationResult reach(ReachExpectation expectation, String text) {
        ResolvedEndpoint from = simulation.endpoint(expectation.getFrom());
        ResolvedEndpoint to = simulation.endpoint(expectation.getTo());
        boolean reaches = simulation.reachability().reaches(from, to);
        String fromText = ExpectationText.endpoint(expectation.getFrom());
        String toText = ExpectationText.endpoint(expectation.getTo());
        String expected = fromText + (expectation.isNegated() ? " should not reach " : " should reach ") + toText;
        Trace trace = simulation.trace(from, to);
        String found = reaches ? fromText + " reaches " + toText + " (" + trace.reason() + ")"
                : fromText + " does not reach " + toText + ": " + trace.reason() + (trace.rule() == null ? "" : " [" + trace.rule() + "]");
        return new ExpectationResult(expectation, text, reaches != expectation.isNegated(), expected, found);
    }

    private ExpectationResult trace(TraceExpectation expectation, String text) {
        Trace trace = simulation.trace(simulation.endpoint(expectation.getFrom()), simulation.endpoint(expectation.getTo()));
        String fromText = ExpectationText.endpoint(expectation.getFrom());
        String toText = ExpectationText.endpoint(expectation.getTo());
        boolean wantDelivered = expectation.getVerdict() != TraceVerdict.DROPPED;
        String expected = "a packet from " + fromText + " to " + toText + " should be "
                + (wantDelivered ? "delivered" : "dropped by rule " + expectation.getRule());
        boolean passed = wantDelivered ? trace.delivered()
                : !trace.delivered() && expectation.getRule() != null && expectation.getRule().equalsIgnoreCase(trace.rule());
        String found = trace.delivered() ? "it is delivered (" + trace.reason() + ")"
                : "it is dropped: " + trace.reason() + " [" + trace.rule() + "]";
        return new ExpectationResult(expectation, text, passed, expected, found);
    }

}
