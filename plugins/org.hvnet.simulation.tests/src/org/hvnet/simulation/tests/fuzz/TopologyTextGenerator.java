// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Grammar-aware generation of .hvnet text: networks, hosts of every platform with NICs, planned installs, switches
 * of every kind with host vNICs, VLANs and ACLs, WinNAT, RRAS, VMs with guards and DHCP servers, and expectations.
 * Names come from small pools so that most references resolve (and some collide); values are mostly plausible and
 * sometimes at the edges, so that many generated models validate and reach the simulation.
 */
final class TopologyTextGenerator {

    private static final String[] PLATFORMS = {"virtual-pc", "virtual-server", "hyperv-2008", "hyperv-2012",
        "hyperv-2016", "hyperv-client"};
    private static final String[] BINDINGS = {"client", "file-sharing", "qos", "tcpip4", "tcpip6", "lltd", "vswitch", "vmns"};

    private final SplittableRandom random;
    private final StringBuilder text = new StringBuilder();
    private final List<String> networks = new ArrayList<>();
    private final List<String> owners = new ArrayList<>();
    private final List<String> endpoints = new ArrayList<>();
    private int serial;

    private TopologyTextGenerator(SplittableRandom random) {
        this.random = random;
    }

    /** One generated topology. */
    static String generate(SplittableRandom random) {
        return new TopologyTextGenerator(random).topology();
    }

    private String topology() {
        text.append("topology ").append(name("T")).append('\n');
        for (int n = random.nextInt(4); n > 0; n--) {
            network();
        }
        for (int h = 1 + random.nextInt(3); h > 0; h--) {
            host();
        }
        for (int e = random.nextInt(6); e > 0; e--) {
            expectation();
        }
        return text.toString();
    }

    private void network() {
        String name = name("Net");
        networks.add(name);
        int third = random.nextInt(4);
        text.append("network ").append(name).append(" {\n");
        if (chance(3)) {
            text.append("  vlan ").append(vlan()).append('\n');
        }
        if (chance(4)) {
            text.append("  subnet 192.168.").append(third).append(".0/").append(prefix()).append('\n');
        }
        if (chance(2)) {
            text.append("  router 192.168.").append(third).append(".1").append(chance(2) ? " internet" : "").append('\n');
        }
        if (chance(2)) {
            text.append("  dhcp-server 192.168.").append(third).append(".2 ").append(scope("192.168." + third)).append('\n');
        }
        text.append("}\n");
    }

    private void host() {
        String host = name("HV");
        owners.add(host);
        String platform = chance(4) ? pick(PLATFORMS) : pick(new String[] {"hyperv-2008", "hyperv-2012", "hyperv-2016"});
        text.append("host ").append(host).append(" platform ").append(platform)
                .append(chance(5) ? " preserve-ip-on-install" : "").append(" {\n");
        List<String> nics = new ArrayList<>();
        if (chance(6)) {
            text.append("  retired ").append(nicName()).append('\n');
        }
        if (chance(6)) {
            text.append("  mac-pool 00-15-5D-00-00-00 - 00-15-5D-00-00-").append(chance(2) ? "FF" : "00").append('\n');
        }
        for (int n = random.nextInt(3); n >= 0; n--) {
            String nic = nicName();
            nics.add(nic);
            endpoints.add(host + "." + nic);
            text.append("  nic ").append(nic).append(chance(3) ? " mac " + mac() : "");
            if (!networks.isEmpty() ? !chance(4) : chance(8)) {
                text.append(" cable ").append(networks.isEmpty() ? name("Net") : pick(networks));
            }
            text.append(" {").append(bindings()).append(ipv4("192.168." + random.nextInt(4))).append(" }\n");
        }
        if (chance(2)) {
            text.append("  install ").append(pick(new String[] {"hyperv", "hyperv", "virtual-pc", "virtual-server"}))
                    .append(chance(2) ? " using " + pick(nics) : "").append('\n');
        }
        List<String> switches = new ArrayList<>();
        for (int s = random.nextInt(3); s > 0; s--) {
            switches.add(virtualSwitch(host, platform, nics));
        }
        if (chance(5)) {
            text.append("  netnat ").append(name("Nat")).append(" prefix 172.16.").append(random.nextInt(3)).append(".0/")
                    .append(prefix()).append(chance(2) ? " { forward tcp " + port() + " to 172.16.0.5 port " + port() + " }" : "")
                    .append('\n');
        }
        if (chance(4)) {
            text.append("  rras").append(chance(2) ? " routing" : "");
            if (chance(2)) {
                text.append(" nat public ").append(nics.isEmpty() ? nicName() : pick(nics)).append(" private ")
                        .append(nicName()).append(chance(2) ? " forward udp " + port() + " to 10.0.0.1" : "");
            }
            text.append('\n');
        }
        for (int v = random.nextInt(4); v > 0; v--) {
            vm(switches);
        }
        text.append("}\n");
    }

