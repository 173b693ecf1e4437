// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.snapshot;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.analysis.segments.SegmentIndex;

/**
 * The simulated network as arrays and indices, built once from the simulated model by {@link SnapshotBuilder}
 * and never changed: ports (model interfaces first, in model order, then routers and DHCP servers of the
 * physical networks), devices, switches, networks and segments. The address planner, the packet walker and
 * the reachability analysis compute on it without walking EMF references.
 */
public final class NetworkSnapshot {

    /** No address / no gateway / no index. */
    public static final int NONE = -1;

    // ports
    final int portCount;
    final int interfaceCount;
    final PortKind[] portKind;
    final String[] portOwner;
    final String[] portName;
    final int[] portDevice;
    final int[] portSegment;
    final int[] portSwitch;
    final int[] portNetwork;
    final boolean[] portTcpip4;
    final boolean[] portStatic;
    final int[] portStaticAddress;
    final int[] portStaticPrefix;
    final int[] portStaticGateway;
    final boolean[] portStaticHasGateway;
    final String[] portStaticDns;
    final EObject[] portElement;
    final int[] portVlan;
    final int[][] portTrunk;
    final long[] portMac;
    final AclRules[] portAclIn;
    final AclRules[] portAclOut;
    final int[] portAclInKey;
    final int[] portAclOutKey;
    final boolean[] portDhcpGuard;
    final boolean[] portRouterGuard;
    final boolean[] portMacSpoofing;
    final int[] leaseOrder;
    // devices
    final int deviceCount;
    final DeviceKind[] deviceKind;
    final String[] deviceName;
    final int[][] devicePorts;
    final boolean[] deviceRouting;
    final boolean[] deviceInternet;
    final NatRule[][] deviceNat;
    final WinNatRule[][] deviceWinNat;
    final EObject[] deviceElement;
    // switches and networks
    final String[] switchLabel;
    final String[] switchKind;
    final int[] switchHostDevice;
    final boolean[] switchHyperV;
    final List<List<String>> switchExternalNics;
    final String[] networkName;
    final int[] networkSubnetAddress;
    final int[] networkSubnetPrefix;
    // segments
    final SegmentIndex segments;
    final List<DhcpServerSpec> dhcpServers;

