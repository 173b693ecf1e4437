package org.hvnet.analysis.segments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * The broadcast domains (L2 segments) of a model as written (rule T-1): every virtual switch is one segment,
 * except that an external switch is merged with the physical network its bound NIC is cabled to, and so
 * with every other external switch and NIC on that network, across hosts. Built once in near-linear time
 * with union-find; works on any model, valid or not, with or without planned installs applied.
 * <p>
 * Segments are numbered 0..count()-1 in file order: networks first, then switches host by host. An interface's
 * segment is read from its switch or network; the member lists are made on first use, by validation only.
 */
public final class SegmentIndex {

    private final Map<VirtualSwitch, Integer> switchSegments = new IdentityHashMap<>();
    private final Map<Network, Integer> networkSegments = new IdentityHashMap<>();
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

    private void build() {
        List<Object> nodes = new ArrayList<>();
        Map<Object, Integer> nodeIds = new IdentityHashMap<>();
        for (Topology topology : topologies) {
            for (Network network : topology.getNetworks()) {
                nodeIds.put(network, nodes.size());
                nodes.add(network);
            }
        }
        for (Topology topology : topologies) {
            for (Host host : topology.getHosts()) {
                for (VirtualSwitch vswitch : host.getSwitches()) {
                    nodeIds.put(vswitch, nodes.size());
                    nodes.add(vswitch);
                }
            }
        }
        DisjointSets sets = new DisjointSets(nodes.size());
        for (Object node : nodes) {
            // rule T-1: an external switch joins the network its bound NIC is cabled to
            if (node instanceof VirtualSwitch vswitch && vswitch.getKind() == SwitchKind.EXTERNAL) {
                for (PhysicalNic uplink : vswitch.getExternalNics()) {
                    Integer network = nodeIds.get(networkOf(uplink));
                    if (network != null) {
                        sets.union(nodeIds.get(vswitch), network);
                    }
                }
            }
        }
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
            } else {
                VirtualSwitch vswitch = (VirtualSwitch) node;
                switchSegments.put(vswitch, segment);
                switches.get(segment).add(vswitch);
                if (names.get(segment) == null) {
                    names.set(segment, switchName(vswitch));
                }
            }
        }
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

    /** A host vNIC is a member of its switch's segment, unless the switch is private (rule S-3: no host port). */
    private int memberSegment(HostVirtualNic vnic) {
        return vnic.eContainer() instanceof VirtualSwitch vswitch && vswitch.getKind() != SwitchKind.PRIVATE
                ? segmentOfSwitch(vswitch) : -1;
    }

    /** A VM NIC is a member of the segment of the switch it is connected to. */
    private int memberSegment(VmNic nic) {
        return nic.getSwitch() == null ? -1 : segmentOfSwitch(nic.getSwitch());
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

    /** The segment of a switch, or -1 when the switch is not in the indexed topologies. */
    public int segmentOfSwitch(VirtualSwitch vswitch) {
        Integer segment = switchSegments.get(vswitch);
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
     * The network a physical NIC is cabled to, or null: its first cable (a cable that carries several networks is
     * a trunk, whose VLANs rule X-3 tells apart; until then the first network written stands for the cable).
     */
    public static Network networkOf(PhysicalNic nic) {
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

    /** The virtual switches of a segment. */
    public List<VirtualSwitch> switches(int segment) {
        return Collections.unmodifiableList(switches.get(segment));
    }

    /** A readable name: the physical network's name for merged segments, else {@code HOST.SWITCH}. */
    public String name(int segment) {
        return names.get(segment);
    }
}
