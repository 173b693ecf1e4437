// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.segments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Interface;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;

/**
 * The broadcast domains (L2 segments) of a model as written (rules T-1, X-3): every VLAN of a virtual switch is one
 * segment (the untagged ports one more), except that an external switch's VLAN is merged with the physical network
 * on its uplinks' cables that has that VLAN (the untagged ports with the network without {@code vlan}), and so with
 * every other external switch and NIC on that network, across hosts; a VLAN that no network on those cables has
 * meets the same VLAN of the other external switches cabled to them. Built once in near-linear time with
 * union-find; works on any model, valid or not, with or without planned installs applied.
 * <p>
 * Segments are numbered 0..count()-1 in file order: networks first, then switches host by host (each switch's
 * untagged ports, then its VLANs in ascending order). An interface's segment is read from its switch and VLAN or
 * its network; the member lists are made on first use, by validation only.
 */
public final class SegmentIndex {

    private static final int[] NO_VLANS = new int[0];

    private Map<VirtualSwitch, Integer> switchSegments;
    /** The segments of the VLANs of a switch other than its untagged one (rule X-3); most switches have none. */
    private final Map<VirtualSwitch, Map<Integer, Integer>> vlanSegments = new IdentityHashMap<>();
    private Map<Network, Integer> networkSegments;
    private final List<List<Network>> networks = new ArrayList<>();
    private final List<List<VirtualSwitch>> switches = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Topology> topologies;
    private List<List<Interface>> members;

    private SegmentIndex(Collection<Topology> topologies) {
        this.topologies = List.copyOf(topologies);
    }

    /** Indexes the segments of the topologies as written (no install applied). */
    public static SegmentIndex of(Collection<Topology> topologies) {
        SegmentIndex index = new SegmentIndex(topologies);
        index.build();
        return index;
    }

    /** A VLAN of a switch other than its untagged one (rule X-3): a node of its own. */
    private record SwitchVlan(VirtualSwitch vswitch, int vlan) {
    }

    /** A VLAN that no network declares on the cables of a physical network (rule X-3): the uplinks that meet there. */
    private record CableVlan(Network network, int vlan) {
    }

    private void build() {
        List<Object> nodes = new ArrayList<>();
        Map<Object, Integer> nodeIds = new IdentityHashMap<>();
        for (Topology topology : topologies) {
            for (Network network : topology.getNetworks()) {
                nodeIds.put(network, nodes.size());
                nodes.add(network);
            }
        }
        int networkCount = nodes.size();
        Map<VirtualSwitch, int[]> vlans = taggedVlans();
        for (Topology topology : topologies) {
            for (Host host : topology.getHosts()) {
                for (VirtualSwitch vswitch : host.getSwitches()) {
                    nodeIds.put(vswitch, nodes.size());
                    nodes.add(vswitch);
                    if (!vlans.isEmpty()) { // rule X-3: a model without VLANs skips the look-up of every switch
                        for (int vlan : vlans.getOrDefault(vswitch, NO_VLANS)) {
                            nodes.add(new SwitchVlan(vswitch, vlan)); // right after the switch: joinUplinks counts on it
                        }
                    }
                }
            }
        }
        networkSegments = new IdentityHashMap<>(networkCount);
        switchSegments = new IdentityHashMap<>(nodes.size() - networkCount);
        List<int[]> unions = new ArrayList<>();
        Map<CableVlan, Integer> cableVlans = new HashMap<>();
        for (Topology topology : topologies) {
            for (Host host : topology.getHosts()) {
                for (VirtualSwitch vswitch : host.getSwitches()) {
                    if (vswitch.getKind() == SwitchKind.EXTERNAL) {
                        joinUplinks(vswitch, vlans.getOrDefault(vswitch, NO_VLANS), nodes, nodeIds, cableVlans, unions);
                    }
                }
            }
        }
        DisjointSets sets = new DisjointSets(nodes.size());
        unions.forEach(pair -> sets.union(pair[0], pair[1]));
        int[] segmentOfRoot = new int[nodes.size()];
        java.util.Arrays.fill(segmentOfRoot, -1);
        for (int i = 0; i < nodes.size(); i++) {
            int root = sets.find(i);
            if (segmentOfRoot[root] < 0) {
                segmentOfRoot[root] = names.size();
                networks.add(new ArrayList<>());
                switches.add(new ArrayList<>());
                names.add(null);
            }
            int segment = segmentOfRoot[root];
            Object node = nodes.get(i);
            if (node instanceof Network network) {
                networkSegments.put(network, segment);
                networks.get(segment).add(network);
                if (names.get(segment) == null) {
                    names.set(segment, network.getName());
                }
            } else if (node instanceof VirtualSwitch vswitch) {
                switchSegments.put(vswitch, segment);
                switches.get(segment).add(vswitch);
                if (names.get(segment) == null) { // the name made only when it is used: most switches join a network
                    names.set(segment, switchName(vswitch));
                }
            } else if (node instanceof SwitchVlan tagged) {
                vlanSegments.computeIfAbsent(tagged.vswitch(), k -> new HashMap<>()).put(tagged.vlan(), segment);
                switches.get(segment).add(tagged.vswitch());
                if (names.get(segment) == null) {
                    names.set(segment, switchName(tagged.vswitch()) + " vlan " + tagged.vlan());
                }
            }
        }
    }

