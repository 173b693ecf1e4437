// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.inventory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hvnet.interop.windows.HostVnicNames;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Interface;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualSwitch;

/**
 * The interfaces of an exported host as Windows would list them: physical NICs, then host vNICs, each with an
 * interface index, a driver description (an external switch names its NICs by it) and a device id, all derived
 * from the model's names so that the same model always gives the same inventory.
 */
final class HostPorts {

    /** One interface of the host. */
    record Port(Interface iface, VirtualSwitch vswitch, int index, String description, String deviceId) {

        boolean isHostVnic() {
            return iface instanceof HostVirtualNic;
        }
    }

    private final List<Port> ports = new ArrayList<>();

    HostPorts(Host host) {
        int index = 2;
        int n = 0;
        for (PhysicalNic nic : host.getNics()) {
            n++;
            ports.add(new Port(nic, null, index++, "HVNet Modeled Ethernet Adapter" + (n > 1 ? " #" + n : ""),
                    guid(host.getName() + "/nic/" + nic.getName())));
        }
        n = 0;
        for (VirtualSwitch vswitch : host.getSwitches()) {
            for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                n++;
                ports.add(new Port(vnic, vswitch, index++, "Hyper-V Virtual Ethernet Adapter" + (n > 1 ? " #" + n : ""),
                        guid(host.getName() + "/vnic/" + vnic.getName())));
            }
            if (vswitch.getKind() == SwitchKind.DEFAULT && vswitch.getHostVnics().isEmpty() && vswitch.getSubnet() != null) {
                HostVirtualNic vnic = defaultSwitchVnic(vswitch);
                n++;
                ports.add(new Port(vnic, vswitch, index++, "Hyper-V Virtual Ethernet Adapter" + (n > 1 ? " #" + n : ""),
                        guid(host.getName() + "/vnic/" + vnic.getName())));
            }
        }
    }

    /**
     * The host vNIC Windows gives the Default Switch (rule X-2): the first address of its subnet. The model does not
     * write it; the inventory has it, which is where the import reads the subnet from.
     */
    private static HostVirtualNic defaultSwitchVnic(VirtualSwitch vswitch) {
        HostVirtualNic vnic = HvnetFactory.eINSTANCE.createHostVirtualNic();
        vnic.setName(HostVnicNames.connectionName(vswitch.getName()));
        return vnic;
    }

    /** Every interface: physical NICs first. */
    List<Port> all() {
        return ports;
    }

    /** The port of a physical NIC. */
    Port of(PhysicalNic nic) {
        return ports.stream().filter(p -> p.iface() == nic).findFirst().orElseThrow();
    }

    /** A GUID in braces, upper case, as Windows writes device ids, the same for the same text. */
    static String guid(String text) {
        return "{" + UUID.nameUUIDFromBytes(("hvnet:" + text).getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT) + "}";
    }

    /** A GUID without braces, lower case, as Hyper-V writes switch and VM ids. */
    static String id(String text) {
        return UUID.nameUUIDFromBytes(("hvnet:" + text).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