    NetworkSnapshot(SnapshotBuilder b) {
        portCount = b.ports.size();
        interfaceCount = b.interfaceCount;
        portKind = new PortKind[portCount];
        portOwner = new String[portCount];
        portName = new String[portCount];
        portDevice = new int[portCount];
        portSegment = new int[portCount];
        portSwitch = new int[portCount];
        portNetwork = new int[portCount];
        portTcpip4 = new boolean[portCount];
        portStatic = new boolean[portCount];
        portStaticAddress = new int[portCount];
        portStaticPrefix = new int[portCount];
        portStaticGateway = new int[portCount];
        portStaticHasGateway = new boolean[portCount];
        portStaticDns = new String[portCount];
        portElement = new EObject[portCount];
        // rules: without any VLAN, trunk or ACL (a classic model), these tables stay null and read as unset
        boolean settings = b.switchPortSettings;
        portVlan = settings ? new int[portCount] : null;
        portTrunk = settings ? new int[portCount][] : null;
        portMac = new long[portCount];
        portAclIn = settings ? new AclRules[portCount] : null;
        portAclOut = settings ? new AclRules[portCount] : null;
        portAclInKey = settings ? new int[portCount] : null;
        portAclOutKey = settings ? new int[portCount] : null;
        portDhcpGuard = new boolean[portCount];
        portRouterGuard = new boolean[portCount];
        portMacSpoofing = new boolean[portCount];
        java.util.Map<String, Integer> aclKeys = new java.util.HashMap<>();
        aclKeys.put("", 0);
        // equal rules are one object: the reachability summary reads the rules of every port, and thousands of ports
        // writing the same ACL would otherwise be as many objects scattered over the heap
        List<AclRules> aclByKey = new java.util.ArrayList<>(List.of(AclRules.NONE));
        for (int i = 0; i < portCount; i++) {
            SnapshotBuilder.PortSpec p = b.ports.get(i);
            portKind[i] = p.kind;
            portOwner[i] = p.owner;
            portName[i] = p.name;
            portDevice[i] = p.device;
            portSegment[i] = p.segment;
            portSwitch[i] = p.vswitch;
            portNetwork[i] = p.network;
            portTcpip4[i] = p.tcpip4;
            portStatic[i] = p.isStatic;
            portStaticAddress[i] = p.address;
            portStaticPrefix[i] = p.prefix;
            portStaticGateway[i] = p.gateway;
            portStaticHasGateway[i] = p.hasGateway;
            portStaticDns[i] = p.dns;
            portElement[i] = p.element;
            portMac[i] = p.mac;
            if (settings) {
                portVlan[i] = p.vlan;
                portTrunk[i] = p.trunk;
                portAclInKey[i] = aclKey(aclKeys, aclByKey, p.aclIn);
                portAclOutKey[i] = aclKey(aclKeys, aclByKey, p.aclOut);
                portAclIn[i] = aclByKey.get(portAclInKey[i]);
                portAclOut[i] = aclByKey.get(portAclOutKey[i]);
            }
            portDhcpGuard[i] = p.dhcpGuard;
            portRouterGuard[i] = p.routerGuard;
            portMacSpoofing[i] = p.macSpoofing;
        }
        leaseOrder = leaseOrder(b);
        deviceCount = b.devices.size();
        deviceKind = new DeviceKind[deviceCount];
        deviceName = new String[deviceCount];
        devicePorts = new int[deviceCount][];
        deviceRouting = new boolean[deviceCount];
        deviceInternet = new boolean[deviceCount];
        deviceNat = new NatRule[deviceCount][];
        deviceWinNat = new WinNatRule[deviceCount][];
        deviceElement = new EObject[deviceCount];
        for (int i = 0; i < deviceCount; i++) {
            SnapshotBuilder.DeviceSpec d = b.devices.get(i);
            deviceKind[i] = d.kind;
            deviceName[i] = d.name;
            devicePorts[i] = java.util.Arrays.copyOf(d.ports, d.portCount);
            deviceRouting[i] = d.routing;
            deviceInternet[i] = d.internet;
            deviceNat[i] = d.nat.toArray(new NatRule[0]);
            deviceWinNat[i] = d.winNat.toArray(new WinNatRule[0]);
            deviceElement[i] = d.element;
        }
        int switches = b.switches.size();
        switchLabel = new String[switches];
        switchKind = new String[switches];
        switchHostDevice = new int[switches];
        switchHyperV = new boolean[switches];
        switchExternalNics = new java.util.ArrayList<>(switches);
        for (int i = 0; i < switches; i++) {
            SnapshotBuilder.SwitchSpec s = b.switches.get(i);
            switchLabel[i] = s.label;
            switchKind[i] = s.kind;
            switchHostDevice[i] = s.hostDevice;
            switchHyperV[i] = s.hyperV;
            switchExternalNics.add(s.externalNics);
        }
        int networks = b.networks.size();
        networkName = new String[networks];
        networkSubnetAddress = new int[networks];
        networkSubnetPrefix = new int[networks];
        for (int i = 0; i < networks; i++) {
            networkName[i] = b.networks.get(i).name;
            networkSubnetAddress[i] = b.networks.get(i).subnetAddress;
            networkSubnetPrefix[i] = b.networks.get(i).subnetPrefix;
        }
        segments = b.segments;
        dhcpServers = List.copyOf(b.dhcpServers);
    }

    /** All ports: model interfaces first ({@code 0..interfaceCount()-1}), then network devices. */
    public int portCount() {
        return portCount;
    }

    /** How many ports are model interfaces. */
    public int interfaceCount() {
        return interfaceCount;
    }

    /** The kind of a port. */
    public PortKind kind(int port) {
        return portKind[port];
    }

    /** The owner's name: host, VM, or network for network devices. */
    public String owner(int port) {
        return portOwner[port];
    }

    /** The port's own name (interface name, or the device address for network devices). */
    public String name(int port) {
        return portName[port];
    }

    /** {@code OWNER.NAME}, as traces and reports write it. */
    public String label(int port) {
        return portKind[port].isInterface() ? portOwner[port] + "." + portName[port] : portOwner[port] + " " + portName[port];
    }

    /** The device owning a port. */
    public int device(int port) {
        return portDevice[port];
    }

    /** The segment of a port, or -1 when it is connected nowhere. */
    public int segment(int port) {
        return portSegment[port];
    }

