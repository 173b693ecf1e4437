// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.analysis.macs.DynamicMacs;
import org.hvnet.analysis.order.HostInterfaceOrder;
import org.hvnet.analysis.order.WrittenOrder;
import org.hvnet.analysis.segments.EffectiveBindings;
import org.hvnet.analysis.segments.PortVlans;
import org.hvnet.analysis.segments.SegmentIndex;
import org.hvnet.model.AclDirection;
import org.hvnet.model.DhcpScope;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Interface;
import org.hvnet.model.Network;
import org.hvnet.model.NetworkDhcpServer;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Platform;
import org.hvnet.model.Router;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmDhcpServer;
import org.hvnet.model.VlanTrunk;
import org.hvnet.model.VmNic;
import org.hvnet.model.platform.Platforms;
import org.hvnet.model.values.Ipv4Address;

/** Builds the {@link NetworkSnapshot} of a simulated model: the only place that walks the EMF model. */
public final class SnapshotBuilder {

    static final class PortSpec {
        PortKind kind;
        String owner;
        String name;
        int device;
        int segment = -1;
        int vswitch = -1;
        int network = -1;
        boolean tcpip4;
        boolean isStatic;
        int address;
        int prefix;
        int gateway;
        boolean hasGateway;
        String dns;
        EObject element;
        int vlan;
        int[] trunk;
        long mac = -1;
        AclRules aclIn = AclRules.NONE;
        AclRules aclOut = AclRules.NONE;
        boolean dhcpGuard;
        boolean routerGuard;
        boolean macSpoofing;
        long order = Long.MAX_VALUE;
    }

    static final class DeviceSpec {
        DeviceKind kind;
        String name;
        /** The device's ports, {@code ports[0..portCount-1]}: numbers, without a boxed one per port. */
        int[] ports = new int[2];
        int portCount;
        boolean routing;
        boolean internet;
        final List<NatRule> nat = new ArrayList<>();
        final List<WinNatRule> winNat = new ArrayList<>();
        EObject element;

        void addPort(int port) {
            if (portCount == ports.length) {
                ports = java.util.Arrays.copyOf(ports, portCount * 2);
            }
            ports[portCount++] = port;
        }
    }

    static final class SwitchSpec {
        String label;
        String kind;
        int hostDevice;
        boolean hyperV;
        List<String> externalNics = List.of();
    }

    static final class NetworkSpec {
        String name;
        int subnetAddress;
        int subnetPrefix = -1;
    }

    final List<PortSpec> ports = new ArrayList<>();
    final List<DeviceSpec> devices = new ArrayList<>();
    final List<SwitchSpec> switches = new ArrayList<>();
    final List<NetworkSpec> networks = new ArrayList<>();
    final List<DhcpServerSpec> dhcpServers = new ArrayList<>();
    int interfaceCount;
    /** True once a port has a VLAN, a trunk or an ACL (rules ): without any, the snapshot keeps no table of them. */
    boolean switchPortSettings;
    SegmentIndex segments;

    private final WrittenOrder order;
    private final DynamicMacs macs;
    private final Map<VirtualSwitch, Integer> switchOf = new IdentityHashMap<>();
    private final Map<Network, Integer> networkOf = new IdentityHashMap<>();
    /** The DHCP servers of hosts, met while adding them and added after the networks' ones, in this order. */
    private final List<Runnable> hostServers = new ArrayList<>();

    private SnapshotBuilder(SimulatedModel model) {
        this.segments = model.segments();
        this.order = model.writtenOrder();
        this.macs = model.macs();
    }

    /** The snapshot of a simulated model (planned installs applied, implied host vNICs added). */
    public static NetworkSnapshot build(SimulatedModel model) {
        SnapshotBuilder builder = new SnapshotBuilder(model);
        builder.collect(model.topologies());
        return new NetworkSnapshot(builder);
    }

    private void collect(List<Topology> topologies) {
        for (Topology topology : topologies) {
            for (Network network : topology.getNetworks()) {
                NetworkSpec spec = new NetworkSpec();
                spec.name = network.getName();
                if (network.getSubnet() != null) {
                    spec.subnetAddress = network.getSubnet().network().bits();
                    spec.subnetPrefix = network.getSubnet().prefix();
                }
                networkOf.put(network, networks.size());
                networks.add(spec);
            }
        }
        for (Topology topology : topologies) {
            for (Host host : topology.getHosts()) {
                addHost(host);
            }
        }
        interfaceCount = ports.size();
        for (Topology topology : topologies) {
            for (Network network : topology.getNetworks()) {
                addNetworkDevices(network);
                NetworkSpec spec = networks.get(networkOf.get(network));
                for (NetworkDhcpServer server : network.getDhcpServers()) {
                    addServer(network.getName(), network, server, false, segments.segmentOfNetwork(network), server, spec.subnetPrefix,
                            server.getAddress());
                }
            }
        }
        hostServers.forEach(Runnable::run);
        // rule A-2: servers in the order they are written (a model without text keeps this list's order)
        dhcpServers.sort(Comparator.comparingLong(DhcpServerSpec::order));
    }

