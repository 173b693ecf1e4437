package org.hvnet.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the VMs of one generated host. The first VM on a host with a {@code Lab} switch is its DHCP server; every
 * other VM has a primary NIC (DHCP on the external switch, DHCP from the Lab server, DHCP on the isolated switch so
 * APIPA, or a static address on the physical network) and most have one or two more: a back-end NIC with a static
 * address on the isolated switch and a lab NIC on DHCP. A sample of {@code expect} lines that hold is collected.
 */
final class VmWriter {

    /** Leases of a Lab DHCP server (172.16.0.100 - 199) and of Virtual Server's DHCP service. */
    private static final int LEASES = 100;

    private final HvnetText text;
    private final List<String> expectations;
    private final HostPlan host;
    private final StaticPool staticPool;
    private final List<String> nics = new ArrayList<>();
    private String dhcpVm;
    private int labLeases;
    private int isolatedLeases;
    private boolean expectedExternal;
    private boolean expectedLab;
    private boolean expectedIsolated;
    private boolean expectedBackEnd;

    VmWriter(HvnetText text, List<String> expectations, HostPlan host, StaticPool staticPool) {
        this.text = text;
        this.expectations = expectations;
        this.host = host;
        this.staticPool = staticPool;
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
            addNic(vm, "External", "ipv4 dhcp");
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
                expectedLab = true;
            }
            return "Lab";
        }
        String address = draw < 92 || !host.hasExternal() ? null : staticPool.next();
        if (address == null && (host.hasExternal() && draw >= 92 || host.isolatedHasDhcp() && isolatedLeases >= LEASES)) {
            addNic(vm, "External", "ipv4 dhcp");
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
        addNic(vm, "External", "ipv4 static " + address + "/16 gateway 10." + host.network() + ".0.1");
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
        addNic(vm, "Isolated", "ipv4 static " + address + "/24");
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

    private void addNic(int vm, String onSwitch, String ipv4) {
        int nic = nics.size();
        nics.add("nic eth" + nic + " mac " + HvnetText.mac(host.number(), vm, nic) + " on " + onSwitch + " { " + ipv4 + " }");
    }

    private void writeVm(String name) {
        if (nics.size() == 1) {
            text.line(1, "vm " + name + " { " + nics.get(0) + " }");
            return;
        }
        text.line(1, "vm " + name + " {");
        nics.forEach(nic -> text.line(2, nic));
        text.line(1, "}");
    }
}
