// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.today;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random labs of today's Hyper-V for the agreement tests (rule T-8 against T-7): hosts on a LAN whose cables carry an
 * untagged network and two VLANs, teams, host vNICs and VMs on random VLANs, NetNat switches with static mappings,
 * Default Switches, routing hosts and VMs, port guards and port ACLs drawn from prefixes that overlap the model's
 * subnets. Deterministic per seed; valid or not, every one must simulate and agree.
 */
final class TodaysLabs {

    private static final List<String> ACL_PREFIXES = List.of("0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/24", "10.10.0.0/24", "172.16.0.0/12",
            "10.0.0.100/32", "10.0.0.101/30", "172.16.1.0/24", "10.20.0.0/16", "192.168.0.0/16");

    private final SplittableRandom random;
    private final StringBuilder text = new StringBuilder();
    private int vms;

    private TodaysLabs(long seed) {
        random = new SplittableRandom(seed);
    }

    /** The lab of {@code seed}. */
    static String of(long seed) {
        return new TodaysLabs(seed).build();
    }

    private String build() {
        text.append("topology Today\n");
        text.append("network Corp { subnet 10.0.0.0/24  router 10.0.0.1 internet  dhcp-server 10.0.0.2 range 10.0.0.100 - 10.0.0.120 gateway 10.0.0.1 }\n");
        text.append("network Mgmt { vlan 10  subnet 10.10.0.0/24  router 10.10.0.1  dhcp-server 10.10.0.2 range 10.10.0.100 - 10.10.0.120 gateway 10.10.0.1 }\n");
        text.append("network Dev { vlan 20  subnet 10.20.0.0/24  router 10.20.0.1 internet }\n");
        int hosts = 2 + random.nextInt(3);
        for (int h = 1; h <= hosts; h++) {
            host(h);
        }
        return text.toString();
    }

    private void host(int h) {
        boolean client = random.nextBoolean();
        text.append("host H").append(h).append(" platform ").append(client ? "hyperv-client" : "hyperv-2016").append(" {\n");
        boolean team = random.nextBoolean();
        text.append("    nic P1 cable Corp, Mgmt, Dev { bind vswitch }\n");
        if (team) {
            text.append("    nic P2 cable Corp, Mgmt, Dev { bind vswitch }\n");
        }
        text.append("    switch X external on P1").append(team ? ", P2 embedded-teaming" : "").append(" {\n");
        text.append("        host-vnic \"vEthernet (X)\"").append(vlan(false)).append(" { ").append(hostAddress(h)).append(acls()).append(" }\n");
        text.append("    }\n");
        boolean nat = random.nextInt(3) > 0;
        if (nat) {
            text.append("    switch Nat internal { host-vnic \"vEthernet (Nat)\" { ipv4 static 172.16.").append(h).append(".1/24 } }\n");
            text.append("    netnat N").append(h).append(" prefix 172.16.").append(h).append(".0/24 { forward tcp 80").append(" to 172.16.")
                    .append(h).append(".").append(10 + random.nextInt(3)).append(" }\n");
        }
        boolean defaultSwitch = client && random.nextBoolean();
        if (defaultSwitch) {
            text.append("    switch \"Default Switch\" default subnet 172.").append(24 + h).append(".16.0/20\n");
        }
        if (random.nextInt(4) == 0) {
            text.append("    rras routing\n");
        }
        int count = 2 + random.nextInt(4);
        for (int v = 0; v < count; v++) {
            vm(h, nat, defaultSwitch);
        }
        text.append("}\n");
    }

    private String hostAddress(int h) {
        return random.nextBoolean() ? "ipv4 dhcp" : "ipv4 static 10.0.0." + (10 + h) + "/24 gateway 10.0.0.1";
    }

    private void vm(int h, boolean nat, boolean defaultSwitch) {
        String name = "V" + (++vms);
        text.append("    vm ").append(name).append(" {\n");
        int nics = random.nextInt(5) == 0 ? 2 : 1;
        if (nics == 2) {
            text.append("        routing\n");
        }
        for (int n = 0; n < nics; n++) {
            int where = random.nextInt(nat ? 4 : 3) + (defaultSwitch && random.nextInt(3) == 0 ? 10 : 0);
            text.append("        nic e").append(n);
            if (where >= 10) {
                text.append(" on \"Default Switch\"").append(guards()).append(" { ipv4 dhcp").append(acls()).append(" }\n");
            } else if (where == 3) {
                text.append(" on Nat").append(guards()).append(" { ipv4 static 172.16.").append(h).append(".").append(10 + vms % 5)
                        .append("/24 gateway 172.16.").append(h).append(".1").append(acls()).append(" }\n");
            } else {
                String vlan = vlan(true);
                text.append(" on X").append(vlan).append(guards()).append(" { ").append(xAddress(vlan)).append(acls()).append(" }\n");
            }
        }
        if (random.nextInt(6) == 0) {
            text.append("        dhcp-server on e0 range 10.0.0.200 - 10.0.0.210 gateway 10.0.0.1\n");
        }
        text.append("    }\n");
    }

    private String xAddress(String vlan) {
        if (random.nextBoolean()) {
            return "ipv4 dhcp";
        }
        String net = vlan.contains("10") ? "10.10.0" : vlan.contains("20") ? "10.20.0" : vlan.isEmpty() ? "10.0.0" : "10.30.0";
        return "ipv4 static " + net + "." + (30 + vms) + "/24 gateway " + net + ".1";
    }

    private String vlan(boolean vm) {
        return switch (random.nextInt(vm ? 6 : 3)) {
            case 0 -> " vlan access 10";
            case 1 -> " vlan 20";
            case 2 -> vm ? " vlan 30" : "";
            case 3 -> " vlan trunk 10, 20-29 native 20";
            default -> "";
        };
    }

    private String guards() {
        return switch (random.nextInt(6)) {
            case 0 -> " dhcp-guard";
            case 1 -> " router-guard mac-spoofing";
            default -> "";
        };
    }

    private String acls() {
        StringBuilder acls = new StringBuilder();
        int count = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < count; i++) {
            acls.append("  acl ").append(random.nextBoolean() ? "allow" : "deny").append(' ')
                    .append(List.of("in", "out", "both").get(random.nextInt(3))).append(" remote ")
                    .append(ACL_PREFIXES.get(random.nextInt(ACL_PREFIXES.size())));
        }
        return acls.toString();
    }
}
