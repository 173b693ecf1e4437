// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.hvnet.model.Platform;
import org.hvnet.model.platform.Platforms;

/**
 * The rule catalogue: every check of the validator once, with its SEMANTICS.md rule id, its severity, the
 * platforms it applies to, a message template that names the element, and what to do about it. Several checks may
 * cite one rule id (V-1 covers both S-1 limits); the validator, the language server, quick fixes, the command's
 * SARIF rules and docs/rules.md all read this enum and nothing else.
 */
public enum Rule {

    /** V-1 / S-1 (2008 profile): one external network per Hyper-V 2008 host. */
    V1_ONE_EXTERNAL_NETWORK("V-1", RuleSeverity.ERROR, hyperV2008(),
            "A Hyper-V 2008 host has one external virtual network at most",
            "%s is a second external network on host %s (the first is %s); the Hyper-V 2008 Virtual Network Manager allows one per host (S-1)",
            "Make it internal or private, or move it to another host."),

    /** V-1 / S-1: a physical NIC backs at most one external switch (every Hyper-V platform). */
    V1_NIC_BACKS_ONE_SWITCH("V-1", RuleSeverity.ERROR, hyperV(),
            "A physical NIC backs one external switch at most",
            "physical NIC %s is bound twice: it already backs %s, so it cannot also back %s (S-1)",
            "Bind each external switch to a physical NIC of its own."),

    /** V-2 / S-3: a private switch has no host vNIC. */
    V2_HOST_VNIC_ON_PRIVATE("V-2", RuleSeverity.ERROR, all(),
            "A private switch has no host vNIC",
            "host vNIC %s is on private switch %s, which has no port for the host (S-3)",
            "Remove the host-vnic, or make the switch internal."),

    /** V-2 / S-7: a VM NIC connects only to a switch of the VM's own host. */
    V2_VM_NIC_ON_OTHER_HOST("V-2", RuleSeverity.ERROR, all(),
            "A VM NIC connects only to a switch of its own host",
            "%s is connected to switch %s of host %s, not to a switch of its own host %s (S-7)",
            "Connect it to a switch of its own host, or move the VM."),

    /** V-3: an external switch is bound to a physical NIC of its own host. */
    V3_EXTERNAL_NIC_NOT_ON_HOST("V-3", RuleSeverity.ERROR, all(),
            "An external switch is bound to an existing physical NIC of its host",
            "external switch %s is bound to %s, which is not a physical NIC of host %s",
            "Bind it to a NIC written in that host."),

    /** V-4 / I-2: static IPv4 settings lost by the planned Hyper-V install (2008 without preserve-ip-on-install). */
    V4_STATIC_IP_LOST_ON_INSTALL("V-4", RuleSeverity.WARNING, hyperV2008(),
            "Static IPv4 settings of a NIC that the planned Hyper-V install uses are lost",
            "the static IPv4 settings of %s (%s) are lost when Hyper-V is installed: on Windows Server 2008 the new host vNIC uses DHCP (I-2)",
            "Move the settings to the host vNIC that the install creates (quick fix), or mark the host preserve-ip-on-install."),

    /** V-5 / S-5, A-3: a DHCP interface on an internal or private switch with no DHCP server in its segment. */
    V5_DHCP_WITHOUT_SERVER("V-5", RuleSeverity.WARNING, all(),
            "A DHCP interface on an internal or private switch has a DHCP server in its segment",
            "%s uses DHCP on %s switch %s, but no DHCP server is in its segment: it will get an APIPA address (S-5, A-3)",
            "Give it a static address, or run a DHCP server in a VM on that switch."),

    /** V-6: an IPv4 address is unique in its segment. */
    V6_DUPLICATE_ADDRESS("V-6", RuleSeverity.ERROR, all(),
            "An IPv4 address is unique in its segment",
            "%s has address %s, which %s already has in segment %s",
            "Give one of them another address."),

    /** V-6: a MAC address is unique in its segment. */
    V6_DUPLICATE_MAC("V-6", RuleSeverity.ERROR, all(),
            "A MAC address is unique in its segment",
            "%s has MAC address %s, which %s already has in segment %s",
            "Give one of them another MAC address."),