    private String virtualSwitch(String host, String platform, List<String> nics) {
        String name = name("Sw");
        text.append("  switch ").append(name);
        boolean management = true;
        switch (nics.isEmpty() && !chance(16) ? 1 + random.nextInt(3) : random.nextInt(4)) {
            case 0 -> {
                management = chance(6);
                text.append(" external on ").append(nics.isEmpty() ? nicName() : nics.remove(random.nextInt(nics.size())))
                        .append(management ? "" : " no-management-os").append(chance(4) ? " embedded-teaming" : "");
            }
            case 1 -> text.append(" internal");
            case 2 -> text.append(" private");
            default -> text.append(" default").append(chance(2) ? " subnet 172.20.0.0/" + prefix() : "");
        }
        if (chance(2)) {
            text.append(" {");
            for (int h = management || chance(8) ? random.nextInt(3) : 0; h > 0; h--) {
                String vnic = nicName();
                endpoints.add(host + "." + vnic);
                text.append(" host-vnic ").append(vnic).append(vlanSetting()).append(" {").append(bindings())
                        .append(ipv4("10.0." + random.nextInt(3))).append(acl()).append(" }");
            }
            if (platform.equals("virtual-server") || chance(16)) {
                text.append(" dhcp-service").append(chance(2) ? " subnet 10.0.0.0/24" : "").append(' ').append(scope("10.0.0"));
            }
            text.append(" }");
        }
        text.append('\n');
        return name;
    }

    private void vm(List<String> switches) {
        String vm = name("Vm");
        owners.add(vm);
        text.append("  vm ").append(vm).append(" {");
        String server = null;
        String serverNet = null;
        for (int n = random.nextInt(3); n >= 0; n--) {
            String nic = name("eth");
            endpoints.add(vm + "." + nic);
            text.append(" nic ").append(nic).append(chance(4) ? " mac " + mac() : "");
            if (!switches.isEmpty() ? !chance(5) : chance(16)) {
                text.append(" on ").append(switches.isEmpty() ? name("Sw") : pick(switches));
            }
            text.append(vlanSetting()).append(chance(4) ? " dhcp-guard" : "").append(chance(4) ? " router-guard" : "")
                    .append(chance(5) ? " mac-spoofing" : "");
            String net = "10.0." + random.nextInt(3);
            String ipv4 = ipv4(net);
            if (ipv4.contains("static") && server == null) {
                server = nic;
                serverNet = net;
            }
            text.append(" {").append(ipv4).append(acl()).append(" }");
        }
        if (server != null && chance(3)) {
            text.append(" dhcp-server on ").append(server).append(' ').append(scope(serverNet));
        }
        text.append(chance(4) ? " routing" : "").append(" }\n");
    }

