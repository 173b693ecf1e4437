package org.hvnet.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hvnet.model.values.NameText;

/**
 * Generates a deterministic, realistic data-centre topology as .hvnet text: physical networks with routers
 * and DHCP servers, Hyper-V 2008 and 2012+ hosts (some with a planned install), Virtual Server hosts,
 * external / internal / private switches, a DHCP-server VM and host NAT on every internal switch, VMs on
 * DHCP, static addresses and isolated (APIPA) networks, and a sample of {@code expect} lines that hold.
 */
public final class TopologyGenerator {

    private static final String NIC = "Local Area Connection";
    /** Static addresses per physical network: 10.N.1.1 to 10.N.15.250, below the DHCP range. */
    private static final int STATIC_POOL = 15 * 250;
    /** The adapter number of a host's management NIC (VMs use 1 to {@link GeneratorSettings#MAX_VMS_PER_HOST}). */
    private static final int MANAGEMENT_ADAPTER = 0xFE;

    private final GeneratorSettings settings;
    private final HvnetText text = new HvnetText();
    private final List<String> expectations = new ArrayList<>();
    private final int[] staticAddressesUsed;

    private TopologyGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.staticAddressesUsed = new int[settings.networks()];
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
            SplittableRandom random = new SplittableRandom(settings.seed() * 1_000_003L + host);
            writeHost(host, HostKind.draw(random.nextInt(100)), random);
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
    }

    private void writeHost(int host, HostKind kind, SplittableRandom random) {
        String name = String.format("H%05d", host);
        int network = (host - 1) / settings.hostsPerNetwork();
        boolean sampled = host % 25 == 1;
        text.blank();
        text.line(0, "host " + name + " platform " + kind.platform() + " {");
        switch (kind) {
            case HYPERV_2012, HYPERV_2008 -> writeInstalledHyperV(name, host, network, kind);
            case PLANNED_2012 -> writePlannedHyperV(host, network);
            case VIRTUAL_SERVER -> writeVirtualServer(host, network);
        }
        writeVms(name, host, network, kind, random, sampled);
        text.line(0, "}");
    }

    private void writeInstalledHyperV(String name, int host, int network, HostKind kind) {
        boolean v2012 = kind == HostKind.HYPERV_2012;
        String external = v2012 ? "vEthernet (External)" : NIC + " 2";
        String internal = v2012 ? "vEthernet (Lab)" : NIC + " 3";
        writeMacPool(host);
        text.line(1, "nic " + NameText.asWritten(NIC) + " mac " + HvnetText.mac(host, 0) + " cable Lan" + network + " { bind vswitch }");
        writeManagementNic(host, network);
        text.line(1, "switch External external on " + NameText.asWritten(NIC) + " {");
        text.line(2, "host-vnic " + NameText.asWritten(external) + " { ipv4 dhcp }");
        text.line(1, "}");
        writeLabSwitch(internal);
        text.line(1, "switch Isolated private");
        text.line(1, "rras nat public " + NameText.asWritten(external) + " private " + NameText.asWritten(internal));
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

    private void writeVms(String host, int hostNumber, int network, HostKind kind, SplittableRandom random, boolean sampled) {
        new VmWriter(text, expectations, new HostPlan(host, hostNumber, network, kind, sampled), staticAddresses(network))
                .write(settings.vmsPerHost(), random);
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
