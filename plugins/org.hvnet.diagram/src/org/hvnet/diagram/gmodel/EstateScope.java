// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.Host;
import org.hvnet.model.Interface;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.analysis.segments.SegmentIndex;

/**
 * The hosts and networks a diagram shows, and which of those hosts it draws whole (switches, host vNICs, VMs): the
 * others are compact nodes of the overview. What is shown follows {@link ShowOnly}; whether the rest is an overview
 * follows the {@link EstateView} and the number of hosts shown.
 */
public record EstateScope(Set<Host> hosts, Set<Network> networks, Set<Host> whole, boolean overview) {

    /** The scope of {@code view} over {@code topologies}; {@code trace} is the path shown, or null. */
    public static EstateScope of(List<Topology> topologies, EstateView view, TraceOverlay trace) {
        Set<Host> hosts = new LinkedHashSet<>();
        Set<Network> networks = new LinkedHashSet<>();
        EObject focus = view.only().elementId().isEmpty() ? null : ElementLookup.find(topologies, view.only().elementId());
        switch (view.only().kind()) {
            case HOST -> host(focus).ifPresent(host -> {
                hosts.add(host);
                host.getNics().stream().flatMap(nic -> nic.getCables().stream()).forEach(networks::add);
            });
            case SEGMENT -> segment(topologies, focus, hosts, networks);
            case TRACE -> {
                if (trace != null) {
                    for (EObject element : trace.onPath(topologies)) {
                        host(element).ifPresent(hosts::add);
                        if (element instanceof Network network) {
                            networks.add(network);
                        }
                    }
                }
            }
            case EVERYTHING -> {
                // below
            }
        }
        if (hosts.isEmpty() && networks.isEmpty()) {
            topologies.forEach(t -> {
                hosts.addAll(t.getHosts());
                networks.addAll(t.getNetworks());
            });
        }
        boolean overview = view.overview(hosts.size());
        Set<Host> whole = new LinkedHashSet<>();
        for (Host host : hosts) {
            if (!overview || view.expanded().contains(ElementIds.of(host))) {
                whole.add(host);
            }
        }
        return new EstateScope(Set.copyOf(hosts), Set.copyOf(networks), whole, overview);
    }

    /** Networks and hosts of the broadcast domain (rule T-1) of {@code focus}: a network, a switch, an interface or a VM. */
    private static void segment(List<Topology> topologies, EObject focus, Set<Host> hosts, Set<Network> networks) {
        if (focus == null) {
            return;
        }
        SegmentIndex segments = SegmentIndex.of(topologies);
        int segment = segmentOf(segments, focus);
        if (segment < 0) {
            host(focus).ifPresent(hosts::add);
            return;
        }
        networks.addAll(segments.networks(segment));
        for (VirtualSwitch virtualSwitch : segments.switches(segment)) {
            host(virtualSwitch).ifPresent(hosts::add);
        }
        for (Interface member : segments.members(segment)) {
            host(member).ifPresent(hosts::add);
        }
    }

    private static int segmentOf(SegmentIndex segments, EObject focus) {
        if (focus instanceof Network network) {
            return segments.segmentOfNetwork(network);
        }
        if (focus instanceof VirtualSwitch virtualSwitch) {
            return segments.segmentOfSwitch(virtualSwitch);
        }
        if (focus instanceof PhysicalNic nic && segments.segmentOf(nic) < 0) {
            return segments.segmentOfCable(nic);
        }
        if (focus instanceof Interface iface) {
            return segments.segmentOf(iface);
        }
        if (focus instanceof VirtualMachine vm) {
            return vm.getNics().stream().mapToInt(segments::segmentOf).filter(s -> s >= 0).findFirst().orElse(-1);
        }
        return -1;
    }

    private static java.util.Optional<Host> host(EObject element) {
        return java.util.Optional.ofNullable(ElementLookup.hostOf(element));
    }
}