    private void expectation() {
        String from = endpoint();
        String to = endpoint();
        switch (random.nextInt(4)) {
            case 0 -> text.append("expect address ").append(endpoints.isEmpty() ? "A.b" : pick(endpoints)).append(' ')
                    .append(pick(new String[] {"static", "apipa", "none", "10.0.0.100", "mac 00-15-5D-00-00-01",
                        "dhcp from " + (networks.isEmpty() ? pick(owners) : pick(networks))}));
            case 1 -> text.append("expect ").append(chance(2) ? "no " : "").append("reach ").append(from).append(" -> ").append(to);
            case 2 -> text.append("expect trace ").append(from).append(" -> ").append(to).append(" delivered");
            default -> text.append("expect trace ").append(from).append(" -> ").append(to).append(" dropped ")
                    .append(pick(new String[] {"T-3", "T-3a", "T-4", "\"no-route\"", "X-4"}));
        }
        text.append('\n');
    }

    private String endpoint() {
        int kind = random.nextInt(3);
        if (kind == 0 && !endpoints.isEmpty()) {
            return pick(endpoints);
        }
        if (kind == 1 && !owners.isEmpty()) {
            return pick(owners);
        }
        return pick(new String[] {"8.8.8.8", "10.0.0.1", "192.168.0.1", "169.254.1.1", "255.255.255.255", "0.0.0.0"});
    }

    private String ipv4(String net) {
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> " ipv4 dhcp";
            default -> " ipv4 static " + net + "." + (chance(16) ? random.nextInt(1, 6) : 10 + ++serial % 80) + "/" + prefix()
                    + (chance(2) ? " gateway " + net + ".1" : "") + (chance(3) ? " dns " + net + ".2, 8.8.8.8" : "");
        };
    }

    private String scope(String net) {
        int first = random.nextInt(100, 110);
        return "range " + net + "." + first + " - " + net + "." + (chance(6) ? first - 1 : first + random.nextInt(50))
                + (chance(2) ? " gateway " + net + ".1" : "") + (chance(2) ? " dns " + net + ".2" : "");
    }

    private String vlanSetting() {
        return switch (random.nextInt(5)) {
            case 0 -> " vlan " + vlan();
            case 1 -> " vlan access " + vlan();
            case 2 -> " vlan trunk " + vlan() + ", 10-20 native " + vlan();
            default -> "";
        };
    }

    private String acl() {
        return chance(4) ? " acl " + pick(new String[] {"allow", "deny"}) + " " + pick(new String[] {"in", "out", "both"})
                + " remote " + pick(new String[] {"0.0.0.0/0", "10.0.0.0/8", "192.168.1.0/24", "8.8.8.8/32"}) : "";
    }

    private String bindings() {
        if (!chance(6)) {
            return "";
        }
        StringBuilder list = new StringBuilder(" bind ").append(pick(BINDINGS));
        for (int b = random.nextInt(3); b > 0; b--) {
            list.append(", ").append(pick(BINDINGS));
        }
        return list.toString();
    }

    private String vlan() {
        return chance(5) ? pick(new String[] {"0", "1", "4094", "4095", "4096", "65536", "2147483648"})
                : String.valueOf(random.nextInt(1, 30));
    }

    private String port() {
        return chance(5) ? pick(new String[] {"0", "1", "65535", "65536", "99999999"}) : String.valueOf(random.nextInt(1, 9000));
    }

    private int prefix() {
        return chance(8) ? pick(new int[] {0, 1, 31, 32, 33}) : 24;
    }

    private String mac() {
        return String.format("00-15-5D-%02X-%02X-%02X", random.nextInt(2), random.nextInt(3), random.nextInt(256));
    }

    private String nicName() {
        return chance(2) ? "\"Local Area Connection " + ++serial + "\"" : name("nic");
    }

    /** A name of the pool {@code stem}: mostly a new one, sometimes (one in 16) one already used. */
    private String name(String stem) {
        return stem + (chance(16) ? random.nextInt(3) : ++serial);
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.isEmpty() ? name("x") : values.get(random.nextInt(values.size()));
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }
}