    /**
     * Rule X-3 at an external switch: each VLAN of its ports (the untagged one included) joins the network on its
     * uplinks' cables that has that VLAN (T-1); with no such network, the VLAN meets the same VLAN of every other
     * external switch cabled to one of those networks, and no network.
     */
    private static void joinUplinks(VirtualSwitch vswitch, int[] tagged, List<Object> nodes, Map<Object, Integer> nodeIds,
            Map<CableVlan, Integer> cableVlans, List<int[]> unions) {
        List<Network> cables = new ArrayList<>();
        for (PhysicalNic uplink : vswitch.getExternalNics()) {
            for (Network network : uplink.getCables()) {
                if (nodeIds.containsKey(network) && !cables.contains(network)) {
                    cables.add(network);
                }
            }
        }
        int untagged = nodeIds.get(vswitch);
        for (int i = -1; i < tagged.length; i++) {
            int vlan = i < 0 ? PortVlans.UNTAGGED : tagged[i];
            int node = i < 0 ? untagged : untagged + 1 + i;
            boolean found = false;
            for (Network network : cables) {
                if (PortVlans.of(network) == vlan) {
                    unions.add(new int[] { node, nodeIds.get(network) });
                    found = true;
                }
            }
            if (!found) {
                for (Network network : cables) {
                    Integer meeting = cableVlans.computeIfAbsent(new CableVlan(network, vlan), k -> {
                        nodes.add(k);
                        return nodes.size() - 1;
                    });
                    unions.add(new int[] { node, meeting });
                }
            }
        }
    }

