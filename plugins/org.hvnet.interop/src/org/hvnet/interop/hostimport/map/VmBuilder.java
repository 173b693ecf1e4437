// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.interop.hostimport.map.ObservedAddress.Origin;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.VirtualMachine;
import org.hvnet.interop.inventory.VmNetworkAdapter;
import org.hvnet.interop.inventory.VmState;
import org.hvnet.interop.inventory.VmSwitch;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.Network;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.model.values.Ipv4Address;

/**
 * The VMs of a host (Get-VM, and any VM Get-VMNetworkAdapter names besides) with their NICs: switch, MAC when static,
 * VLAN, guards and ACLs, and the address a running VM reported (the segment decides prefix and DHCP, see
 * {@link VmAddresses}). A VM that is not running reports nothing and gets no expectation.
 */
final class VmBuilder {

    private VmBuilder() {
    }

    static void addTo(Host host, HostMapping mapping, NetworkPlan plan, UniqueNames vmNames, PortSettings ports,
            AddressExpectations expectations) {
        Map<String, VirtualMachine> vms = new LinkedHashMap<>();
        mapping.inventory.vms().forEach(vm -> vms.putIfAbsent(vm.name(), vm));
        for (VmNetworkAdapter adapter : mapping.inventory.vmNetworkAdapters()) {
            if (!adapter.managementOs() && adapter.vmName() != null && !vms.containsKey(adapter.vmName())) {
                if (mapping.inventory.keys().contains(InventoryKey.GET_VM)) {
                    mapping.warnings.warn(mapping.file(), InventoryKey.GET_VM, mapping.name + "." + adapter.vmName(), "VM '"
                            + adapter.vmName() + "' has NICs but Get-VM does not list it: it is taken as running");
                }
                vms.put(adapter.vmName(), new VirtualMachine(adapter.vmName(), null, null));
            }
        }
        VmAddresses addresses = new VmAddresses(mapping, plan, host);
        for (VirtualMachine row : vms.values()) {
            org.hvnet.model.VirtualMachine vm = HvnetFactory.eINSTANCE.createVirtualMachine();
            vm.setName(vmNames.claim(row.name()));
            if (!vm.getName().equals(row.name())) {
                mapping.warnings.warn(mapping.file(), InventoryKey.GET_VM, mapping.name + "." + row.name(), "another VM of the import"
                        + " is named '" + row.name() + "' too (names ignore case): this one is '" + vm.getName() + "' in the model");
            }
            boolean running = row.state() == VmState.RUNNING || (row.state() == null && !mapping.inventory.keys().contains(InventoryKey.GET_VM));
            for (VmNetworkAdapter adapter : adaptersOf(mapping, row.name())) {
                VmNic nic = nic(adapter, mapping, host, ports, vm.getName());
                vm.getNics().add(nic);
                if (running) {
                    addresses.apply(adapter, nic, vm, expectations);
                }
            }
            host.getVms().add(vm);
        }
    }

    private static List<VmNetworkAdapter> adaptersOf(HostMapping mapping, String vm) {
        List<VmNetworkAdapter> adapters = new ArrayList<>();
        for (VmNetworkAdapter adapter : mapping.inventory.vmNetworkAdapters()) {
            if (!adapter.managementOs() && vm.equals(adapter.vmName())) {
                adapters.add(adapter);
            }
        }
        return adapters;
    }

    private static VmNic nic(VmNetworkAdapter adapter, HostMapping mapping, Host host, PortSettings ports, String vm) {
        VmNic nic = HvnetFactory.eINSTANCE.createVmNic();
        nic.setName(adapter.name());
        if (!adapter.dynamicMac() && adapter.macAddress() != null) {
            nic.setMac(adapter.macAddress());
        }
        VmSwitch row = mapping.switches.find(adapter.switchId(), adapter.switchName());
        if (row != null) {
            String name = mapping.switches.name(row);
            host.getSwitches().stream().filter(s -> s.getName().equals(name)).findFirst().ifPresent(nic::setSwitch);
        } else if (adapter.switchName() != null && !adapter.switchName().isEmpty()) {
            mapping.warnings.warn(mapping.file(), InventoryKey.GET_VM_NETWORK_ADAPTER, vm + "." + adapter.name(), vm + "."
                    + adapter.name() + " is connected to switch '" + adapter.switchName()
                    + "', which Get-VMSwitch does not list: it is left unconnected");
        }
        ports.apply(adapter, nic, vm + "." + adapter.name());
        return nic;
    }