    /** V-7: static interfaces of one segment are in one subnet. */
    V7_MIXED_SUBNETS("V-7", RuleSeverity.WARNING, all(),
            "Static interfaces of one segment are in one subnet",
            "%s is in subnet %s, but segment %s uses %s (%s)",
            "Use addresses of one subnet on a segment, or connect the interface to another switch."),

    /** V-8 / I-2: only the switch protocol is bound on a physical NIC that backs an external switch (Hyper-V). */
    V8_TCPIP_ON_SWITCH_NIC("V-8", RuleSeverity.ERROR, hyperV(),
            "A physical NIC that backs an external switch has only the switch protocol bound",
            "physical NIC %s backs external switch %s but has TCP/IPv4 bound%s; Hyper-V binds only the switch protocol there (I-2)",
            "Write `bind vswitch` on the NIC and put its IPv4 settings on the switch's host-vnic."),

    /** V-9: names are unique where they are identifiers. */
    V9_DUPLICATE_NAME("V-9", RuleSeverity.ERROR, all(),
            "Names are unique where they are identifiers",
            "the name %s of this %s is already used by %s among %s",
            "Rename one of them."),

    /** V-10 / T-6: the private side of an RRAS NAT is an internal switch's host vNIC. */
    V10_NAT_PRIVATE_NOT_INTERNAL("V-10", RuleSeverity.WARNING, all(),
            "The private side of an RRAS NAT is an internal switch's host vNIC",
            "NAT private interface %s of host %s is %s, not the host vNIC of an internal switch (T-6)",
            "Use the host vNIC of an internal switch as the private side."),

    /** V-10 / T-6: the public side of an RRAS NAT reaches a gateway. */
    V10_NAT_PUBLIC_NO_GATEWAY("V-10", RuleSeverity.WARNING, all(),
            "The public side of an RRAS NAT reaches a gateway",
            "NAT public interface %s of host %s cannot reach any gateway: %s (T-6)",
            "Give it a gateway in its segment: a static gateway that a member of the segment has, or DHCP from a server whose scope has one."),

    /** V-11 / X-1: WinNAT (NetNat) exists on Windows Server 2016 and later and on Windows 10/11 only. */
    V11_NETNAT_PLATFORM("V-11", RuleSeverity.ERROR, without(Platform.HYPERV_2016_PLUS, Platform.HYPERV_CLIENT),
            "A NetNat is used on a platform that has WinNAT",
            "netnat %s is on host %s of platform %s, which has no WinNAT: New-NetNat came with Windows Server "
                    + "2016 and Windows 10 (hyperv-2016, hyperv-client) (X-1)",
            "Use platform hyperv-2016 or hyperv-client, or use RRAS NAT instead (rras nat public IFACE private IFACE)."),

    /** V-11 / X-2: the Default Switch exists on Windows 10/11 only. */
    V11_DEFAULT_SWITCH_PLATFORM("V-11", RuleSeverity.ERROR, without(Platform.HYPERV_CLIENT),
            "A Default Switch is used on Windows 10 or 11 only",
            "switch %s is a Default Switch, which only Hyper-V on Windows 10 and 11 (hyperv-client) has; host %s is %s (X-2)",
            "Use platform hyperv-client, or make it an internal switch with a NetNat."),

    /** V-11 / X-4: DhcpGuard, RouterGuard and MAC spoofing exist on Hyper-V 2012 and later. */
    V11_PORT_GUARD_PLATFORM("V-11", RuleSeverity.ERROR, before2012(),
            "Port guards are used on Hyper-V 2012 and later only",
            "%s has %s, which platform %s does not have: port guards came with Windows Server 2012 (hyperv-2012 and later) (X-4)",
            "Remove the guard, or use platform hyperv-2012 or later."),

    /** V-11 / X-6: Switch Embedded Teaming exists on Windows Server 2016 and later. */
    V11_EMBEDDED_TEAMING_PLATFORM("V-11", RuleSeverity.ERROR, without(Platform.HYPERV_2016_PLUS),
            "Switch Embedded Teaming is used on Windows Server 2016 and later only",
            "external switch %s is embedded-teaming, which platform %s does not have: Switch Embedded Teaming "
                    + "came with Windows Server 2016 (hyperv-2016) (X-6)",
            "Bind the switch to one NIC, or use platform hyperv-2016."),

