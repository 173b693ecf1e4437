// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hvnet.model.values.NameText;

/**
 * Generates a deterministic, realistic data-centre topology as .hvnet text: physical networks with routers
 * and DHCP servers, Hyper-V 2008 and 2012+ hosts (some with a planned install), Virtual Server hosts,
 * external / internal / private switches, a DHCP-server VM and host NAT on every internal switch, VMs on
 * DHCP, static addresses and isolated (APIPA) networks, and a sample of {@code expect} lines that hold. With
 * {@link TodaysShares}, a share of the hosts are Windows Server 2016+ hosts with VLAN tenants, a NAT switch, a Switch
 * Embedded Team or port ACLs ({@link HostFeatures}).
 */
public final class TopologyGenerator {

    private static final String NIC = "Local Area Connection";
    /** Static addresses per physical network: 10.N.1.1 to 10.N.15.250, below the DHCP range. */
    private static final int STATIC_POOL = 15 * 250;
    /** The adapter number of a host's management NIC (VMs use 1 to {@link GeneratorSettings#MAX_VMS_PER_HOST}). */
    private static final int MANAGEMENT_ADAPTER = 0xFE;
    /** The adapter number of the second NIC of a host's Switch Embedded Team. */
    private static final int TEAM_ADAPTER = 0xFD;
    /** Mixed into the seed of a host's feature draws, so that they are a stream of their own. */
    private static final long FEATURE_STREAM = 0x5DEECE66DL;

    private final GeneratorSettings settings;
    private final HvnetText text = new HvnetText();
    private final List<String> expectations = new ArrayList<>();
    private final int[] staticAddressesUsed;
    private final TenantNetworks tenants;