    /** The IPv4 address a VM NIC reported, placed on its segment. */
    static final class VmAddresses {

        /** The prefix length of a network only a VM's address shows (Get-VMNetworkAdapter reports addresses without one). */
        static final int ASSUMED_PREFIX = 24;

        private final HostMapping mapping;
        private final NetworkPlan plan;
        private final Host host;

        VmAddresses(HostMapping mapping, NetworkPlan plan, Host host) {
            this.mapping = mapping;
            this.plan = plan;
            this.host = host;
        }

        void apply(VmNetworkAdapter adapter, VmNic nic, org.hvnet.model.VirtualMachine vm, AddressExpectations expectations) {
            List<Ipv4Address> reported = adapter.ipAddresses();
            if (reported.isEmpty()) {
                return;
            }
            Ipv4Address ip = reported.stream().filter(a -> !a.isLinkLocal()).findFirst().orElse(reported.get(0));
            if (reported.size() > 1) {
                mapping.warnings.warn(mapping.file(), InventoryKey.GET_VM_NETWORK_ADAPTER, vm.getName() + "." + nic.getName(),
                        vm.getName() + "." + nic.getName() + " reports " + reported.size() + " IPv4 addresses; the model keeps " + ip + " only");
            }
            VirtualSwitch vswitch = nic.getSwitch();
            if (vswitch == null) {
                return;
            }
            if (vswitch.getKind() == org.hvnet.model.SwitchKind.DEFAULT) {
                nic.setIpv4(HvnetFactory.eINSTANCE.createDhcpIpv4Config()); // rule X-2: the host's ICS leases it
                return;
            }
            Integer vlan = PortSettings.ownVlan(adapter.vlan());
            Network network = null;
            int prefix = 24;
            if (vswitch.getKind() == org.hvnet.model.SwitchKind.EXTERNAL) {
                network = ip.isLinkLocal() ? null : uplinkNetwork(vswitch, ip, vlan, vm.getName() + "." + nic.getName());
                prefix = network == null ? prefix : network.getSubnet().prefix();
            } else {
                prefix = LocalSubnets.prefixOn(vswitch, host, ip, vlan, prefix);
            }
            ObservedAddress.Origin origin = ip.isLinkLocal() ? Origin.APIPA
                    : network != null && !network.getDhcpServers().isEmpty() ? Origin.DHCP : Origin.STATIC;
            IpConfigs.apply(new ObservedAddress(new org.hvnet.model.values.Ipv4Cidr(ip, ip.isLinkLocal() ? 16 : prefix), origin, null,
                    List.of(), null), nic, vm, network, true, expectations);
        }

        /**
         * The network of a port of an external switch: one its NICs are cabled to, else a known one, else (no interface
         * of a host showed that subnet on that VLAN) a new network of the address's /24, since the VM's address shows
         * that the switch's NICs carry it (on its VLAN, rule X-3); the NICs are cabled to it in the last two cases.
         */
        private Network uplinkNetwork(VirtualSwitch vswitch, Ipv4Address ip, Integer vlan, String item) {
            List<Network> cabled = new ArrayList<>();
            for (var nic : vswitch.getExternalNics()) {
                cabled.addAll(mapping.cables.getOrDefault(nic.getName(), java.util.Set.of()));
            }
            Network network = NetworkPlan.holding(cabled, ip, vlan);
            if (network != null) {
                return network;
            }
            network = plan.holding(ip, vlan);
            if (network == null && !vswitch.getExternalNics().isEmpty()) {
                network = plan.network(new org.hvnet.model.values.Ipv4Cidr(ip, ASSUMED_PREFIX), vlan);
                mapping.warnings.warn(mapping.file(), InventoryKey.GET_VM_NETWORK_ADAPTER, item, item + " reports " + ip
                        + ", on a subnet no host interface shows: the import assumes the physical network '" + network.getName()
                        + "' (a VM reports no prefix) and cables the NICs of switch '" + vswitch.getName() + "' to it");
            }
            if (network != null) {
                Network found = network;
                vswitch.getExternalNics().forEach(nic -> mapping.cable(nic.getName(), found));
            }
            return network;
        }
    }
}