    /** V-11 / X-7: port ACLs exist on Hyper-V 2012 and later. */
    V11_PORT_ACL_PLATFORM("V-11", RuleSeverity.ERROR, before2012(),
            "Port ACLs are used on Hyper-V 2012 and later only",
            "%s has a port ACL, which platform %s does not have: port ACLs came with Windows Server 2012 (hyperv-2012 and later) (X-7)",
            "Remove the acl lines, or use platform hyperv-2012 or later."),

    /** V-12 / X-1: a NetNat's prefix holds the static address of an internal switch's host vNIC on its host. */
    V12_NETNAT_WITHOUT_SWITCH("V-12", RuleSeverity.ERROR, hyperV(),
            "A NetNat's prefix holds the static address of an internal switch's host vNIC",
            "the prefix %s of netnat %s holds no static address of an internal switch's host vNIC on host %s, so "
                    + "no VM has a gateway into it (X-1)",
            "Give the host vNIC of an internal switch a static address inside the prefix (the VMs' gateway), "
                    + "or change the prefix to that switch's subnet."),

    /** V-12 / X-1: a NetNat's static mapping points inside its prefix. */
    V12_MAPPING_OUTSIDE_PREFIX("V-12", RuleSeverity.ERROR, hyperV(),
            "A NetNat's static mapping points inside its prefix",
            "the static mapping %s of netnat %s points to %s, outside its prefix %s (X-1)",
            "Map to an address inside the prefix, or widen the prefix."),

    /** V-12 / X-1: Windows supports one NetNat per host. */
    V12_SECOND_NETNAT("V-12", RuleSeverity.WARNING, hyperV(),
            "A host has one NetNat",
            "netnat %s is a second NetNat on host %s (the first is %s): Windows supports one per host (X-1)",
            "Keep one NetNat per host: give it a prefix that holds every internal network it serves, and remove the others."),

    /** V-13 / X-6: a Switch Embedded Team has 1 to 8 NICs. */
    V13_TEAM_TOO_LARGE("V-13", RuleSeverity.ERROR, hyperV(),
            "A Switch Embedded Team has 1 to 8 NICs",
            "external switch %s teams %d NICs, and a Switch Embedded Team has 8 at most (X-6)",
            "Team at most 8 NICs."),

    /** V-13 / X-6: the members of a team are cabled to the same networks. */
    V13_TEAM_CABLES_DIFFER("V-13", RuleSeverity.ERROR, hyperV(),
            "The NICs of a Switch Embedded Team are cabled to the same networks",
            "physical NIC %s of the team of switch %s is cabled to %s, but %s is cabled to %s: every member carries the same networks (X-6)",
            "Cable every NIC of the team to the same networks."),

    /** V-13 / X-6: an external switch on several NICs is a Switch Embedded Team. */
    V13_SEVERAL_NICS_WITHOUT_TEAMING("V-13", RuleSeverity.ERROR, hyperV(),
            "An external switch on several NICs is a Switch Embedded Team",
            "external switch %s is bound to %d NICs without embedded-teaming: a switch has one uplink unless its "
                    + "NICs form a Switch Embedded Team (X-6)",
            "Write embedded-teaming after the NICs (Windows Server 2016 and later), or bind the switch to one NIC."),

    /** V-14 / X-5: a host's MAC pool holds a MAC for every host vNIC and VM NIC without a written one. */
    V14_MAC_POOL_EXHAUSTED("V-14", RuleSeverity.ERROR, hyperV(),
            "A host's MAC pool has an address for every NIC that takes one from it",
            "the MAC pool %s of host %s has %d free addresses, but %d host vNICs and VM NICs without a written mac take one from it (X-5)",
            "Write a larger mac-pool for the host, or write the mac of some of its NICs."),

    /** V-14 / X-5: the pools of two hosts whose dynamic MACs meet in one segment do not overlap. */
    V14_MAC_POOLS_OVERLAP("V-14", RuleSeverity.WARNING, hyperV(),
            "The MAC pools of hosts whose NICs share a segment do not overlap",
            "the MAC pool %s of host %s overlaps the pool %s of host %s, and both give MACs to NICs in segment "
                    + "%s: their dynamic MACs collide (X-5)",
            "Give one of the hosts another mac-pool (Set-VMHost -MacAddressMinimum ... -MacAddressMaximum ...)."),

