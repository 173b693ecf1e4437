package org.hvnet.simulation.snapshot;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.DhcpScope;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Interface;
import org.hvnet.model.NatMapping;
import org.hvnet.model.Network;
import org.hvnet.model.NetworkDhcpServer;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Platform;
import org.hvnet.model.PortMapping;
import org.hvnet.model.Router;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmDhcpServer;
import org.hvnet.model.VmNic;
import org.hvnet.model.platform.Platforms;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.analysis.segments.EffectiveBindings;
import org.hvnet.analysis.segments.SegmentIndex;

/** Builds the {@link NetworkSnapshot} of simulated topologies: the only place that walks the EMF model. */
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
    }

    static final class DeviceSpec {
        DeviceKind kind;
        String name;
        final List<Integer> ports = new ArrayList<>();
        boolean routing;
        boolean internet;
        final List<NatRule> nat = new ArrayList<>();
        EObject element;
    }

    static final class SwitchSpec {
        String label;
        String kind;
        int hostDevice;
        boolean hyperV;
        String externalNic;
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
    SegmentIndex segments;

    /** Virtual Server DHCP services and VM DHCP servers, host by host in file order, met while adding the hosts. */
    private final List<Runnable> hostServers = new ArrayList<>();
    private final Map<VirtualSwitch, Integer> switchOf = new IdentityHashMap<>();
    private final Map<Network, Integer> networkOf = new IdentityHashMap<>();

    private SnapshotBuilder() {
    }

    /** The snapshot of simulated topologies (planned installs applied, implied host vNICs added). */
    public static NetworkSnapshot build(List<Topology> topologies) {
        return build(topologies, SegmentIndex.of(topologies));
    }

    /** The snapshot of simulated topologies whose segments (rule T-1) are known already. */
    public static NetworkSnapshot build(List<Topology> topologies, SegmentIndex segments) {
        SnapshotBuilder builder = new SnapshotBuilder();
        builder.segments = segments;
        builder.collect(topologies);
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
            }
        }
        collectDhcpServers(topologies);
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
            // the first NIC stands for a team (rule X-6: traffic behaves as with one NIC)
            spec.externalNic = vswitch.getExternalNics().isEmpty() ? null : vswitch.getExternalNics().get(0).getName();
            switchOf.put(vswitch, switches.size());
            switches.add(spec);
        }
        for (PhysicalNic nic : host.getNics()) {
            PortSpec port = addPort(PortKind.NIC, host.getName(), nic, device);
            Network cable = SegmentIndex.networkOf(nic);
            if (cable != null && networkOf.containsKey(cable)) {
                port.network = networkOf.get(cable);
            }
        }
        for (VirtualSwitch vswitch : host.getSwitches()) {
            for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                PortSpec port = addPort(PortKind.HOST_VNIC, host.getName(), vnic, device);
                port.vswitch = vswitch.getKind() == SwitchKind.PRIVATE ? -1 : switchOf.get(vswitch);
            }
        }
        addVirtualServerServices(host);
        for (VirtualMachine vm : host.getVms()) {
            int vmDevice = addDevice(DeviceKind.VM, vm.getName(), vm);
            devices.get(vmDevice).routing = vm.isRouting();
            int firstPort = ports.size();
            for (VmNic nic : vm.getNics()) {
                PortSpec port = addPort(PortKind.VM_NIC, vm.getName(), nic, vmDevice);
                if (nic.getSwitch() != null && switchOf.containsKey(nic.getSwitch())) {
                    port.vswitch = switchOf.get(nic.getSwitch());
                }
            }
            addVmServers(vm, firstPort);
        }
        addNat(host, device);
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
                hostServers.add(() -> addServer(name, segment, service, prefix, null));
            }
        }
    }

    private void addVmServers(VirtualMachine vm, int firstPort) {
        for (VmDhcpServer server : vm.getDhcpServers()) {
            VmNic nic = server.getNic();
            if (nic != null) {
                int own = vm.getNics().indexOf(nic);
                hostServers.add(() -> addVmServer(vm.getName(), server, own >= 0 ? firstPort + own : portOf(nic)));
            }
        }
    }

    /** The port of an interface of another VM (a model built without the DSL's scoping), or -1: a rare linear search. */
    private int portOf(Interface iface) {
        for (int port = 0; port < interfaceCount; port++) {
            if (ports.get(port).element == iface) {
                return port;
            }
        }
        return -1;
    }

    private void addVmServer(String vmName, VmDhcpServer server, int portIndex) {
        if (portIndex < 0) {
            return;
        }
        PortSpec port = ports.get(portIndex);
        if (port.segment < 0 || !port.tcpip4 || !port.isStatic) {
            return; // a server needs its NIC connected, with TCP/IP and a static address
        }
        addServer(vmName, port.segment, server, port.prefix, Ipv4Address.ofBits(port.address));
    }

    private int addDevice(DeviceKind kind, String name, EObject element) {
        DeviceSpec spec = new DeviceSpec();
        spec.kind = kind;
        spec.name = name;
        spec.element = element;
        devices.add(spec);
        return devices.size() - 1;
    }

    private PortSpec addPort(PortKind kind, String owner, Interface iface, int device) {
        PortSpec port = new PortSpec();
        port.kind = kind;
        port.owner = owner;
        port.name = iface.getName();
        port.device = device;
        port.segment = segments.segmentOf(iface);
        port.tcpip4 = EffectiveBindings.hasTcpip4(iface);
        port.element = iface;
        if (iface.getIpv4() instanceof StaticIpv4Config fixed && fixed.getAddress() != null) {
            port.isStatic = true;
            port.address = fixed.getAddress().address().bits();
            port.prefix = fixed.getAddress().prefix();
            port.hasGateway = fixed.getGateway() != null;
            port.gateway = port.hasGateway ? fixed.getGateway().bits() : 0;
            port.dns = dns(fixed.getDns());
        }
        devices.get(device).ports.add(ports.size());
        ports.add(port);
        return port;
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
        devices.get(device).ports.add(ports.size());
        ports.add(port);
    }

    private void addNat(Host host, int device) {
        if (host.getRras() == null) {
            return;
        }
        for (NatMapping nat : host.getRras().getNatMappings()) {
            int publicPort = portNamed(device, nat.getPublicInterface());
            if (publicPort < 0) {
                continue; // an unresolved name: reported with rule link elsewhere
            }
            int[] privatePorts = nat.getPrivateInterfaces().stream().mapToInt(n -> portNamed(device, n)).filter(p -> p >= 0).toArray();
            List<PortMapping> mappings = nat.getPortMappings().stream().filter(m -> m.getPrivateAddress() != null).toList();
            int[] addresses = mappings.stream().mapToInt(m -> m.getPrivateAddress().bits()).toArray();
            String[] texts = mappings.stream().map(m -> (m.getProtocol() == null ? "tcp" : m.getProtocol().getLiteral()) + " "
                    + m.getPublicPort() + " -> " + m.getPrivateAddress() + ":" + (m.getPrivatePort() == null ? m.getPublicPort() : m.getPrivatePort()))
                    .toArray(String[]::new);
            devices.get(device).nat.add(new NatRule(publicPort, privatePorts, addresses, texts));
        }
    }

    private int portNamed(int device, String name) {
        for (int port : devices.get(device).ports) {
            if (ports.get(port).name.equals(name)) {
                return port;
            }
        }
        return -1;
    }

    private void collectDhcpServers(List<Topology> topologies) {
        for (Topology topology : topologies) {
            for (Network network : topology.getNetworks()) {
                NetworkSpec spec = networks.get(networkOf.get(network));
                for (NetworkDhcpServer server : network.getDhcpServers()) {
                    addServer(network.getName(), segments.segmentOfNetwork(network), server, spec.subnetPrefix,
                            server.getAddress());
                }
            }
        }
        hostServers.forEach(Runnable::run); // after the networks' servers: the order in which servers answer
    }

    private void addServer(String name, int segment, DhcpScope scope, int prefix, Ipv4Address own) {
        if (segment < 0 || scope.getRangeStart() == null || scope.getRangeEnd() == null) {
            return;
        }
        int leasePrefix = prefix >= 0 ? prefix : 24; // DSL.md: without a subnet, the /24 that holds the range
        dhcpServers.add(new DhcpServerSpec(name, segment, scope.getRangeStart().bits(), scope.getRangeEnd().bits(), leasePrefix,
                scope.getGateway() != null, scope.getGateway() == null ? 0 : scope.getGateway().bits(), dns(scope.getDns()),
                own == null ? -1 : own.bits(), own != null));
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