    private TopologyGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.staticAddressesUsed = new int[settings.networks()];
        this.tenants = new TenantNetworks(settings.networks());
    }

    /** The topology for {@code settings}; the same settings always give the same text. */
    public static String generate(GeneratorSettings settings) {
        return new TopologyGenerator(settings).build();
    }

    private String build() {
        text.line(0, "topology Generated" + settings.hosts() + "x" + settings.vmsPerHost());
        for (int network = 0; network < settings.networks(); network++) {
            writeNetwork(network);
        }
        for (int host = 1; host <= settings.hosts(); host++) {
            long hostSeed = settings.seed() * 1_000_003L + host;
            SplittableRandom random = new SplittableRandom(hostSeed);
            HostKind kind = HostKind.draw(random.nextInt(100));
            HostFeatures features = settings.shares().any()
                    ? HostFeatures.draw(settings.shares(), new SplittableRandom(hostSeed ^ FEATURE_STREAM))
                    : HostFeatures.NONE;
            writeHost(host, features.any() ? HostKind.HYPERV_2016 : kind, features, random);
        }
        text.blank();
        expectations.forEach(line -> text.line(0, line));
        return text.toString();
    }

    private void writeNetwork(int network) {
        text.blank();
        text.line(0, "network Lan" + network + " {");
        text.line(1, "subnet 10." + network + ".0.0/16");
        text.line(1, "router 10." + network + ".0.1" + (network % 4 == 3 ? "" : " internet"));
        text.line(1, "dhcp-server 10." + network + ".0.2 range 10." + network + ".16.1 - 10." + network
                + ".255.254 gateway 10." + network + ".0.1 dns 10." + network + ".0.2");
        text.line(0, "}");
        if (settings.shares().vlanPercent() > 0) {
            tenants.write(text, network, network % 4 != 3);
        }
    }

    private void writeHost(int host, HostKind kind, HostFeatures features, SplittableRandom random) {
        String name = String.format("H%05d", host);
        int network = (host - 1) / settings.hostsPerNetwork();
        boolean sampled = host % 25 == 1;
        text.blank();
        text.line(0, "host " + name + " platform " + kind.platform() + " {");
        switch (kind) {
            case HYPERV_2012, HYPERV_2008, HYPERV_2016 -> writeInstalledHyperV(host, network, kind, features);
            case PLANNED_2012 -> writePlannedHyperV(host, network);
            case VIRTUAL_SERVER -> writeVirtualServer(host, network);
        }
        if (sampled && features.team()) {
            // the team is one uplink (rule X-6): the host vNIC leases from the LAN through it
            expectations.add("expect address " + name + ".\"vEthernet (External)\" dhcp from Lan" + network);
        }
        writeVms(new HostPlan(name, host, network, kind, sampled, features), random);
        text.line(0, "}");
    }

    /**
     * An installed Hyper-V host. Of today's features: VLAN tenants cable the uplink to the tenant networks too; a
     * team backs the external switch with a second NIC; a NAT switch puts the Lab switch behind WinNAT with a
     * static mapping to its DHCP-server VM's port 80 instead of RRAS NAT.
     */
    private void writeInstalledHyperV(int host, int network, HostKind kind, HostFeatures features) {
        boolean vEthernet = kind != HostKind.HYPERV_2008;
        String external = vEthernet ? "vEthernet (External)" : NIC + " 2";
        String internal = vEthernet ? "vEthernet (Lab)" : NIC + " 3";
        String cables = features.vlanTenants() ? TenantNetworks.cables(network) : "Lan" + network;
        writeMacPool(host);
        text.line(1, "nic " + NameText.asWritten(NIC) + " mac " + HvnetText.mac(host, 0) + " cable " + cables + " { bind vswitch }");
        String uplink = NameText.asWritten(NIC);
        if (features.team()) {
            String second = NameText.asWritten(NIC + " 2");
            text.line(1, "nic " + second + " mac " + HvnetText.mac(host, TEAM_ADAPTER) + " cable " + cables + " { bind vswitch }");
            uplink += ", " + second + " embedded-teaming";
        }
        writeManagementNic(host, network);
        text.line(1, "switch External external on " + uplink + " {");
        text.line(2, "host-vnic " + NameText.asWritten(external) + " { ipv4 dhcp }");
        text.line(1, "}");
        writeLabSwitch(internal);
        text.line(1, "switch Isolated private");
        if (features.nat()) {
            text.line(1, "netnat LabNat prefix 172.16.0.0/24 {");
            text.line(2, "forward tcp 8080 to 172.16.0.1 port 80");
            text.line(1, "}");
        } else {
            text.line(1, "rras nat public " + NameText.asWritten(external) + " private " + NameText.asWritten(internal));
        }
    }

    private void writePlannedHyperV(int host, int network) {
        writeMacPool(host);
        text.line(1, "nic " + NameText.asWritten(NIC) + " mac " + HvnetText.mac(host, 0) + " cable Lan" + network + " { ipv4 dhcp }");
        writeManagementNic(host, network);
        text.line(1, "install hyperv using " + NameText.asWritten(NIC));
        writeLabSwitch("vEthernet (Lab)");
        text.line(1, "switch Isolated private");
    }

    /**
     * The host's own range of dynamic MACs (rule X-5): by default Hyper-V derives it from the last two octets of the
     * host's first static address, which every generated host shares (172.16.0.254), so their host vNICs on the
     * shared LAN would get the same MACs (V-14); real data centres set the pool per host, as here.
     */
    private void writeMacPool(int host) {
        text.line(1, "mac-pool " + HvnetText.mac(host, 0x00) + " - " + HvnetText.mac(host, 0xFF));
    }

    /** A second physical NIC that keeps TCP/IP for the management OS, as data-centre hosts have. */
    private void writeManagementNic(int host, int network) {
        text.line(1, "nic Management mac " + HvnetText.mac(host, MANAGEMENT_ADAPTER) + " cable Lan" + network + " { ipv4 dhcp }");
    }

    private void writeLabSwitch(String hostVnic) {
        text.line(1, "switch Lab internal {");
        text.line(2, "host-vnic " + NameText.asWritten(hostVnic) + " { ipv4 static 172.16.0.254/24 }");
        text.line(1, "}");
    }

    private void writeVirtualServer(int host, int network) {
        text.line(1, "nic " + NameText.asWritten(NIC) + " mac " + HvnetText.mac(host, 0) + " cable Lan" + network
                + " { bind client, file-sharing, qos, tcpip4, tcpip6, vmns }");
        text.line(1, "switch External external on " + NameText.asWritten(NIC));
        text.line(1, "switch Isolated private {");
        text.line(2, "dhcp-service subnet 192.168.131.0/24 range 192.168.131.100 - 192.168.131.199");
        text.line(1, "}");
    }

    private void writeVms(HostPlan host, SplittableRandom random) {
        new VmWriter(text, expectations, host, staticAddresses(host.network()), tenants).write(settings.vmsPerHost(), random);
    }

    private StaticPool staticAddresses(int network) {
        return () -> {
            if (staticAddressesUsed[network] >= STATIC_POOL) {
                return null;
            }
            int index = staticAddressesUsed[network]++;
            return "10." + network + "." + (1 + index / 250) + "." + (1 + index % 250);
        };
    }
}