    /** V-15 / X-3: VLAN ids are 1 to 4094. */
    V15_VLAN_ID_OUT_OF_RANGE("V-15", RuleSeverity.ERROR, all(),
            "A VLAN id is 1 to 4094",
            "%s has VLAN id %s, outside 1-4094 (X-3)",
            "Use a VLAN id from 1 to 4094 (an untagged port or network has no vlan at all)."),

    /** V-15 / X-3: a trunk's native VLAN is one of its allowed VLANs. */
    V15_NATIVE_VLAN_NOT_ALLOWED("V-15", RuleSeverity.ERROR, all(),
            "A trunk's native VLAN is in its allowed list",
            "the native VLAN %d of trunk port %s is not in its allowed list %s (X-3)",
            "Add the native VLAN to the allowed list, or make an allowed VLAN the native one."),

    /** V-16 / X-2: the Default Switch's subnet may change at every boot, so static addresses there break. */
    V16_STATIC_ON_DEFAULT_SWITCH("V-16", RuleSeverity.WARNING, all(),
            "Interfaces on the Default Switch use DHCP",
            "%s has the static address %s on Default Switch %s, whose subnet Windows may change at the next boot (X-2)",
            "Use ipv4 dhcp on the Default Switch, or put the VM on an internal switch with a NetNat to keep a fixed address."),

    /** S-5: a virtual network's own DHCP service exists on Virtual Server only. */
    S5_DHCP_SERVICE_NOT_VIRTUAL_SERVER("S-5", RuleSeverity.ERROR, withHyperV(Platform.VIRTUAL_PC),
            "Only Virtual Server provides a DHCP service on a virtual network",
            "switch %s has a dhcp-service, but %s provides no DHCP service on any switch (S-5)",
            "Remove the dhcp-service and run a DHCP server in a VM on the switch, or use static addresses."),

    /** S-6: Virtual PC and Virtual Server have no internal (host and VMs) network. */
    S6_INTERNAL_ON_HOSTED_PRODUCT("S-6", RuleSeverity.ERROR, EnumSet.of(Platform.VIRTUAL_PC, Platform.VIRTUAL_SERVER),
            "Virtual PC and Virtual Server have no internal switch; their isolated network is written private",
            "switch %s is internal, but %s has no network of VMs and host; what it calls an internal network connects VMs only (S-6)",
            "Write `private` instead of `internal`."),

    /** S-8: no-management-os exists on Hyper-V 2012 and later only. */
    S8_NO_MANAGEMENT_OS_PLATFORM("S-8", RuleSeverity.ERROR, EnumSet.of(Platform.VIRTUAL_PC, Platform.VIRTUAL_SERVER, Platform.HYPERV_2008),
            "Only Hyper-V 2012 and later can take the host off an external switch",
            "external switch %s is no-management-os, which %s does not support (S-8)",
            "Remove no-management-os."),

    /** S-8: an external switch without management OS has no host vNIC. */
    S8_HOST_VNIC_WITHOUT_MANAGEMENT_OS("S-8", RuleSeverity.ERROR, all(),
            "An external switch without management OS has no host vNIC",
            "host vNIC %s is on switch %s, which is no-management-os: the host has no port there (S-8)",
            "Remove the host-vnic, or remove no-management-os."),

    /** a static address is a host address of its subnet. */
    A1_NOT_A_HOST_ADDRESS("A-1", RuleSeverity.ERROR, all(),
            "A static address is a host address of its subnet",
            "%s has address %s, which is the %s address of subnet %s (A-1)",
            "Use a host address inside the subnet."),

    /** a static gateway lies in the interface's subnet. */
    A1_GATEWAY_OUTSIDE_SUBNET("A-1", RuleSeverity.WARNING, all(),
            "A static gateway lies in the interface's subnet",
            "the gateway %s of %s is outside its subnet %s: packets to other subnets are dropped (A-1, T-4)",
            "Use a gateway address in the interface's subnet."),

