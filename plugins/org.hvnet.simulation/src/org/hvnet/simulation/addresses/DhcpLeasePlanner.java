package org.hvnet.simulation.addresses;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.analysis.segments.SegmentAddressSlots;
import org.hvnet.simulation.snapshot.DhcpServerSpec;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * Assigns every port its IPv4 address (rules ): static settings first; then DHCP interfaces in model
 * (file) order, each leased the lowest free address of the first server in its segment that has one (servers in
 * file order: network servers, Virtual Server DHCP services, VM servers); APIPA when no server answers or every
 * scope is full; nothing without TCP/IPv4 or when connected nowhere.
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
        List<List<Integer>> serversBySegment = new ArrayList<>();
        for (int s = 0; s < snapshot.segments().count(); s++) {
            serversBySegment.add(new ArrayList<>());
        }
        for (int index = 0; index < snapshot.dhcpServers().size(); index++) {
            DhcpServerSpec server = snapshot.dhcpServers().get(index);
            serversBySegment.get(server.segment()).add(index);
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
        for (int port = 0; port < snapshot.interfaceCount(); port++) {
            if (plan.source[port] != null) {
                continue;
            }
            int segment = snapshot.segment(port);
            if (segment < 0) {
                none(plan, port, "connected to no switch or network: no DHCP server answers and no APIPA address is configured");
                continue;
            }
            if (!lease(snapshot, plan, port, serversBySegment.get(segment), cursors, taken)) {
                int apipa = ApipaAllocator.allocate(snapshot.label(port), segment, taken);
                taken.add(segment, apipa);
                plan.has[port] = true;
                plan.address[port] = apipa;
                plan.prefix[port] = 16;
                plan.source[port] = AddressSource.APIPA;
                plan.note[port] = serversBySegment.get(segment).isEmpty() ? "no DHCP server in the segment (rule A-3)"
                        : "every DHCP scope in the segment is full (rule A-3)";
            }
        }
        return plan;
    }

    private static boolean lease(NetworkSnapshot snapshot, AddressPlan plan, int port, List<Integer> servers, long[] cursors,
            SegmentAddressSlots taken) {
        for (int index : servers) {
            DhcpServerSpec server = snapshot.dhcpServers().get(index);
            long end = server.rangeEnd() & 0xFFFFFFFFL;
            long candidate = cursors[index];
            while (candidate <= end && taken.contains(server.segment(), (int) candidate)) {
                candidate++;
            }
            cursors[index] = candidate;
            if (candidate > end) {
                continue; // rule A-2: a full scope gives no lease
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
            plan.source[port] = AddressSource.DHCP;
            return true;
        }
        return false;
    }

    private static void none(AddressPlan plan, int port, String note) {
        plan.source[port] = AddressSource.NONE;
        plan.note[port] = note;
    }
}
