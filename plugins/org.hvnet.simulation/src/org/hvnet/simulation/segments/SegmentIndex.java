package org.hvnet.simulation.segments;

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
 * Segments are numbered 0..count()-1 in file order: networks first, then switches host by host.
 */
public final class SegmentIndex {

    private final Map<Interface, Integer> interfaceSegments = new IdentityHashMap<>();
    private final Map<VirtualSwitch, Integer> switchSegments = new IdentityHashMap<>();
    private final Map<Network, Integer> networkSegments = new IdentityHashMap<>();
    private final List<List<Interface>> members = new ArrayList<>();
    private final List<List<Network>> networks = new ArrayList<>();
    private final List<List<VirtualSwitch>> switches = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    private SegmentIndex() {
    }

    /** Indexes the segments of the topologies as written (no install applied). */
    public static SegmentIndex of(Collection<Topology> topologies) {
        SegmentIndex index = new SegmentIndex();
        index.build(topologies);
        return index;
    }

    private void build(Collection<Topology> topologies) {
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
            if (node instanceof VirtualSwitch vswitch && vswitch.getKind() == SwitchKind.EXTERNAL
                    && vswitch.getExternalNic() != null && vswitch.getExternalNic().getCable() != null) {
                Integer network = nodeIds.get(vswitch.getExternalNic().getCable());
                if (network != null) {
                    sets.union(nodeIds.get(vswitch), network);
                }
            }
        }
        int[] segmentOfRoot = new int[nodes.size()];
        java.util.Arrays.fill(segmentOfRoot, -1);
        for (int i = 0; i < nodes.size(); i++) {
            int root = sets.find(i);
            if (segmentOfRoot[root] < 0) {
                segmentOfRoot[root] = members.size();
                members.add(new ArrayList<>());
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
        for (Topology topology : topologies) {
            for (Host host : topology.getHosts()) {
                addMembers(host);
            }
        }
    }

    private void addMembers(Host host) {
        for (PhysicalNic nic : host.getNics()) {
            // rule T-1: physical NICs with TCP/IP on the network
            if (nic.getCable() != null && EffectiveBindings.hasTcpip4(nic)) {
                addMember(nic, networkSegments.get(nic.getCable()));
            }
        }
        for (VirtualSwitch vswitch : host.getSwitches()) {
            if (vswitch.getKind() == SwitchKind.PRIVATE) {
                continue; // rule S-3: a private switch has no host port, even if one is written
            }
            for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                addMember(vnic, switchSegments.get(vswitch));
            }
        }
        for (VirtualMachine vm : host.getVms()) {
            for (VmNic nic : vm.getNics()) {
                if (nic.getSwitch() != null) {
                    addMember(nic, switchSegments.get(nic.getSwitch()));
                }
            }
        }
    }

    private void addMember(Interface iface, Integer segment) {
        if (segment != null) {
            interfaceSegments.put(iface, segment);
            members.get(segment).add(iface);
        }
    }

    private static String switchName(VirtualSwitch vswitch) {
        String host = vswitch.eContainer() instanceof Host h ? h.getName() : null;
        return host == null ? String.valueOf(vswitch.getName()) : host + "." + vswitch.getName();
    }

    /** How many segments there are. */
    public int count() {
        return members.size();
    }

    /** The segment an interface is a member of, or -1 (unconnected VM NIC, NIC without cable or TCP/IP, ...). */
    public int segmentOf(Interface iface) {
        Integer segment = interfaceSegments.get(iface);
        return segment == null ? -1 : segment;
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
        return nic.getCable() == null ? -1 : segmentOfNetwork(nic.getCable());
    }

    /** The network a physical NIC is cabled to, or null. */
    public Network networkOf(PhysicalNic nic) {
        return nic.getCable();
    }

    /** The member interfaces of a segment, in file order: NICs, host vNICs, VM NICs, host by host. */
    public List<Interface> members(int segment) {
        return Collections.unmodifiableList(members.get(segment));
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
