// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.snapshot;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.model.Host;
import org.hvnet.model.NatMapping;
import org.hvnet.model.NetNat;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.values.NameText;

/**
 * The NATs of a host in the snapshot: RRAS NATs by interface name (rule T-6), NetNats and the Default
 * Switch's NAT, whose private ports are the host vNICs with an address in the internal prefix.
 */
final class HostNats {

    private HostNats() {
    }

    /** Adds the NATs of {@code host}, whose ports {@code builder} has added to {@code device}. */
    static void add(Host host, SnapshotBuilder.DeviceSpec device, SnapshotBuilder builder) {
        if (host.getRras() != null) {
            for (NatMapping nat : host.getRras().getNatMappings()) {
                int publicPort = builder.portNamed(device, nat.getPublicInterface());
                if (publicPort < 0) {
                    continue; // an unresolved name: reported with rule link elsewhere
                }
                int[] privatePorts = nat.getPrivateInterfaces().stream().mapToInt(n -> builder.portNamed(device, n)).filter(p -> p >= 0)
                        .toArray();
                device.nat.add(new NatRule(publicPort, privatePorts, new PortMappings(nat.getPortMappings())));
            }
        }
        for (NetNat nat : host.getNetNats()) {
            if (nat.getInternalPrefix() != null) {
                int prefix = nat.getInternalPrefix().prefix();
                int network = nat.getInternalPrefix().network().bits();
                device.winNat.add(new WinNatRule("NetNat " + NameText.asWritten(nat.getName()), "X-1", network, prefix,
                        privatePorts(device, builder, network, prefix), new PortMappings(nat.getStaticMappings())));
            }
        }
        for (VirtualSwitch vswitch : host.getSwitches()) {
            if (vswitch.getKind() == SwitchKind.DEFAULT) {
                DefaultSwitchPlan plan = DefaultSwitchPlan.of(vswitch);
                device.winNat.add(new WinNatRule("Default Switch " + NameText.asWritten(vswitch.getName()), "X-2", plan.network(), plan.prefix(),
                        privatePorts(device, builder, plan.network(), plan.prefix()), new PortMappings(List.of())));
            }
        }
    }

    /** The host vNICs of the device whose static address lies in the prefix: where the NAT's inside packets arrive. */
    private static int[] privatePorts(SnapshotBuilder.DeviceSpec device, SnapshotBuilder builder, int network, int prefix) {
        int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < device.portCount; i++) {
            int port = device.ports[i];
            SnapshotBuilder.PortSpec spec = builder.ports.get(port);
            if (spec.kind == PortKind.HOST_VNIC && spec.isStatic && (spec.address & mask) == (network & mask)) {
                found.add(port);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }
}