    /** The switch a port attaches to, or -1. */
    public int switchOf(int port) {
        return portSwitch[port];
    }

    /** The physical network a port attaches to directly, or -1. */
    public int networkOf(int port) {
        return portNetwork[port];
    }

    /** True when TCP/IPv4 is bound (rule A-5). */
    public boolean tcpip4(int port) {
        return portTcpip4[port];
    }

    /** True when the port has a static IPv4 setting. */
    public boolean isStatic(int port) {
        return portStatic[port];
    }

    /** The static address bits. */
    public int staticAddress(int port) {
        return portStaticAddress[port];
    }

    /** The static prefix length. */
    public int staticPrefix(int port) {
        return portStaticPrefix[port];
    }

    /** True when the static setting has a gateway. */
    public boolean staticHasGateway(int port) {
        return portStaticHasGateway[port];
    }

    /** The static gateway bits. */
    public int staticGateway(int port) {
        return portStaticGateway[port];
    }

    /** The static DNS servers as text, or null. */
    public String staticDns(int port) {
        return portStaticDns[port];
    }

    /** The VLAN the port's own address is in (rule X-3): its access VLAN, its trunk's native VLAN, or 0 (untagged). */
    public int vlan(int port) {
        return portVlan == null ? 0 : portVlan[port];
    }

    /** The VLANs a trunk port allows (rule X-3), or null when the port is no trunk. */
    public int[] trunk(int port) {
        return portTrunk == null || portTrunk[port] == null ? null : portTrunk[port].clone();
    }

    /** The port's MAC as 48 bits (written, or from its host's pool, rule X-5), or -1 when it has none. */
    public long mac(int port) {
        return portMac[port];
    }

    /** The port ACL rules that packets arriving at the port pass (rule X-7). */
    public AclRules aclIn(int port) {
        return portAclIn == null ? AclRules.NONE : portAclIn[port];
    }

    /** The port ACL rules that packets leaving the port pass (rule X-7). */
    public AclRules aclOut(int port) {
        return portAclOut == null ? AclRules.NONE : portAclOut[port];
    }

    /** A number for the port's {@code in} rules: ports with equal numbers decide alike (0: no rule). */
    public int aclInKey(int port) {
        return portAclInKey == null ? 0 : portAclInKey[port];
    }

    /** A number for the port's {@code out} rules: ports with equal numbers decide alike (0: no rule). */
    public int aclOutKey(int port) {
        return portAclOutKey == null ? 0 : portAclOutKey[port];
    }

    /** True when DhcpGuard is on at the port (rule X-4). */
    public boolean dhcpGuard(int port) {
        return portDhcpGuard[port];
    }

    /** True when RouterGuard is on at the port (rule X-4). */
    public boolean routerGuard(int port) {
        return portRouterGuard[port];
    }

    /** True when MAC address spoofing is allowed at the port (rule X-4). */
    public boolean macSpoofing(int port) {
        return portMacSpoofing[port];
    }

    /**
     * The model interfaces' ports in the order DHCP serves them (rule A-2): the order they are written in (ports DHCP
     * does not serve have their address before any lease, so their place decides nothing).
     */
    public int[] leaseOrder() {
        return leaseOrder.clone();
    }

    /** The simulated model element of a port (an Interface, Router or NetworkDhcpServer). */
    public EObject element(int port) {
        return portElement[port];
    }

    /** How many devices there are. */
    public int deviceCount() {
        return deviceCount;
    }

    /** The kind of a device. */
    public DeviceKind deviceKind(int device) {
        return deviceKind[device];
    }

    /** The name of a device: host or VM name, or {@code NETWORK router IP}. */
    public String deviceName(int device) {
        return deviceName[device];
    }

    /** The ports of a device in model order. */
    public int[] devicePorts(int device) {
        return devicePorts[device];
    }

    /** True when the device routes: RRAS routing on a host (T-5), {@code routing} on a VM, any network router. */
    public boolean routes(int device) {
        return deviceRouting[device];
    }

    /** True for a network router marked {@code internet} (T-3a). */
    public boolean internet(int device) {
        return deviceInternet[device];
    }

    /** The RRAS NATs of a host device (T-6). */
    public NatRule[] nat(int device) {
        return deviceNat[device];
    }

    /** The NetNats and the Default Switch's NAT of a host device. */
    public WinNatRule[] winNat(int device) {
        return deviceWinNat[device];
    }