    private void addHost(Host host) {
        int device = addDevice(DeviceKind.HOST, host.getName(), host);
        devices.get(device).routing = host.getRras() != null && host.getRras().isRouting();
        boolean hyperV = Platforms.isHyperV(host.getPlatform());
        for (VirtualSwitch vswitch : host.getSwitches()) {
            SwitchSpec spec = new SwitchSpec();
            spec.label = host.getName() + "." + vswitch.getName();
            spec.kind = vswitch.getKind() == null ? "external" : vswitch.getKind().getLiteral();
            spec.hostDevice = device;
            spec.hyperV = hyperV;
            // a team of several NICs (rule X-6) behaves as one NIC; traces name every member
            spec.externalNics = vswitch.getExternalNics().stream().map(PhysicalNic::getName).toList();
            switchOf.put(vswitch, switches.size());
            switches.add(spec);
        }
        HostInterfaceOrder written = order.interfacesOf(host); // rule A-2: the lease order
        long[] pooled = macs.macsOf(host); // rule X-5: host vNICs, then VM NICs
        int pooledPort = 0;
        List<PhysicalNic> nics = host.getNics();
        for (int n = 0; n < nics.size(); n++) {
            PhysicalNic nic = nics.get(n);
            PortSpec port = addPort(PortKind.NIC, host.getName(), nic, device);
            port.order = written.nic(n);
            Network cable = SegmentIndex.networkOf(nic);
            if (cable != null && networkOf.containsKey(cable)) {
                port.network = networkOf.get(cable);
            }
        }
        List<VirtualSwitch> switches = host.getSwitches();
        for (int s = 0; s < switches.size(); s++) {
            VirtualSwitch vswitch = switches.get(s);
            PortSpec first = null;
            List<HostVirtualNic> vnics = vswitch.getHostVnics();
            for (int v = 0; v < vnics.size(); v++) {
                PortSpec port = addPort(PortKind.HOST_VNIC, host.getName(), vnics.get(v), device);
                port.order = written.hostVnic(s, v);
                port.mac = pooled == null ? port.mac : pooled[pooledPort++];
                port.vswitch = vswitch.getKind() == SwitchKind.PRIVATE ? -1 : switchOf.get(vswitch);
                first = first == null ? port : first;
            }
            if (vswitch.getKind() == SwitchKind.DEFAULT && first != null) {
                addDefaultSwitch(vswitch, first);
            }
        }
        addVirtualServerServices(host);
        List<VirtualMachine> vms = host.getVms();
        for (int m = 0; m < vms.size(); m++) {
            VirtualMachine vm = vms.get(m);
            int vmDevice = addDevice(DeviceKind.VM, vm.getName(), vm);
            devices.get(vmDevice).routing = vm.isRouting();
            int firstPort = ports.size();
            List<VmNic> vmNics = vm.getNics();
            for (int n = 0; n < vmNics.size(); n++) {
                VmNic nic = vmNics.get(n);
                PortSpec port = addPort(PortKind.VM_NIC, vm.getName(), nic, vmDevice);
                port.order = written.vmNic(m, n);
                port.mac = pooled == null ? port.mac : pooled[pooledPort++];
                if (nic.getSwitch() != null && switchOf.containsKey(nic.getSwitch())) {
                    port.vswitch = switchOf.get(nic.getSwitch());
                }
            }
            addVmServers(vm, firstPort);
        }
        HostNats.add(host, devices.get(device), this);
    }

    private void addVirtualServerServices(Host host) {
        if (host.getPlatform() != Platform.VIRTUAL_SERVER) {
            return;
        }
        // rule S-5: only Virtual Server's virtual networks have a DHCP service
        for (VirtualSwitch vswitch : host.getSwitches()) {
            var service = vswitch.getDhcpService();
            if (service != null) {
                int prefix = service.getSubnet() == null ? -1 : service.getSubnet().prefix();
                String name = host.getName() + "." + vswitch.getName();
                int segment = segments.segmentOfSwitch(vswitch);
                hostServers.add(() -> addServer(name, vswitch, service, false, segment, service, prefix, null));
            }
        }
    }

