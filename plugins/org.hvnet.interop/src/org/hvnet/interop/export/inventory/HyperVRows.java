// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.inventory;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.interop.export.inventory.HostPorts.Port;
import org.hvnet.interop.inventory.VmSwitch;
import org.hvnet.interop.windows.HostVnicNames;
import org.hvnet.model.AclDirection;
import org.hvnet.model.Host;
import org.hvnet.model.NetNat;
import org.hvnet.model.PortAcl;
import org.hvnet.model.PortMapping;
import org.hvnet.model.Protocol;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.simulation.addresses.InterfaceAddress;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The Hyper-V and NetNat keys of an exported host: switches (the Default Switch with its well-known id), the NICs of
 * the VMs and the host vNICs with the addresses the VMs would report, their VLAN settings and port ACLs (a rule of
 * both directions listed once per direction, as Windows does), WinNAT with its static mappings, and the VMs: a VM
 * none of whose NICs reports an address ({@link ModelAddresses#reported}) is reported off, as the import reads it.
 */
final class HyperVRows {

    private final Host host;
    private final HostPorts ports;
    private final ModelAddresses addresses;

    HyperVRows(Host host, HostPorts ports, ModelAddresses addresses) {
        this.host = host;
        this.ports = ports;
        this.addresses = addresses;
    }

    JsonArray switches() {
        JsonArray rows = new JsonArray();
        for (VirtualSwitch vswitch : host.getSwitches()) {
            List<String> nics = vswitch.getExternalNics().stream().map(nic -> ports.of(nic).description()).toList();
            boolean external = vswitch.getKind() == SwitchKind.EXTERNAL;
            rows.add(Rows.row("Name", vswitch.getName(), "Id", switchId(vswitch), "SwitchType", switch (vswitch.getKind()) {
                case EXTERNAL -> 2;
                case PRIVATE -> 0;
                default -> 1;
            }, "AllowManagementOS", external ? vswitch.isAllowManagementOS() : vswitch.getKind() != SwitchKind.PRIVATE,
                    "EmbeddedTeamingEnabled", vswitch.isEmbeddedTeaming(), "NetAdapterInterfaceDescription",
                    !external || nics.isEmpty() ? null : vswitch.isEmbeddedTeaming() ? "Teamed-Interface" : nics.get(0),
                    "NetAdapterInterfaceDescriptions", external ? Rows.texts(nics) : null));
        }
        return rows;
    }

    JsonArray adapters() {
        JsonArray rows = new JsonArray();
        for (Adapter adapter : adapters(true)) {
            VirtualPort port = adapter.port();
            VmNic nic = port instanceof VmNic vmNic ? vmNic : null;
            InterfaceAddress address = adapter.vm() == null ? null : addresses.reported(adapter.vm().getName(), port);
            List<String> reported = address == null || address.address() == null ? List.of() : List.of(address.address().split("/")[0]);
            rows.add(Rows.row("Name", adapter.name(), "VMName", adapter.vm() == null ? "" : adapter.vm().getName(), "Id", adapter.id(),
                    "IsManagementOs", adapter.vm() == null, "DeviceId", adapter.deviceId(), "SwitchName",
                    adapter.vswitch() == null ? null : adapter.vswitch().getName(), "SwitchId",
                    adapter.vswitch() == null ? null : switchId(adapter.vswitch()), "MacAddress", Rows.hyperVMac(port.getMac()),
                    "DynamicMacAddressEnabled", port.getMac() == null, "IPAddresses", Rows.texts(reported),
                    "DhcpGuard", onOff(nic != null && nic.isDhcpGuard()), "RouterGuard", onOff(nic != null && nic.isRouterGuard()),
                    "MacAddressSpoofing", onOff(nic != null && nic.isMacAddressSpoofing())));
        }
        return rows;
    }

    JsonArray vlans() {
        JsonArray rows = new JsonArray();
        for (Adapter adapter : adapters(true)) {
            VirtualPort port = adapter.port();
            int mode = port.getTrunk() != null ? 2 : port.getVlan() != null ? 1 : 0;
            rows.add(Rows.row("OperationMode", mode, "AccessVlanId", mode == 1 ? port.getVlan() : 0, "NativeVlanId",
                    mode == 2 && port.getTrunk().getNativeVlan() != null ? port.getTrunk().getNativeVlan() : 0,
                    "AllowedVlanIdListString", mode == 2 ? String.join(",", port.getTrunk().getAllowed().stream().map(String::valueOf).toList()) : "",
                    "ParentAdapter", adapter.parent()));
        }
        return rows;
    }

    JsonArray acls() {
        JsonArray rows = new JsonArray();
        for (Adapter adapter : adapters(true)) {
            for (PortAcl acl : adapter.port().getAcls()) {
                List<Integer> directions = acl.getDirection() == AclDirection.BOTH ? List.of(1, 2)
                        : List.of(acl.getDirection() == AclDirection.IN ? 1 : 2);
                for (int direction : directions) {
                    rows.add(Rows.row("Action", acl.getAction() == org.hvnet.model.AclAction.ALLOW ? 1 : 2, "Direction", direction,
                            "RemoteAddress", String.valueOf(acl.getRemotePrefix()), "LocalAddress", null, "ParentAdapter", adapter.parent()));
                }
            }
        }
        return rows;
    }

    JsonArray nats() {
        JsonArray rows = new JsonArray();
        host.getNetNats().forEach(nat -> rows.add(Rows.row("Name", nat.getName(), "InternalIPInterfaceAddressPrefix",
                String.valueOf(nat.getInternalPrefix()), "Active", true)));
        return rows;
    }

    JsonArray staticMappings() {
        JsonArray rows = new JsonArray();
        for (NetNat nat : host.getNetNats()) {
            for (PortMapping mapping : nat.getStaticMappings()) {
                rows.add(Rows.row("NatName", nat.getName(), "Protocol", mapping.getProtocol() == Protocol.UDP ? 17 : 6,
                        "ExternalIPAddress", "0.0.0.0/24", "ExternalPort", mapping.getPublicPort(), "InternalIPAddress",
                        String.valueOf(mapping.getPrivateAddress()), "InternalPort",
                        mapping.getPrivatePort() == null ? mapping.getPublicPort() : mapping.getPrivatePort()));
            }
        }
        return rows;
    }

    JsonArray vms() {
        JsonArray rows = new JsonArray();
        host.getVms().forEach(vm -> rows.add(Rows.row("Name", vm.getName(), "Id", HostPorts.id(host.getName() + "/vm/" + vm.getName()),
                "State", vm.getNics().stream().anyMatch(nic -> addresses.reported(vm.getName(), nic) != null) ? 2 : 3)));
        return rows;
    }

    private String switchId(VirtualSwitch vswitch) {
        return vswitch.getKind() == SwitchKind.DEFAULT ? VmSwitch.DEFAULT_SWITCH_ID
                : HostPorts.id(host.getName() + "/switch/" + vswitch.getName());
    }

    private static int onOff(boolean on) {
        return on ? 0 : 1;
    }

    /** The host vNICs (in switch order) and the VMs' NICs, each with its Hyper-V identity. */
    private List<Adapter> adapters(boolean withHostVnics) {
        List<Adapter> adapters = new ArrayList<>();
        if (withHostVnics) {
            for (Port port : ports.all()) {
                if (port.isHostVnic()) {
                    String guid = port.deviceId().substring(1, port.deviceId().length() - 1);
                    adapters.add(new Adapter((VirtualPort) port.iface(), null, port.vswitch(),
                            HostVnicNames.hyperVName(port.iface().getName()), "Microsoft:" + guid, port.deviceId()));
                }
            }
        }
        for (VirtualMachine vm : host.getVms()) {
            String vmId = HostPorts.id(host.getName() + "/vm/" + vm.getName()).toUpperCase(java.util.Locale.ROOT);
            for (VmNic nic : vm.getNics()) {
                adapters.add(new Adapter(nic, vm, nic.getSwitch(), nic.getName(), "Microsoft:" + vmId + "\\"
                        + HostPorts.id(host.getName() + "/vm/" + vm.getName() + "/" + nic.getName()).toUpperCase(java.util.Locale.ROOT), null));
            }
        }
        return adapters;
    }

    /** A VM NIC or host vNIC as Hyper-V lists it. */
    private record Adapter(VirtualPort port, VirtualMachine vm, VirtualSwitch vswitch, String name, String id, String deviceId) {

        JsonObject parent() {
            return Rows.row("Id", id, "Name", name, "VMName", vm == null ? "" : vm.getName(), "IsManagementOs", vm == null);
        }
    }
}
