// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.analysis.macs.DynamicMacs;
import org.hvnet.analysis.macs.MacPool;
import org.hvnet.analysis.segments.SegmentIndex;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Interface;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.validation.Rule;

/**
 * Rule V-14, on the simulated model (implied host vNICs take MACs too): a host's pool holds a MAC for every host
 * vNIC and VM NIC without a written one (ERROR at the host's {@code mac-pool}, else its name), and two hosts whose
 * dynamic MACs meet in one segment have pools that do not overlap (WARNING, once per host). Overlaps are found per
 * segment by sorting the pools that give MACs there, never by comparing every pair of hosts.
 */
public final class MacPoolUse implements TopologyCheck {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    /** A host whose pool gives MACs in a segment. */
    private record PoolUser(Host host, MacPool pool, int order) {
    }

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        SimulatedModel simulated = model.simulated();
        DynamicMacs macs = simulated.macs();
        for (Host host : macs.exhausted()) {
            Host written = simulated.originalOf(host);
            if (written != null) {
                report(Rule.V14_MAC_POOL_EXHAUSTED, written, findings, macs.poolOf(host), Labels.of(written), macs.free(host),
                        macs.wanting(host));
            }
        }
        Map<Integer, List<PoolUser>> users = usersBySegment(simulated, macs);
        Set<Host> reported = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<Integer, List<PoolUser>> segment : users.entrySet()) {
            List<PoolUser> sorted = new ArrayList<>(segment.getValue());
            sorted.sort(Comparator.comparingLong((PoolUser u) -> u.pool().first()).thenComparingInt(PoolUser::order));
            PoolUser widest = null;
            for (PoolUser user : sorted) {
                if (widest != null && widest.pool().overlaps(user.pool())) {
                    PoolUser later = widest.order() < user.order() ? user : widest;
                    PoolUser earlier = later == user ? widest : user;
                    Host written = simulated.originalOf(later.host());
                    if (written != null && simulated.originalOf(earlier.host()) != null && reported.add(later.host())) {
                        report(Rule.V14_MAC_POOLS_OVERLAP, written, findings, later.pool(), Labels.of(written), earlier.pool(),
                                Labels.of(simulated.originalOf(earlier.host())), simulated.segments().name(segment.getKey()));
                    }
                }
                if (widest == null || user.pool().last() > widest.pool().last()) {
                    widest = user;
                }
            }
        }
    }

    /** Per segment (in segment order), the hosts (each once, in file order) whose pool gives a MAC to an interface there. */
    private static Map<Integer, List<PoolUser>> usersBySegment(SimulatedModel simulated, DynamicMacs macs) {
        SegmentIndex segments = simulated.segments();
        Map<Integer, List<PoolUser>> users = new HashMap<>();
        int order = 0;
        for (Topology topology : simulated.topologies()) {
            for (Host host : topology.getHosts()) {
                MacPool pool = macs.poolOf(host);
                if (pool == null) {
                    continue;
                }
                addUses(host, new PoolUser(host, pool, order), segments, macs, users);
                order++;
            }
        }
        return new java.util.TreeMap<>(users);
    }

    /**
     * Adds {@code user} once to the users of each segment where a port of the host (host vNIC or VM NIC) has a MAC of
     * its pool. Only ports without a written MAC can have one: the walk ends after the last of them. The host's MACs
     * are read from one array in the walk's order.
     */
    private static void addUses(Host host, PoolUser user, SegmentIndex segments, DynamicMacs macs,
            Map<Integer, List<PoolUser>> users) {
        int unwritten = macs.wanting(host); // the host's ports without a written MAC
        long[] hostMacs = macs.macsOf(host); // host vNICs switch by switch, then VM NICs VM by VM
        Set<Integer> seen = new HashSet<>();
        int first = 0;
        for (VirtualSwitch vswitch : host.getSwitches()) {
            if (unwritten == 0) {
                return;
            }
            unwritten = addUses(vswitch.getHostVnics(), first, hostMacs, unwritten, user, segments, seen, users);
            first += vswitch.getHostVnics().size();
        }
        for (VirtualMachine vm : host.getVms()) {
            if (unwritten == 0) {
                return;
            }
            unwritten = addUses(vm.getNics(), first, hostMacs, unwritten, user, segments, seen, users);
            first += vm.getNics().size();
        }
    }

    /**
     * As above for some ports of the host, whose MACs start at {@code first} in {@code hostMacs}; returns how many ports
     * without a written MAC are left after them.
     */
    private static int addUses(List<? extends Interface> ports, int first, long[] hostMacs, int unwritten, PoolUser user,
            SegmentIndex segments, Set<Integer> seen, Map<Integer, List<PoolUser>> users) {
        int left = unwritten;
        for (int i = 0; i < ports.size() && left > 0; i++) {
            Interface port = ports.get(i);
            if (port.getMac() != null) {
                continue;
            }
            left--;
            boolean fromPool = hostMacs[first + i] != DynamicMacs.NONE; // none written: the MAC is the pool's
            int segment = fromPool ? segments.segmentOf(port) : -1;
            if (segment >= 0 && seen.add(segment)) {
                users.computeIfAbsent(segment, k -> new ArrayList<>()).add(user);
            }
        }
        return left;
    }

    /** Reports at the host's {@code mac-pool} when it is written, else at the host's name. */
    private static void report(Rule rule, Host host, Findings findings, Object... arguments) {
        EObject element = host.getMacPool() != null ? host.getMacPool() : host;
        EStructuralFeature feature = host.getMacPool() != null ? null : MODEL.getNamedElement_Name();
        findings.report(rule, element, feature, arguments);
    }
}
