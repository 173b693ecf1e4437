// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.simulation.snapshot.NetworkSnapshot;
import org.hvnet.simulation.snapshot.PortKind;

/**
 * The hops of a frame crossing one segment from port {@code out} to port {@code receiver} (rules T-7, I-4): the
 * sender's switch (with its VLAN, X-3, and the port guards the frame passes, X-4), the hypervisor sending it out
 * through the physical NIC or team, the physical network, the receiver's switch, and the hypervisor's dispatch
 * to a partition. Written for traces only.
 */
final class SegmentHops {

    private final NetworkSnapshot net;

    SegmentHops(NetworkSnapshot net) {
        this.net = net;
    }

    List<Hop> between(int out, int receiver, int segment) {
        List<Hop> hops = new ArrayList<>();
        int fromSwitch = net.switchOf(out);
        int toSwitch = net.switchOf(receiver);
        String segmentName = net.segments().name(segment);
        if (fromSwitch >= 0) {
            hops.add(new Hop(net.switchLabel(fromSwitch), "switch", net.switchKind(fromSwitch) + " switch" + vlan(out) + guards(out)));
            if (fromSwitch == toSwitch) {
                dispatch(toSwitch, receiver, hops);
                return hops;
            }
            if (net.switchHyperV(fromSwitch)) {
                hops.add(new Hop(net.deviceName(net.switchHost(fromSwitch)), "hypervisor", "sends the frame out through "
                        + uplink(fromSwitch) + (isTeam(fromSwitch) ? " (rules I-4, X-6)" : " (rule I-4)")));
            }
        }
        hops.add(new Hop(segmentName, "network", "physical network"));
        if (toSwitch >= 0) {
            hops.add(new Hop(net.switchLabel(toSwitch), "switch", net.switchKind(toSwitch) + " switch, through " + uplink(toSwitch)
                    + vlan(receiver)));
            dispatch(toSwitch, receiver, hops);
        }
        return hops;
    }

    private void dispatch(int vswitch, int receiver, List<Hop> hops) {
        if (net.switchHyperV(vswitch)) {
            String partition = net.kind(receiver) == PortKind.VM_NIC ? "child partition " + net.owner(receiver)
                    : "parent partition (" + net.label(receiver) + ")";
            hops.add(new Hop(net.deviceName(net.switchHost(vswitch)), "hypervisor",
                    "dispatches by destination MAC to the " + partition + " (rule I-4)"));
        }
    }

    private boolean isTeam(int vswitch) {
        return net.switchExternalNics(vswitch).size() > 1;
    }

    /** {@code physical NIC 'Ethernet'}, or the team of a switch on several NICs (rule X-6). */
    private String uplink(int vswitch) {
        List<String> nics = net.switchExternalNics(vswitch);
        if (nics.size() < 2) {
            return "physical NIC '" + net.switchExternalNic(vswitch) + "'";
        }
        return "the team of physical NICs '" + String.join("', '", nics) + "' (Switch Embedded Teaming: as one NIC)";
    }

    /** {@code , VLAN 10} for a port on a VLAN (rule X-3); nothing for an untagged one. */
    private String vlan(int port) {
        if (net.vlan(port) == 0) {
            return "";
        }
        return ", VLAN " + net.vlan(port) + (net.trunk(port) != null ? " (native VLAN of the trunk port)" : "") + " (rule X-3)";
    }

    /** The port guards of a sending VM NIC (rule X-4) that the frame passes; nothing without guards. */
    private String guards(int port) {
        List<String> on = new ArrayList<>();
        if (net.routerGuard(port)) {
            on.add("RouterGuard drops router advertisements and redirects from it");
        }
        if (net.dhcpGuard(port)) {
            on.add("DhcpGuard drops DHCP offers from it");
        }
        if (net.macSpoofing(port)) {
            on.add("MAC spoofing is allowed, so frames with other source MACs leave it too");
        }
        if (on.isEmpty()) {
            return "";
        }
        return "; port " + net.label(port) + ": " + String.join(", ", on) + "; this packet passes (rule X-4)";
    }
}
