// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator;

/**
 * The VLAN tenant networks of a generated data centre (rule X-3): when some hosts use VLAN tenants, every physical
 * network {@code LanN} is accompanied by two tenant networks {@code LanNT1} and {@code LanNT2} on VLANs 101 and 102 of
 * the same cables, each with its router and DHCP server and a /22 of 172.24.0.0/13. The hosts that use VLAN tenants
 * cable their uplink to all three; their tenant VMs lease on their VLAN while leases last.
 */
final class TenantNetworks {

    /** Tenant networks per physical network. */
    static final int TENANTS = 2;
    /** The VLAN of the first tenant; the second is the next. */
    private static final int FIRST_VLAN = 101;
    /** The DHCP range of a tenant: offsets 10 to 1022 of its /22. */
    private static final int FIRST_LEASE = 10;
    private static final int LAST_LEASE = 4 * 256 - 2;

    private final int[] leasesUsed;

    TenantNetworks(int networks) {
        this.leasesUsed = new int[networks * TENANTS];
    }

    /** The name of tenant {@code tenant} (0 or 1) of physical network {@code network}. */
    static String name(int network, int tenant) {
        return "Lan" + network + "T" + (tenant + 1);
    }

    /** The VLAN id of tenant {@code tenant}. */
    static int vlan(int tenant) {
        return FIRST_VLAN + tenant;
    }

    /** The cable list of a NIC that carries physical network {@code network} and its tenants. */
    static String cables(int network) {
        return "Lan" + network + ", " + name(network, 0) + ", " + name(network, 1);
    }

    /** Writes the tenant networks of {@code network}; they reach the internet when their physical network does. */
    void write(HvnetText text, int network, boolean internet) {
        for (int tenant = 0; tenant < TENANTS; tenant++) {
            text.blank();
            text.line(0, "network " + name(network, tenant) + " {");
            text.line(1, "vlan " + vlan(tenant));
            text.line(1, "subnet " + address(network, tenant, 0) + "/22");
            text.line(1, "router " + address(network, tenant, 1) + (internet ? " internet" : ""));
            text.line(1, "dhcp-server " + address(network, tenant, 2) + " range " + address(network, tenant, FIRST_LEASE) + " - "
                    + address(network, tenant, LAST_LEASE) + " gateway " + address(network, tenant, 1) + " dns " + address(network, tenant, 2));
            text.line(0, "}");
        }
    }

    /** Takes one lease of the tenant's DHCP range: false when the range is used up. */
    boolean lease(int network, int tenant) {
        int index = network * TENANTS + tenant;
        if (leasesUsed[index] > LAST_LEASE - FIRST_LEASE) {
            return false;
        }
        leasesUsed[index]++;
        return true;
    }

    /** The address at {@code offset} in the tenant's /22: 172.24.0.0/13 holds the 512 tenants of 256 networks. */
    private static String address(int network, int tenant, int offset) {
        int index = network * TENANTS + tenant;
        return "172." + (24 + index / 64) + "." + ((index % 64) * 4 + offset / 256) + "." + (offset % 256);
    }
}