    /**
     * Rule X-2: the Default Switch's host vNIC holds the first address of its subnet and, through Windows' ICS, serves
     * DHCP from the second one, being gateway and DNS server of the leases; the lease's server is the switch.
     */
    private void addDefaultSwitch(VirtualSwitch vswitch, PortSpec gateway) {
        DefaultSwitchPlan plan = DefaultSwitchPlan.of(vswitch);
        gateway.isStatic = true;
        gateway.address = plan.gateway();
        gateway.prefix = plan.prefix();
        gateway.hasGateway = false;
        gateway.dns = null;
        if (gateway.segment < 0) {
            return;
        }
        String own = Ipv4Address.ofBits(plan.gateway()).toString();
        DhcpServerSpec ics = new DhcpServerSpec(vswitch.getName(), vswitch, order.keyOf(vswitch), false, gateway.segment,
                plan.firstLease(), plan.lastLease(), plan.prefix(), true, plan.gateway(), own, plan.gateway(), true);
        hostServers.add(() -> dhcpServers.add(ics));
    }

    private void addVmServers(VirtualMachine vm, int firstPort) {
        for (VmDhcpServer server : vm.getDhcpServers()) {
            VmNic nic = server.getNic();
            if (nic != null) {
                int own = vm.getNics().indexOf(nic);
                hostServers.add(() -> addVmServer(vm, server, nic, own >= 0 ? ports.get(firstPort + own) : portOf(nic)));
            }
        }
    }

    private void addVmServer(VirtualMachine vm, VmDhcpServer server, VmNic nic, PortSpec port) {
        if (port == null || port.segment < 0 || !port.tcpip4 || !port.isStatic) {
            return; // a server needs its NIC connected, with TCP/IP and a static address
        }
        // rule X-4: DhcpGuard on the server's NIC drops its offers; the lease planner skips the server
        addServer(vm.getName(), vm, server, nic.isDhcpGuard(), port.segment, server, port.prefix, Ipv4Address.ofBits(port.address));
    }

    /** The port of an interface, or null: a linear search, for the rare reference to another VM's NIC. */
    private PortSpec portOf(Interface iface) {
        for (PortSpec port : ports) {
            if (port.element == iface) {
                return port;
            }
        }
        return null;
    }

    private int addDevice(DeviceKind kind, String name, EObject element) {
        DeviceSpec spec = new DeviceSpec();
        spec.kind = kind;
        spec.name = name;
        spec.element = element;
        devices.add(spec);
        return devices.size() - 1;
    }

    /** A physical NIC's port: untagged, without port ACLs or guards. */
    private PortSpec addPort(PortKind kind, String owner, PhysicalNic nic, int device) {
        return addInterfacePort(kind, owner, nic, segments.segmentOf(nic), device);
    }

    /** A host vNIC's port. */
    private PortSpec addPort(PortKind kind, String owner, HostVirtualNic vnic, int device) {
        PortSpec port = addInterfacePort(kind, owner, vnic, segments.segmentOf(vnic), device);
        addSwitchPortSettings(port, vnic);
        return port;
    }

    /** A VM NIC's port, with its guards (rule X-4). */
    private PortSpec addPort(PortKind kind, String owner, VmNic nic, int device) {
        PortSpec port = addInterfacePort(kind, owner, nic, segments.segmentOf(nic), device);
        addSwitchPortSettings(port, nic);
        port.dhcpGuard = nic.isDhcpGuard();
        port.routerGuard = nic.isRouterGuard();
        port.macSpoofing = nic.isMacAddressSpoofing();
        return port;
    }

    /**
     * What every interface's port has. The callers know the interface's type, so that no type test is made per port
     * (tests of a class against the interfaces it implements are a linear search in the JVMs of Java 17).
     */
    private PortSpec addInterfacePort(PortKind kind, String owner, Interface iface, int segment, int device) {
        PortSpec port = new PortSpec();
        port.kind = kind;
        port.owner = owner;
        port.name = iface.getName();
        port.device = device;
        port.segment = segment;
        port.tcpip4 = EffectiveBindings.hasTcpip4(iface);
        port.element = iface;
        port.mac = iface.getMac() == null ? -1 : iface.getMac().bits(); // rule X-5: the pool's MACs are set by addHost
        if (iface.getIpv4() instanceof StaticIpv4Config fixed && fixed.getAddress() != null) {
            port.isStatic = true;
            port.address = fixed.getAddress().address().bits();
            port.prefix = fixed.getAddress().prefix();
            port.hasGateway = fixed.getGateway() != null;
            port.gateway = port.hasGateway ? fixed.getGateway().bits() : 0;
            port.dns = dns(fixed.getDns());
        }
        devices.get(device).addPort(ports.size());
        ports.add(port);
        return port;
    }

