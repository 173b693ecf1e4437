// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.List;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/** Traces one packet between two resolved endpoints (rule T-7). */
public final class PacketTracer {

    private final NetworkSnapshot net;
    private final PacketWalker walker;

    /** A tracer on a snapshot, its addresses and their index. */
    public PacketTracer(NetworkSnapshot net, AddressPlan plan, AddressIndex index) {
        this.net = net;
        this.walker = new PacketWalker(net, plan, index);
    }

    PacketWalker walker() {
        return walker;
    }

    /** The trace of a packet from {@code from} to {@code to}. */
    public Trace trace(ResolvedEndpoint from, ResolvedEndpoint to) {
        return trace(from, to, null);
    }

    /** The trace of a packet from {@code from} to {@code to} with a destination port, or none when {@code port} is null. */
    public Trace trace(ResolvedEndpoint from, ResolvedEndpoint to, DestinationPort port) {
        if (from.problem() != null) {
            return new Trace(from.label(), to.label(), Verdict.DROPPED, from.hasAddress() ? "T-3" : "link", from.problem(), List.of());
        }
        if (to.problem() != null && !to.hasAddress()) {
            return new Trace(from.label(), to.label(), Verdict.DROPPED, "link", to.problem(), List.of());
        }
        if (!to.hasAddress()) {
            return new Trace(from.label(), to.label(), Verdict.DROPPED, "A-5",
                    "the destination " + net.label(to.port()) + " has no IPv4 address", List.of());
        }
        WalkOutcome outcome = from.port() >= 0 ? walker.trace(from.port(), to.address(), port)
                : walker.traceFromInternet(from.address(), to.address(), port);
        return new Trace(from.label(), to.label(), outcome.verdict(), outcome.rule(), outcome.reason(), outcome.hops());
    }
}
