// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.analysis.segments.EffectiveBindings;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.SwitchType;
import org.hvnet.interop.inventory.VmNetworkAdapter;
import org.hvnet.interop.inventory.VmSwitch;
import org.hvnet.model.Binding;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.MacAddressPool;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;

/**
 * One host of an import, second pass: the model's host with its MAC pool, physical NICs (bindings, cables, IPv4),
 * switches (Hyper-V's kinds, S-6; the Default Switch told by its id, X-2; SET, X-6) with their host vNICs, WinNAT and
 * VMs, and the expectations of the addresses it observed.
 */
final class HostBuilder {

    private HostBuilder() {
    }

    /** Builds the host of {@code mapping}; the expectations of its addresses go to {@code expectations}. */
    static Host build(HostMapping mapping, NetworkPlan plan, UniqueNames vmNames, AddressExpectations expectations) {
        Host host = HvnetFactory.eINSTANCE.createHost();
        host.setName(mapping.name);
        host.setPlatform(mapping.platform);
        if (mapping.inventory.vmHost() != null && mapping.inventory.vmHost().macAddressMinimum() != null
                && mapping.inventory.vmHost().macAddressMaximum() != null) {
            MacAddressPool pool = HvnetFactory.eINSTANCE.createMacAddressPool();
            pool.setFirst(mapping.inventory.vmHost().macAddressMinimum());
            pool.setLast(mapping.inventory.vmHost().macAddressMaximum());
            host.setMacPool(pool);
        }
        Map<String, PhysicalNic> nics = new LinkedHashMap<>();
        for (HostInterface iface : mapping.interfaces) {
            if (!iface.isHostVnic()) {
                PhysicalNic nic = HvnetFactory.eINSTANCE.createPhysicalNic();
                nic.setName(iface.name());
                nic.setMac(iface.mac());
                boolean uplink = mapping.uplinks.values().stream().anyMatch(list -> list.contains(iface));
                bindings(nic.getBindings(), iface.bindings(), uplink);
                boolean cabled = mapping.cables.containsKey(iface.name());
                if (!cabled && iface.observed() != null && iface.observed().origin() == ObservedAddress.Origin.APIPA) {
                    mapping.warnings.warn(mapping.file(), InventoryKey.GET_NET_IP_ADDRESS, mapping.name + "." + iface.name(), mapping.name
                            + "." + iface.name() + " configured itself " + iface.observed().address() + " (APIPA) on a network the import"
                            + " does not know: it is cabled to none, and its address is not expected");
                }
                IpConfigs.apply(iface.observed(), nic, host, mapping.networkOf.get(iface.name()), cabled, expectations);
                host.getNics().add(nic);
                nics.put(iface.name(), nic);
            }
        }
        PortSettings ports = new PortSettings(mapping.file(), mapping.warnings);
        for (VmSwitch vswitch : mapping.switches.all()) {
            host.getSwitches().add(vswitch(mapping, vswitch, nics, ports, host, expectations));
        }
        NatBuilder.addTo(host, mapping);
        VmBuilder.addTo(host, mapping, plan, vmNames, ports, expectations);
        mapping.cables.forEach((nic, networks) -> {
            if (nics.containsKey(nic)) {
                nics.get(nic).getCables().addAll(networks);
            }
        });
        return host;
    }

    private static VirtualSwitch vswitch(HostMapping mapping, VmSwitch row, Map<String, PhysicalNic> nics, PortSettings ports,
            Host host, AddressExpectations expectations) {
        VirtualSwitch vswitch = HvnetFactory.eINSTANCE.createVirtualSwitch();
        vswitch.setName(mapping.switches.name(row));
        vswitch.setKind(row.isDefaultSwitch() ? SwitchKind.DEFAULT : switch (row.type()) {
            case EXTERNAL -> SwitchKind.EXTERNAL;
            case INTERNAL -> SwitchKind.INTERNAL;
            case PRIVATE -> SwitchKind.PRIVATE;
        });
        if (row.type() == SwitchType.EXTERNAL) {
            mapping.uplinks.get(row).forEach(nic -> vswitch.getExternalNics().add(nics.get(nic.name())));
            vswitch.setEmbeddedTeaming(row.embeddedTeaming());
            vswitch.setAllowManagementOS(row.allowManagementOs());
        }
        for (HostInterface iface : mapping.interfaces) {
            if (!iface.isHostVnic() || mapping.switches.find(iface.hyperV().switchId(), iface.hyperV().switchName()) != row) {
                continue;
            }
            String item = mapping.name + "." + iface.name();
            if (vswitch.getKind() == SwitchKind.DEFAULT) {
                if (iface.observed() != null && iface.observed().address() != null) {
                    vswitch.setSubnet(iface.observed().address().subnet()); // rule X-2: the subnet Windows chose at boot
                }
                continue;
            }
            if (vswitch.getKind() == SwitchKind.PRIVATE) {
                mapping.warnings.warn(mapping.file(), InventoryKey.GET_VM_NETWORK_ADAPTER, item, "host vNIC " + item
                        + " on private switch '" + vswitch.getName() + "' is left out (a private switch has none, rule S-3)");
                continue;
            }
            vswitch.getHostVnics().add(hostVnic(mapping, iface, ports, host, expectations, item));
        }
        if (row.type() == SwitchType.EXTERNAL && !row.allowManagementOs() && !vswitch.getHostVnics().isEmpty()) {
            vswitch.setAllowManagementOS(true);
        }
        return vswitch;
    }

    private static HostVirtualNic hostVnic(HostMapping mapping, HostInterface iface, PortSettings ports, Host host,
            AddressExpectations expectations, String item) {
        VmNetworkAdapter adapter = iface.hyperV();
        HostVirtualNic vnic = HvnetFactory.eINSTANCE.createHostVirtualNic();
        vnic.setName(iface.name());
        if (!adapter.dynamicMac() && adapter.macAddress() != null) {
            vnic.setMac(adapter.macAddress());
        }
        ports.apply(adapter, vnic, item);
        bindings(vnic.getBindings(), iface.bindings(), false);
        IpConfigs.apply(iface.observed(), vnic, host, mapping.networkOf.get(iface.name()), true, expectations);
        return vnic;
    }

    /** The bindings as Windows listed them, none written when they are the Windows default set. */
    private static void bindings(List<Binding> target, List<Binding> bound, boolean uplink) {
        if (bound == null) {
            if (uplink) {
                target.add(Binding.VSWITCH); // an external switch's NIC is bound to the switch protocol (rule I-2)
            }
            return;
        }
        if (!bound.equals(EffectiveBindings.WINDOWS_DEFAULT)) {
            target.addAll(bound);
        }
    }
}
