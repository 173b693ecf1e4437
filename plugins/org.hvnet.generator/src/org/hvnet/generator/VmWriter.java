// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the VMs of one generated host. The first VM on a host with a {@code Lab} switch is its DHCP server; every
 * other VM has a primary NIC (DHCP on the external switch, DHCP from the Lab server, DHCP on the isolated switch so
 * APIPA, or a static address on the physical network) and most have one or two more: a back-end NIC with a static
 * address on the isolated switch and a lab NIC on DHCP. A sample of {@code expect} lines that hold is collected. On a
 * host with VLAN tenants the VMs that would lease on the external switch lease on a tenant VLAN instead (the first on a
 * trunk); on a host with ACLs the front-end and back-end NICs carry {@link PortPolicy}'s rules.
 */
final class VmWriter {

    /** Leases of a Lab DHCP server (172.16.0.100 - 199) and of Virtual Server's DHCP service. */
    private static final int LEASES = 100;

    private final HvnetText text;
    private final List<String> expectations;
    private final HostPlan host;
    private final StaticPool staticPool;
    private final TenantNetworks tenants;
    private final List<NicText> nics = new ArrayList<>();
    /** The back-end NICs of this host's VMs as expectation endpoints ({@code VM.ethN}), by VM number. */
    private final List<String> backEnds = new ArrayList<>();
    private final List<Integer> backEndVms = new ArrayList<>();
    private String dhcpVm;
    private int labLeases;
    private int isolatedLeases;
    private boolean expectedExternal;
    private boolean expectedLab;
    private boolean expectedIsolated;
    private boolean expectedBackEnd;
    private boolean trunkWritten;
    private String tenantVm;
    private int tenantVmTenant;
    private boolean expectedOtherTenant;
    private boolean expectedFrontEndAcl;

    VmWriter(HvnetText text, List<String> expectations, HostPlan host, StaticPool staticPool, TenantNetworks tenants) {
        this.text = text;
        this.expectations = expectations;
        this.host = host;
        this.staticPool = staticPool;
        this.tenants = tenants;
    }

    /** Writes {@code count} VMs, drawing their layout from {@code random}. */
    void write(int count, SplittableRandom random) {
        for (int vm = 1; vm <= count; vm++) {
            String name = host.name() + "V" + String.format("%02d", vm);
            nics.clear();
            if (vm == 1 && host.hasLab()) {
                writeDhcpServer(name);
                continue;
            }
            String primary = primaryNic(name, vm, random.nextInt(100));
            // an isolated VM stays single-homed: it is the share of APIPA, and reaches nothing
            if (!"Isolated".equals(primary) && random.nextInt(100) < 90) {
                backEndNic(name, vm);
            }
            if ("External".equals(primary) && random.nextInt(100) < 75) {
                labNic(vm);
            }
            writeVm(name);
        }
        expectBackEndAcls();
    }

    private void writeDhcpServer(String name) {
        dhcpVm = name;
        text.line(1, "vm " + name + " {");
        text.line(2, "nic eth0 mac " + HvnetText.mac(host.number(), 1) + " on Lab { ipv4 static 172.16.0.1/24 gateway 172.16.0.254 dns 172.16.0.1 }");
        text.line(2, "dhcp-server on eth0 range 172.16.0.100 - 172.16.0.199 gateway 172.16.0.254 dns 172.16.0.1");
        text.line(1, "}");
    }

    /** Adds the first NIC and returns the switch it is on. */
    private String primaryNic(String name, int vm, int draw) {
        if (draw < 55 && host.hasExternal()) {
            if (host.features().vlanTenants() && tenantNic(name, vm)) {
                return "External";
            }
            addFrontEnd(name, vm, "", "ipv4 dhcp");
            if (host.sampled() && !expectedExternal) {
                expectations.add("expect address " + name + ".eth0 dhcp from Lan" + host.network());
                expectedExternal = true;
            }
            return "External";
        }
        if (draw < 82 && host.hasLab() && labLeases < LEASES) {
            labLeases++;
            addNic(vm, "Lab", "ipv4 dhcp");
            if (host.sampled() && !expectedLab) {
                expectations.add("expect address " + name + ".eth0 dhcp from " + dhcpVm);
                expectations.add("expect reach " + name + " -> " + dhcpVm);
                if (host.features().nat() && host.network() % 4 != 3) {
                    // out through WinNAT (rule X-1) with the host's address, then the LAN's router to the internet
                    expectations.add("expect trace " + name + ".eth0 -> 8.8.8.8 delivered");
                }
                expectedLab = true;
            }
            return "Lab";
        }
        String address = draw < 92 || !host.hasExternal() ? null : staticPool.next();
        if (address == null && (host.hasExternal() && draw >= 92 || host.isolatedHasDhcp() && isolatedLeases >= LEASES)) {
            addFrontEnd(name, vm, "", "ipv4 dhcp");
            return "External";
        }
        if (address == null) {
            isolatedLeases++;
            addNic(vm, "Isolated", "ipv4 dhcp");
            if (host.sampled() && !expectedIsolated && !host.isolatedHasDhcp()) {
                expectations.add("expect address " + name + ".eth0 apipa");
                expectations.add("expect no reach " + name + " -> " + host.name());
                expectedIsolated = true;
            }
            return "Isolated";
        }
        addFrontEnd(name, vm, "", "ipv4 static " + address + "/16 gateway 10." + host.network() + ".0.1");
        if (host.sampled()) {
            expectations.add("expect address " + name + ".eth0 " + address);
        }
        return "External";
    }

