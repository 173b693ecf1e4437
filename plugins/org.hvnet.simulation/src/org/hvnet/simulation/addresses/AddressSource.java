// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.addresses;

/** Where an interface's IPv4 address comes from (rules ). */
public enum AddressSource {
    /** Written as a static setting. */
    STATIC("static"),
    /** Leased by a DHCP server in the segment. */
    DHCP("dhcp"),
    /** Configured automatically in 169.254/16 because no server answered or the scope was full. */
    APIPA("apipa"),
    /** No address: no TCP/IPv4 binding, or not connected. */
    NONE("none");

    private final String label;

    AddressSource(String label) {
        this.label = label;
    }

    /** The source as the JSON output and the {@code expect address} line write it. */
    public String label() {
        return label;
    }
}