    /**
     * The VLANs other than untagged that the host vNICs and VM NICs of each switch are on, sorted, each once (rule X-3).
     * An untagged port's switch is not read, and the tables are made at the first tagged port: a model without VLANs
     * pays only the reading of each port's VLAN.
     */
    private Map<VirtualSwitch, int[]> taggedVlans() {
        Map<VirtualSwitch, java.util.TreeSet<Integer>> found = null;
        for (Topology topology : topologies) {
            for (Host host : topology.getHosts()) {
                for (VirtualSwitch vswitch : host.getSwitches()) {
                    for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                        int vlan = PortVlans.of(vnic);
                        if (vlan != PortVlans.UNTAGGED) {
                            found = addVlan(found, vswitch, vlan);
                        }
                    }
                }
                for (VirtualMachine vm : host.getVms()) {
                    for (VmNic nic : vm.getNics()) {
                        int vlan = PortVlans.of(nic);
                        if (vlan != PortVlans.UNTAGGED) {
                            found = addVlan(found, nic.getSwitch(), vlan);
                        }
                    }
                }
            }
        }
        if (found == null) {
            return Map.of();
        }
        Map<VirtualSwitch, int[]> vlans = new IdentityHashMap<>();
        found.forEach((vswitch, ids) -> vlans.put(vswitch, ids.stream().mapToInt(Integer::intValue).toArray()));
        return vlans;
    }

    /** Adds a tagged port's VLAN to its switch's, making the table on first use; returns the table. */
    private static Map<VirtualSwitch, java.util.TreeSet<Integer>> addVlan(Map<VirtualSwitch, java.util.TreeSet<Integer>> found,
            VirtualSwitch vswitch, int vlan) {
        Map<VirtualSwitch, java.util.TreeSet<Integer>> table = found != null ? found : new IdentityHashMap<>();
        if (vswitch != null) {
            table.computeIfAbsent(vswitch, k -> new java.util.TreeSet<>()).add(vlan);
        }
        return table;
    }

    /** The member interfaces of every segment: one pass over the interfaces, made when first asked for. */
    private synchronized List<List<Interface>> members() {
        if (members == null) {
            List<List<Interface>> lists = new ArrayList<>();
            for (int segment = 0; segment < count(); segment++) {
                lists.add(new ArrayList<>());
            }
            for (Topology topology : topologies) {
                for (Host host : topology.getHosts()) {
                    addMembers(host, lists);
                }
            }
            members = lists;
        }
        return members;
    }

    private void addMembers(Host host, List<List<Interface>> lists) {
        for (PhysicalNic nic : host.getNics()) {
            addMember(nic, memberSegment(nic), lists);
        }
        for (VirtualSwitch vswitch : host.getSwitches()) {
            for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                addMember(vnic, memberSegment(vnic), lists);
            }
        }
        for (VirtualMachine vm : host.getVms()) {
            for (VmNic nic : vm.getNics()) {
                addMember(nic, memberSegment(nic), lists);
            }
        }
    }

    private static void addMember(Interface iface, int segment, List<List<Interface>> lists) {
        if (segment >= 0) {
            lists.get(segment).add(iface);
        }
    }

    /** Rule T-1: a physical NIC with TCP/IP is a member of the segment of the network it is cabled to. */
    private int memberSegment(PhysicalNic nic) {
        return networkOf(nic) != null && EffectiveBindings.hasTcpip4(nic) ? segmentOfNetwork(networkOf(nic)) : -1;
    }

    /**
     * A host vNIC is a member of its switch's segment of its VLAN (rule X-3), unless the switch is private (rule S-3:
     * no host port).
     */
    private int memberSegment(HostVirtualNic vnic) {
        return vnic.eContainer() instanceof VirtualSwitch vswitch && vswitch.getKind() != SwitchKind.PRIVATE
                ? segmentOfSwitch(vswitch, PortVlans.of(vnic)) : -1;
    }

    /** A VM NIC is a member of the segment of its VLAN (rule X-3) on the switch it is connected to. */
    private int memberSegment(VmNic nic) {
        return nic.getSwitch() == null ? -1 : segmentOfSwitch(nic.getSwitch(), PortVlans.of(nic));
    }

    private static String switchName(VirtualSwitch vswitch) {
        String host = vswitch.eContainer() instanceof Host h ? h.getName() : null;
        return host == null ? String.valueOf(vswitch.getName()) : host + "." + vswitch.getName();
    }

    /** How many segments there are. */
    public int count() {
        return names.size();
    }

    /**
     * The segment an interface is a member of (rules T-1, S-3), or -1 (unconnected VM NIC, NIC without cable or
     * TCP/IP, host vNIC of a private switch, an interface outside the indexed topologies...). Computed from the
     * interface's switch or network, without a table of interfaces.
     */
    public int segmentOf(Interface iface) {
        if (iface instanceof PhysicalNic nic) {
            return memberSegment(nic);
        }
        if (iface instanceof HostVirtualNic vnic) {
            return memberSegment(vnic);
        }
        return iface instanceof VmNic nic ? memberSegment(nic) : -1;
    }

    /** {@link #segmentOf(Interface)} of a physical NIC, without testing its type. */
    public int segmentOf(PhysicalNic nic) {
        return memberSegment(nic);
    }

    /** {@link #segmentOf(Interface)} of a host vNIC, without testing its type. */
    public int segmentOf(HostVirtualNic vnic) {
        return memberSegment(vnic);
    }

    /** {@link #segmentOf(Interface)} of a VM NIC, without testing its type. */
    public int segmentOf(VmNic nic) {
        return memberSegment(nic);
    }

    /** The segment of a switch's untagged ports, or -1 when the switch is not in the indexed topologies. */
    public int segmentOfSwitch(VirtualSwitch vswitch) {
        Integer segment = switchSegments.get(vswitch);
        return segment == null ? -1 : segment;
    }

    /**
     * The segment of the ports of {@code vlan} on a switch (rule X-3; {@link PortVlans#UNTAGGED} for the untagged
     * ones), or -1 when no port of the indexed topologies is on that VLAN of that switch.
     */
    public int segmentOfSwitch(VirtualSwitch vswitch, int vlan) {
        if (vlan == PortVlans.UNTAGGED) {
            return segmentOfSwitch(vswitch);
        }
        Map<Integer, Integer> tagged = vlanSegments.get(vswitch);
        Integer segment = tagged == null ? null : tagged.get(vlan);
        return segment == null ? -1 : segment;
    }

    /** The segment of a physical network, or -1 when it is not in the indexed topologies. */
    public int segmentOfNetwork(Network network) {
        Integer segment = networkSegments.get(network);
        return segment == null ? -1 : segment;
    }

    /** The segment of the network a physical NIC is cabled to, whatever its bindings; -1 without cable. */
    public int segmentOfCable(PhysicalNic nic) {
        return networkOf(nic) == null ? -1 : segmentOfNetwork(networkOf(nic));
    }

    /**
     * The network a physical NIC's own (untagged) traffic is on, or null without cable: the network of its cables
     * that has no {@code vlan}, else the first one (a cable that carries several networks is a trunk, rule X-3).
     */
    public static Network networkOf(PhysicalNic nic) {
        for (Network network : nic.getCables()) {
            if (network.getVlan() == null) {
                return network;
            }
        }
        return nic.getCables().isEmpty() ? null : nic.getCables().get(0);
    }

    /** The member interfaces of a segment, in file order: NICs, host vNICs, VM NICs, host by host. */
    public List<Interface> members(int segment) {
        return Collections.unmodifiableList(members().get(segment));
    }

    /** The physical networks of a segment (at most one unless the model is unusual). */
    public List<Network> networks(int segment) {
        return Collections.unmodifiableList(networks.get(segment));
    }

    /** The virtual switches of a segment (a switch with ports on several VLANs is in the segment of each, X-3). */
    public List<VirtualSwitch> switches(int segment) {
        return Collections.unmodifiableList(switches.get(segment));
    }

    /** A readable name: the physical network's name for merged segments, else {@code HOST.SWITCH}. */
    public String name(int segment) {
        return names.get(segment);
    }
}