    /** A back-end NIC on the private switch: a static address of the host's isolated subnet, or Virtual Server's DHCP. */
    private void backEndNic(String name, int vm) {
        int nic = nics.size();
        if (host.isolatedHasDhcp()) {
            if (isolatedLeases < LEASES) {
                isolatedLeases++;
                addNic(vm, "Isolated", "ipv4 dhcp");
            }
            return;
        }
        String address = "192.168.0." + vm;
        addNic(vm, "Isolated", "ipv4 static " + address + "/24", host.features().acls() ? PortPolicy.BACK_END_ACLS : List.of());
        backEnds.add(name + ".eth" + nic);
        backEndVms.add(vm);
        if (host.sampled() && !expectedBackEnd) {
            expectations.add("expect address " + name + ".eth" + nic + " " + address);
            expectedBackEnd = true;
        }
    }

    private void labNic(int vm) {
        if (host.hasLab() && labLeases < LEASES) {
            labLeases++;
            addNic(vm, "Lab", "ipv4 dhcp");
        }
    }

    /**
     * A VM that would lease on the external switch leases on a tenant VLAN (rule X-3): tenant 1 or 2 by the VM's
     * number, the host's first such VM on a trunk of both VLANs whose native VLAN is its tenant's. False when the
     * tenant's leases are used up (the VM stays untagged).
     */
    private boolean tenantNic(String name, int vm) {
        int tenant = vm % TenantNetworks.TENANTS;
        if (!tenants.lease(host.network(), tenant)) {
            return false;
        }
        String vlan = trunkWritten ? " vlan access " + TenantNetworks.vlan(tenant)
                : " vlan trunk " + TenantNetworks.vlan(0) + ", " + TenantNetworks.vlan(1) + " native " + TenantNetworks.vlan(tenant);
        trunkWritten = true;
        addFrontEnd(name, vm, vlan, "ipv4 dhcp");
        if (host.sampled()) {
            expectTenant(name, tenant);
        }
        return true;
    }

    /** The first tenant VM leases from its tenant network; the first of the other tenant does not reach it (X-3, T-3). */
    private void expectTenant(String name, int tenant) {
        if (tenantVm == null) {
            tenantVm = name;
            tenantVmTenant = tenant;
            expectations.add("expect address " + name + ".eth0 dhcp from " + TenantNetworks.name(host.network(), tenant));
        } else if (!expectedOtherTenant && tenant != tenantVmTenant) {
            expectedOtherTenant = true;
            // the tenant's router has no route to the other tenant: T-3a when it hands public destinations to the
            // internet (the private one is still not sent there), plain T-3 on a network without internet
            expectations.add("expect trace " + name + ".eth0 -> " + tenantVm + ".eth0 dropped " + (host.network() % 4 == 3 ? "T-3" : "T-3a"));
        }
    }

    /** The VM's first NIC on the external switch, with the port policy on a host with ACLs. */
    private void addFrontEnd(String name, int vm, String vlan, String ipv4) {
        if (!host.features().acls()) {
            addNic(vm, "External" + vlan, ipv4, List.of());
            return;
        }
        addNic(vm, "External" + vlan + PortPolicy.FRONT_END_GUARDS, ipv4, PortPolicy.FRONT_END_ACLS);
        if (host.sampled() && !expectedFrontEndAcl) {
            expectedFrontEndAcl = true;
            expectations.add("expect trace " + name + ".eth0 -> 8.8.8.8 dropped X-7");
        }
    }

    /** On a sampled host with ACLs: a back-end NIC admits the application server's and drops another VM's. */
    private void expectBackEndAcls() {
        if (!host.sampled() || !host.features().acls()) {
            return;
        }
        int server = backEndVms.indexOf(PortPolicy.APPLICATION_SERVER);
        List<String> others = new ArrayList<>();
        for (int i = 0; i < backEnds.size(); i++) {
            if (i != server) {
                others.add(backEnds.get(i));
            }
        }
        if (server >= 0 && !others.isEmpty()) {
            expectations.add("expect trace " + backEnds.get(server) + " -> " + others.get(0) + " delivered");
        }
        if (others.size() >= 2) {
            expectations.add("expect trace " + others.get(0) + " -> " + others.get(1) + " dropped X-7");
        }
    }

    private void addNic(int vm, String onSwitch, String ipv4) {
        addNic(vm, onSwitch, ipv4, List.of());
    }

    private void addNic(int vm, String port, String ipv4, List<String> acls) {
        int nic = nics.size();
        nics.add(new NicText("nic eth" + nic + " mac " + HvnetText.mac(host.number(), vm, nic) + " on " + port, ipv4, acls));
    }

    private void writeVm(String name) {
        if (nics.size() == 1 && nics.get(0).inline()) {
            text.line(1, "vm " + name + " { " + nics.get(0).oneLine() + " }");
            return;
        }
        text.line(1, "vm " + name + " {");
        nics.forEach(nic -> nic.write(text, 2));
        text.line(1, "}");
    }
}
