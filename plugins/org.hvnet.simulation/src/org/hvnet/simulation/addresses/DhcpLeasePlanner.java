// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.addresses;

import org.hvnet.analysis.segments.SegmentAddressSlots;
import org.hvnet.simulation.snapshot.DhcpServerSpec;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * Assigns every port its IPv4 address (rules ): static settings first; then DHCP interfaces in the order
 * they are written (files in the order given, then text order; an interface the rules create at the line that creates
 * it), each leased the lowest free address of the server of its segment: the first one written there whose offers
 * DhcpGuard does not drop; APIPA when no server answers or its scope is full; nothing without TCP/IPv4 or when
 * connected nowhere, static or not (A-3: no link, no address).
 */
public final class DhcpLeasePlanner {

    private DhcpLeasePlanner() {
    }

    /** Plans the addresses of every port of the snapshot. */
    public static AddressPlan plan(NetworkSnapshot snapshot) {
        AddressPlan plan = new AddressPlan(snapshot);
        int n = snapshot.portCount();
        SegmentAddressSlots taken = new SegmentAddressSlots(n); // the addresses taken in each segment
        for (int port = 0; port < n; port++) {
            if (!snapshot.tcpip4(port)) {
                none(plan, port, "no TCP/IPv4 binding (rule A-5)");
            } else if (snapshot.isStatic(port) && port < snapshot.interfaceCount() && snapshot.segment(port) < 0) {
                none(plan, port, "connected to no switch or network: without a link its static address is not used (rule A-3)");
            } else if (snapshot.isStatic(port)) {
                plan.has[port] = true;
                plan.address[port] = snapshot.staticAddress(port);
                plan.prefix[port] = snapshot.staticPrefix(port);
                plan.hasGateway[port] = snapshot.staticHasGateway(port);
                plan.gateway[port] = snapshot.staticGateway(port);
                plan.dns[port] = snapshot.staticDns(port);
                plan.source[port] = AddressSource.STATIC;
                taken.add(snapshot.segment(port), plan.address[port]);
            }
        }
        int segments = snapshot.segments().count();
        int[] serving = new int[segments]; // rule A-2: the first server written in the segment serves
        int[] guarded = new int[segments]; // rule X-4: the first server written there whose offers DhcpGuard drops
        java.util.Arrays.fill(serving, -1);
        java.util.Arrays.fill(guarded, -1);
        for (int index = 0; index < snapshot.dhcpServers().size(); index++) {
            DhcpServerSpec server = snapshot.dhcpServers().get(index);
            int[] first = server.guarded() ? guarded : serving;
            if (first[server.segment()] < 0) {
                first[server.segment()] = index;
            }
            if (server.hasOwnAddress()) {
                taken.add(server.segment(), server.ownAddress());
            }
            if (server.hasGateway()) {
                taken.add(server.segment(), server.gateway());
            }
        }
        long[] cursors = new long[snapshot.dhcpServers().size()];
        for (int i = 0; i < cursors.length; i++) {
            cursors[i] = snapshot.dhcpServers().get(i).rangeStart() & 0xFFFFFFFFL;
        }
        for (int port : snapshot.leaseOrder()) {
            if (plan.source[port] != null) {
                continue;
            }
            int segment = snapshot.segment(port);
            if (segment < 0) {
                none(plan, port, "connected to no switch or network: no DHCP server answers and no APIPA address is configured");
                continue;
            }
            if (serving[segment] < 0 || !lease(snapshot, plan, port, serving[segment], cursors, taken)) {
                int apipa = ApipaAllocator.allocate(snapshot.label(port), segment, taken);
                taken.add(segment, apipa);
                plan.has[port] = true;
                plan.address[port] = apipa;
                plan.prefix[port] = 16;
                plan.source[port] = AddressSource.APIPA;
                plan.note[port] = apipaNote(snapshot, serving[segment], guarded[segment]);
            }
        }
        return plan;
    }

    private static String apipaNote(NetworkSnapshot snapshot, int server, int guarded) {
        if (server >= 0) {
            return "the DHCP scope of " + snapshot.dhcpServers().get(server).name() + ", the server of the segment, is full (rule A-3)";
        }
        if (guarded >= 0) {
            return "DhcpGuard drops the offers of the DHCP server of " + snapshot.dhcpServers().get(guarded).name()
                    + ", and no other DHCP server is in the segment (rules X-4, A-3)";
        }
        return "no DHCP server in the segment (rule A-3)";
    }

    private static boolean lease(NetworkSnapshot snapshot, AddressPlan plan, int port, int index, long[] cursors, SegmentAddressSlots taken) {
        DhcpServerSpec server = snapshot.dhcpServers().get(index);
        long end = server.rangeEnd() & 0xFFFFFFFFL;
        long candidate = cursors[index];
        while (candidate <= end && taken.contains(server.segment(), (int) candidate)) {
            candidate++;
        }
        cursors[index] = candidate;
        if (candidate > end) {
            return false; // rule A-2: a full scope gives no lease
        }
        cursors[index] = candidate + 1;
        taken.add(server.segment(), (int) candidate);
        plan.has[port] = true;
        plan.address[port] = (int) candidate;
        plan.prefix[port] = server.prefix();
        plan.hasGateway[port] = server.hasGateway();
        plan.gateway[port] = server.gateway();
        plan.dns[port] = server.dns();
        plan.server[port] = server.name();
        plan.serverOwner[port] = server.owner();
        plan.source[port] = AddressSource.DHCP;
        return true;
    }

    private static void none(AddressPlan plan, int port, String note) {
        plan.source[port] = AddressSource.NONE;
        plan.note[port] = note;
    }
}
