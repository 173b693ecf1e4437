// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hvnet.analysis.SimulatedModel;
import org.hvnet.analysis.segments.EffectiveBindings;
import org.hvnet.model.AclDirection;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.PortAcl;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.InterfaceAddress;

/**
 * What an inventory carries of some hosts of a model, as sorted lines: each host's platform and MAC pool, NICs
 * (MAC, bindings, the networks their cables carry where an address on that subnet and VLAN shows them), switches, host vNICs and VM NICs (VLAN, ACLs, guards, static MAC),
 * WinNAT, the host interfaces' static settings, and where every interface's simulated address lies with the MAC it
 * has: a physical NIC's, and every port's of a host that writes its pool (Get-VMHost carries a pool, rule X-5; the
 * default pool, derived from the host's first static address in file order, is not in an inventory). Networks appear
 * by subnet and VLAN, never by name; a rule for both directions and an in and an out rule alike are one rule.
 */
final class ModelFacts {

    private ModelFacts() {
    }

    /** The facts of {@code hosts} (all Hyper-V hosts when empty) in the simulation of {@code written}. */
    static Set<String> of(List<Topology> written, Set<String> hosts) {
        SimulatedModel simulated = SimulatedModel.of(written);
        Set<String> facts = new TreeSet<>();
        Map<String, String> hostOf = new HashMap<>();
        Map<String, Integer> vlanOf = new HashMap<>();
        Set<String> pooled = new TreeSet<>();
        for (Topology topology : simulated.topologies()) {
            for (Host host : topology.getHosts()) {
                if (hosts.contains(host.getName())) {
                    hostOf.put(host.getName(), host.getName());
                    if (host.getMacPool() != null) {
                        pooled.add(host.getName());
                    }
                    host.getSwitches().forEach(s -> s.getHostVnics().forEach(v -> vlanOf.put(host.getName() + "." + v.getName(), ownVlan(v))));
                    for (VirtualMachine vm : host.getVms()) {
                        hostOf.put(vm.getName(), host.getName());
                        vm.getNics().forEach(nic -> vlanOf.put(vm.getName() + "." + nic.getName(), ownVlan(nic)));
                    }
                }
            }
        }
        Map<String, List<String>> observed = new HashMap<>();
        for (InterfaceAddress row : Simulation.of(simulated).addressTable()) {
            if (hostOf.containsKey(row.owner())) {
                String label = row.owner() + "." + row.iface();
                boolean macCarried = row.kind().equals("nic") || pooled.contains(hostOf.get(row.owner()));
                facts.add("address " + label + " " + where(row) + (macCarried ? " mac " + row.mac() : ""));
                if (row.address() != null) {
                    Integer vlan = vlanOf.get(label);
                    observed.computeIfAbsent(hostOf.get(row.owner()), k -> new ArrayList<>())
                            .add(Ipv4Cidr.valueOf(row.address()).subnet() + (vlan == null ? "" : " vlan " + vlan));
                }
            }
        }
        for (Topology topology : simulated.topologies()) {
            topology.getHosts().stream().filter(host -> hosts.contains(host.getName()))
                    .forEach(host -> host(host, observed.getOrDefault(host.getName(), List.of()), facts));
        }
        return facts;
    }

    /** A host's facts; its NICs' cables only to networks where an address of the host or its VMs lies (an inventory shows no other). */
    private static void host(Host host, List<String> observed, Set<String> facts) {
        String h = host.getName();
        facts.add("host " + h + " " + host.getPlatform().getLiteral()
                + (host.getMacPool() == null ? "" : " pool " + host.getMacPool().getFirst() + " - " + host.getMacPool().getLast()));
        for (PhysicalNic nic : host.getNics()) {
            facts.add("nic " + h + "." + nic.getName() + " mac " + nic.getMac() + " bind " + EffectiveBindings.of(nic) + " cables "
                    + new TreeSet<>(nic.getCables().stream().map(ModelFacts::network).filter(observed::contains).toList()) + ipv4(nic.getIpv4()));
        }
        for (VirtualSwitch vswitch : host.getSwitches()) {
            facts.add("switch " + h + "." + vswitch.getName() + " " + vswitch.getKind().getLiteral() + " on "
                    + vswitch.getExternalNics().stream().map(PhysicalNic::getName).toList() + " set " + vswitch.isEmbeddedTeaming()
                    + " management " + vswitch.isAllowManagementOS() + " subnet " + vswitch.getSubnet());
            for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                if (vswitch.getKind() != org.hvnet.model.SwitchKind.DEFAULT) {
                    facts.add("host-vnic " + h + "." + vnic.getName() + " on " + vswitch.getName() + port(vnic) + ipv4(vnic.getIpv4())
                            + " bind " + EffectiveBindings.of(vnic));
                }
            }
        }
        for (VirtualMachine vm : host.getVms()) {
            facts.add("vm " + h + "." + vm.getName());
            for (VmNic nic : vm.getNics()) {
                facts.add("vm-nic " + vm.getName() + "." + nic.getName() + " on " + (nic.getSwitch() == null ? null : nic.getSwitch().getName())
                        + port(nic) + " guards " + nic.isDhcpGuard() + nic.isRouterGuard() + nic.isMacAddressSpoofing());
            }
        }
        host.getNetNats().forEach(nat -> facts.add("netnat " + h + "." + nat.getName() + " " + nat.getInternalPrefix() + " "
                + nat.getStaticMappings().stream().map(m -> m.getProtocol() + " " + m.getPublicPort() + " " + m.getPrivateAddress() + " "
                        + (m.getPrivatePort() == null ? m.getPublicPort() : m.getPrivatePort())).sorted().toList()));
    }

    /** The VLAN of a port's own traffic: its access VLAN, a trunk's native VLAN, or null untagged (rule X-3). */
    private static Integer ownVlan(VirtualPort port) {
        return port.getTrunk() != null ? port.getTrunk().getNativeVlan() : port.getVlan();
    }

    private static String port(VirtualPort port) {
        Set<String> acls = new TreeSet<>();
        for (PortAcl acl : port.getAcls()) {
            List<AclDirection> directions = acl.getDirection() == AclDirection.BOTH ? List.of(AclDirection.IN, AclDirection.OUT)
                    : List.of(acl.getDirection());
            directions.forEach(d -> acls.add(acl.getAction() + " " + d + " " + acl.getRemotePrefix()));
        }
        return " mac " + port.getMac() + " vlan " + port.getVlan() + " trunk "
                + (port.getTrunk() == null ? null : port.getTrunk().getAllowed() + " native " + port.getTrunk().getNativeVlan()) + " acls " + acls;
    }

    private static String ipv4(Object config) {
        return config instanceof StaticIpv4Config s ? " static " + s.getAddress() + " gateway " + s.getGateway() + " dns " + s.getDns() : "";
    }

    private static String network(Network network) {
        return network.getSubnet() + (network.getVlan() == null ? "" : " vlan " + network.getVlan());
    }

    /** Where an address lies: APIPA, none, or the subnet it is in (a lease's exact address depends on the server's range). */
    private static String where(InterfaceAddress row) {
        return switch (row.source()) {
            case APIPA -> "apipa";
            case NONE -> "none";
            default -> "in " + Ipv4Cidr.valueOf(row.address()).subnet();
        };
    }
}