    /**
     * A switch port's VLAN and trunk (rule X-3) and port ACLs. A port with none of them keeps the defaults
     * (untagged, no trunk, no rule) without reading more; its ACL list is asked whether it is set, not made.
     */
    private void addSwitchPortSettings(PortSpec port, VirtualPort virtual) {
        VlanTrunk trunk = virtual.getTrunk();
        boolean acls = virtual.eIsSet(HvnetPackage.Literals.VIRTUAL_PORT__ACLS);
        if (trunk == null && virtual.getVlan() == null && !acls) {
            return;
        }
        switchPortSettings = true;
        port.vlan = PortVlans.of(virtual);
        port.trunk = trunk == null ? null : VlanLists.expand(trunk.getAllowed());
        if (acls) {
            port.aclIn = AclRules.of(virtual.getAcls(), AclDirection.IN);
            port.aclOut = AclRules.of(virtual.getAcls(), AclDirection.OUT);
        }
    }

    private void addNetworkDevices(Network network) {
        int networkIndex = networkOf.get(network);
        NetworkSpec spec = networks.get(networkIndex);
        int segment = segments.segmentOfNetwork(network);
        for (Router router : network.getRouters()) {
            if (router.getAddress() == null) {
                continue;
            }
            int device = addDevice(DeviceKind.ROUTER, network.getName() + " router " + router.getAddress(), router);
            devices.get(device).routing = true;
            devices.get(device).internet = router.isInternet();
            addDevicePort(PortKind.ROUTER, network.getName(), "router " + router.getAddress(), router.getAddress(), spec, segment,
                    networkIndex, device, router);
        }
        for (NetworkDhcpServer server : network.getDhcpServers()) {
            if (server.getAddress() == null) {
                continue;
            }
            int device = addDevice(DeviceKind.DHCP_SERVER, network.getName() + " dhcp-server " + server.getAddress(), server);
            addDevicePort(PortKind.DHCP_SERVER, network.getName(), "dhcp-server " + server.getAddress(), server.getAddress(), spec,
                    segment, networkIndex, device, server);
        }
    }

    private void addDevicePort(PortKind kind, String owner, String name, Ipv4Address address, NetworkSpec network, int segment,
            int networkIndex, int device, EObject element) {
        PortSpec port = new PortSpec();
        port.kind = kind;
        port.owner = owner;
        port.name = name;
        port.device = device;
        port.segment = segment;
        port.network = networkIndex;
        port.tcpip4 = true;
        port.isStatic = true;
        port.address = address.bits();
        port.prefix = network.subnetPrefix >= 0 ? network.subnetPrefix : 24;
        port.element = element;
        devices.get(device).addPort(ports.size());
        ports.add(port);
    }

    /** The port of {@code device} named {@code name}, or -1. */
    int portNamed(DeviceSpec device, String name) {
        for (int i = 0; i < device.portCount; i++) {
            if (ports.get(device.ports[i]).name.equals(name)) {
                return device.ports[i];
            }
        }
        return -1;
    }

    private void addServer(String name, EObject owner, EObject written, boolean guarded, int segment, DhcpScope scope, int prefix,
            Ipv4Address own) {
        if (segment < 0 || scope.getRangeStart() == null || scope.getRangeEnd() == null) {
            return;
        }
        int leasePrefix = prefix >= 0 ? prefix : 24; // without a subnet, the /24 that holds the range
        dhcpServers.add(new DhcpServerSpec(name, owner, order.keyOf(written), guarded, segment, scope.getRangeStart().bits(),
                scope.getRangeEnd().bits(), leasePrefix, scope.getGateway() != null, scope.getGateway() == null ? 0 : scope.getGateway().bits(),
                dns(scope.getDns()), own == null ? -1 : own.bits(), own != null));
    }

    private static String dns(List<Ipv4Address> servers) {
        if (servers.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(servers.get(0).toString());
        for (int i = 1; i < servers.size(); i++) {
            text.append(", ").append(servers.get(i));
        }
        return text.toString();
    }
}