    /** a DHCP scope's range is ordered and inside the server's subnet. */
    A2_SCOPE_RANGE("A-2", RuleSeverity.ERROR, all(),
            "A DHCP range is ordered and lies in the server's subnet",
            "the DHCP range %s - %s of %s %s (A-2)",
            "Write the range low - high, inside the subnet the leases take their prefix from."),

    /** a VM's DHCP server runs on a NIC with a static address. */
    A2_SERVER_WITHOUT_STATIC_ADDRESS("A-2", RuleSeverity.ERROR, all(),
            "A VM's DHCP server runs on a NIC with a static address",
            "VM %s runs a DHCP server on %s, which has no static address: its leases have no prefix (A-2)",
            "Give that NIC a static address; the leases take its prefix."),

    /** a static address or gateway in 169.254.0.0/16 is link-local and never routed. */
    A4_LINK_LOCAL_STATIC("A-4", RuleSeverity.WARNING, all(),
            "A static address is not link-local",
            "%s has the link-local %s %s, which no router or NAT forwards (A-4)",
            "Use a routable address, or DHCP."),

    /** IPv4 settings need TCP/IPv4 bound. */
    A5_IPV4_WITHOUT_TCPIP("A-5", RuleSeverity.WARNING, all(),
            "IPv4 settings are written only where TCP/IPv4 is bound",
            "%s has IPv4 settings but no TCP/IPv4 binding, so it has no IPv4 address (A-5)",
            "Add tcpip4 to its bind line, or remove the ipv4 settings."),

    /** link (DSL.md): a name in rras or expect resolves neither in the file nor in the simulated model. */
    LINK_INTERFACE_NAME("link", RuleSeverity.ERROR, all(),
            "Interface names in rras and expect resolve in the simulated model",
            "%s",
            "Use the name of an interface of that host or VM: written, or created by the planned install (I-2) or an internal switch (S-4).");

    private final String id;
    private final RuleSeverity severity;
    private final Set<Platform> platforms;
    private final String title;
    private final String template;
    private final String fix;

    Rule(String id, RuleSeverity severity, Set<Platform> platforms, String title, String template, String fix) {
        this.id = id;
        this.severity = severity;
        this.platforms = platforms;
        this.title = title;
        this.template = template;
        this.fix = fix;
    }

    /** The rule id of SEMANTICS.md ({@code V-1}), or {@code link}. */
    public String id() {
        return id;
    }

    /** The severity where the rule applies. */
    public RuleSeverity severity() {
        return severity;
    }

    /** The severity on a host of {@code platform}, or null where the rule does not apply there. */
    public RuleSeverity severityOn(Platform platform) {
        return platform == null || platforms.contains(platform) ? severity : null;
    }

    /** The platforms the rule applies to. */
    public Set<Platform> platforms() {
        return EnumSet.copyOf(platforms);
    }

    /** One sentence saying what the rule requires. */
    public String title() {
        return title;
    }

    /** What to do when the rule fires. */
    public String fix() {
        return fix;
    }

    /** The message of one finding: the template filled with {@code arguments}, then what to do. */
    public String message(Object... arguments) {
        String text = String.format(template, arguments);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ". " + fix;
    }

    private static Set<Platform> all() {
        return EnumSet.allOf(Platform.class);
    }

    private static Set<Platform> hyperV() {
        return EnumSet.copyOf(Platforms.hyperV());
    }

    /** The Hyper-V platforms and {@code others}. */
    private static Set<Platform> withHyperV(Platform... others) {
        Set<Platform> platforms = hyperV();
        platforms.addAll(Arrays.asList(others));
        return platforms;
    }

    /** Every platform but {@code excluded}: where a feature of the excluded platforms is missing (V-11). */
    private static Set<Platform> without(Platform... excluded) {
        Set<Platform> platforms = all();
        platforms.removeAll(Arrays.asList(excluded));
        return platforms;
    }

    /** The platforms before Hyper-V 2012 (the hosted products and Hyper-V 2008), which lack the 2012 features (V-11). */
    private static Set<Platform> before2012() {
        Set<Platform> platforms = all();
        platforms.removeAll(Platforms.hyperV2012OrLater());
        return platforms;
    }

    private static Set<Platform> hyperV2008() {
        return EnumSet.of(Platform.HYPERV_2008);
    }
}
