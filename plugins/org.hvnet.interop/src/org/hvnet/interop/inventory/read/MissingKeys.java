// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hvnet.interop.inventory.InventoryKey;

/**
 * Warns about each key an inventory lacks, naming what the model lacks because of it and, when the collector
 * skipped the cmdlet, the collector's reason. Keys that go together (the two OS sources, the NetTCPIP cmdlets, the
 * Hyper-V cmdlets, the NetNat cmdlets) give one warning when all of them are missing; the per-NIC cmdlets only
 * when a NIC needs them.
 */
final class MissingKeys {

    /** The last build of Windows Server 2008 R2: it has neither the NetTCPIP nor the Hyper-V cmdlets. */
    private static final int LAST_2008_BUILD = 7601;

    private static final Set<InventoryKey> OS = EnumSet.of(InventoryKey.GET_COMPUTER_INFO,
            InventoryKey.WIN32_OPERATING_SYSTEM);
    private static final Set<InventoryKey> TCPIP = EnumSet.of(InventoryKey.GET_NET_ADAPTER,
            InventoryKey.GET_NET_ADAPTER_BINDING, InventoryKey.GET_NET_IP_ADDRESS, InventoryKey.GET_NET_ROUTE,
            InventoryKey.GET_DNS_CLIENT_SERVER_ADDRESS);
    private static final Set<InventoryKey> HYPER_V = EnumSet.of(InventoryKey.GET_VM_HOST, InventoryKey.GET_VM_SWITCH,
            InventoryKey.GET_VM_NETWORK_ADAPTER, InventoryKey.GET_VM_NETWORK_ADAPTER_VLAN,
            InventoryKey.GET_VM_NETWORK_ADAPTER_ACL, InventoryKey.GET_VM);
    private static final Set<InventoryKey> NAT = EnumSet.of(InventoryKey.GET_NET_NAT,
            InventoryKey.GET_NET_NAT_STATIC_MAPPING);

    private MissingKeys() {
    }

    /**
     * The warnings; {@code build} is the host's Windows build (or null), {@code withoutVlan} and {@code withoutAcls}
     * count the NICs that lack those settings.
     */
    static void warn(InventoryDocument document, ProblemLog log, Integer build, int withoutVlan, int withoutAcls) {
        boolean windows2008 = build != null && build <= LAST_2008_BUILD;
        if (missingAll(document, OS)) {
            group(document, log, OS, "the host's name (taken from the file name) and its Windows version, which"
                    + " decides the platform");
        }
        if (missingAll(document, TCPIP)) {
            group(document, log, TCPIP, (windows2008 ? "Windows Server 2008 R2 has none of these cmdlets; " : "")
                    + "the model lacks the NICs' connection names, their bindings and the routes"
                    + (document.has(InventoryKey.WIN32_NETWORK_ADAPTER_CONFIGURATION) ? " (Win32_NetworkAdapter"
                            + "Configuration still gives each NIC's addresses, gateways, DNS and DHCP servers)" : ""));
        }
        if (missingAll(document, HYPER_V)) {
            group(document, log, HYPER_V, (windows2008 ? "Hyper-V of Windows Server 2008 and 2008 R2 has no PowerShell"
                    + " cmdlets; " : "") + "the model lacks every virtual switch, host vNIC and VM of this host");
        }
        if (missingAll(document, NAT)) {
            group(document, log, NAT, "the model lacks " + InventoryKey.GET_NET_NAT.lacks());
        }
        for (InventoryKey key : InventoryKey.values()) {
            if (document.has(key) || OS.contains(key) || inMissingGroup(document, key)) {
                continue;
            }
            if (key == InventoryKey.GET_VM_NETWORK_ADAPTER_VLAN) {
                if (withoutVlan > 0) {
                    one(document, log, key, key.lacks() + "; " + withoutVlan + " NICs have no VLAN setting nested");
                }
            } else if (key == InventoryKey.GET_VM_NETWORK_ADAPTER_ACL) {
                if (withoutAcls > 0) {
                    one(document, log, key, key.lacks() + "; " + withoutAcls + " NICs have no ACL list nested");
                }
            } else {
                one(document, log, key, key.lacks());
            }
        }
    }

    private static boolean inMissingGroup(InventoryDocument document, InventoryKey key) {
        return List.of(TCPIP, HYPER_V, NAT).stream().anyMatch(g -> g.contains(key) && missingAll(document, g));
    }

    private static boolean missingAll(InventoryDocument document, Set<InventoryKey> keys) {
        return keys.stream().noneMatch(document::has);
    }

    private static void one(InventoryDocument document, ProblemLog log, InventoryKey key, String lacks) {
        log.warning(document.file(), null, key.cmdlet(), null, key.cmdlet() + " is missing"
                + reason(document, List.of(key)) + ": the model lacks " + lacks);
    }

    private static void group(InventoryDocument document, ProblemLog log, Set<InventoryKey> keys, String effect) {
        List<InventoryKey> ordered = keys.stream().sorted().toList();
        String names = ordered.stream().map(InventoryKey::cmdlet).collect(Collectors.joining(", "));
        log.warning(document.file(), null, ordered.get(0).cmdlet(), null, "no output of " + names
                + reason(document, ordered) + ": " + effect);
    }

    private static String reason(InventoryDocument document, List<InventoryKey> keys) {
        Optional<String> reason = keys.stream().map(document::skipReason).flatMap(Optional::stream).findFirst();
        return reason.map(r -> " (the collector skipped " + (keys.size() > 1 ? "them" : "it") + " on the host: " + r
                + ")").orElse("");
    }
}