    /** The simulated model element of a device (Host, VirtualMachine, Router, NetworkDhcpServer). */
    public EObject deviceElement(int device) {
        return deviceElement[device];
    }

    /** {@code HOST.SWITCH}. */
    public String switchLabel(int vswitch) {
        return switchLabel[vswitch];
    }

    /** {@code external}, {@code internal} or {@code private}. */
    public String switchKind(int vswitch) {
        return switchKind[vswitch];
    }

    /** The host device of a switch. */
    public int switchHost(int vswitch) {
        return switchHostDevice[vswitch];
    }

    /** True when the switch's host runs Hyper-V, whose hypervisor dispatches frames (I-4). */
    public boolean switchHyperV(int vswitch) {
        return switchHyperV[vswitch];
    }

    /** The physical NIC an external switch is bound to (the first of a team, rule X-6), or null. */
    public String switchExternalNic(int vswitch) {
        List<String> nics = switchExternalNics.get(vswitch);
        return nics.isEmpty() ? null : nics.get(0);
    }

    /** The physical NICs an external switch is bound to: one, or the members of its team (rule X-6). */
    public List<String> switchExternalNics(int vswitch) {
        return switchExternalNics.get(vswitch);
    }

    /** The name of a physical network. */
    public String networkName(int network) {
        return networkName[network];
    }

    /** The subnets of the physical networks that declare one, as {address bits, prefix}. */
    public List<int[]> networkSubnets() {
        List<int[]> result = new java.util.ArrayList<>();
        for (int i = 0; i < networkName.length; i++) {
            if (networkSubnetPrefix[i] >= 0) {
                result.add(new int[] { networkSubnetAddress[i], networkSubnetPrefix[i] });
            }
        }
        return result;
    }

    /** The segments (T-1) of the simulated model. */
    public SegmentIndex segments() {
        return segments;
    }

    /** The DHCP servers that answer, in file order (A-2, S-5). */
    public List<DhcpServerSpec> dhcpServers() {
        return dhcpServers;
    }

    /**
     * Rule A-2: the interfaces' ports sorted by their written-order keys, ties in model order (a stable sort). The keys
     * hold a host's index in their high half and the port's rank in its host in their low half, and the ports come host
     * by host: each host's run is then sorted alone, as numbers holding the rank above the port's index (which keeps
     * ties in model order), and most runs are in order already. Keys of another shape take one stable sort of all.
     */
    private static int[] leaseOrder(SnapshotBuilder b) {
        int count = b.interfaceCount;
        long[] keys = new long[count];
        boolean hostByHost = true;
        for (int i = 0; i < count; i++) {
            keys[i] = b.ports.get(i).order;
            hostByHost &= (keys[i] & 0x8000_0000L) == 0 && (i == 0 || keys[i] >>> 32 >= keys[i - 1] >>> 32);
        }
        int[] order = new int[count];
        if (!hostByHost) {
            Integer[] byKey = new Integer[count];
            for (int i = 0; i < count; i++) {
                byKey[i] = i;
            }
            java.util.Arrays.sort(byKey, java.util.Comparator.comparingLong(i -> keys[i])); // stable: ties keep model order
            for (int i = 0; i < count; i++) {
                order[i] = byKey[i];
            }
            return order;
        }
        long[] rankAndPort = new long[count];
        for (int start = 0, end; start < count; start = end) {
            boolean sorted = true;
            for (end = start; end < count && keys[end] >>> 32 == keys[start] >>> 32; end++) {
                rankAndPort[end] = (keys[end] << 32) | end;
                sorted &= end == start || rankAndPort[end] > rankAndPort[end - 1];
            }
            if (!sorted) {
                java.util.Arrays.sort(rankAndPort, start, end);
            }
        }
        for (int i = 0; i < count; i++) {
            order[i] = (int) rankAndPort[i];
        }
        return order;
    }

    /** The number of {@code rules} by their text (0: none), the first rules with that text kept in {@code byKey}. */
    private static int aclKey(java.util.Map<String, Integer> keys, List<AclRules> byKey, AclRules rules) {
        if (rules.isEmpty()) {
            return 0; // the number of the empty text, without making it: most ports have no rule
        }
        return keys.computeIfAbsent(rules.key(), k -> {
            byKey.add(rules);
            return byKey.size() - 1;
        });
    }
}
