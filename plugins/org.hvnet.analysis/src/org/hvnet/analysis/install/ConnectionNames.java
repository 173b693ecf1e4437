// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.HashSet;
import java.util.Set;

import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualSwitch;

/**
 * The connection and switch names of one host, used or retired, and the allocation of new ones (rules I-2,
 * S-4): the smallest {@code Local Area Connection N} with N >= 2 that no connection uses or has used.
 */
public final class ConnectionNames {

    private static final String CONNECTION = "Local Area Connection";

    private final Set<String> connections = new HashSet<>();
    private final Set<String> switches = new HashSet<>();

    /** The names in use on {@code host} now: its NICs, host vNICs, retired names and switches. */
    public ConnectionNames(Host host) {
        connections.addAll(host.getRetiredNames());
        for (PhysicalNic nic : host.getNics()) {
            connections.add(nic.getName());
        }
        for (VirtualSwitch vswitch : host.getSwitches()) {
            switches.add(vswitch.getName());
            for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                connections.add(vnic.getName());
            }
        }
    }

    /** Allocates the next free "Local Area Connection N", N >= 2 (rule I-2 on hyperv-2008). */
    public String nextConnection() {
        for (int n = 2;; n++) {
            String name = CONNECTION + " " + n;
            if (connections.add(name)) {
                return name;
            }
        }
    }

    /** Reserves a connection name chosen elsewhere, e.g. {@code vEthernet (switch)} (rule I-2 on 2012+). */
    public String reserveConnection(String name) {
        connections.add(name);
        return name;
    }

    /** Allocates "NIC - Virtual Network", else "NIC - Virtual Network N" with the smallest free N >= 2 (I-2). */
    public String nextSwitch(String nicName) {
        String base = nicName + " - Virtual Network";
        if (switches.add(base)) {
            return base;
        }
        for (int n = 2;; n++) {
            if (switches.add(base + " " + n)) {
                return base + " " + n;
            }
        }
    }

    /** The name of the host vNIC of {@code switchName} on hyperv-2012 and later (rules I-2, S-4). */
    public static String vEthernet(String switchName) {
        return "vEthernet (" + switchName + ")";
    }
}
