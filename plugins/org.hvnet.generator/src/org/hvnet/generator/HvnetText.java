// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator;

/** Writes .hvnet text: indented lines, and the MAC addresses of generated adapters. */
final class HvnetText {

    private final StringBuilder text = new StringBuilder(1 << 16);

    /** Appends one line at the given indentation level (four spaces each). */
    HvnetText line(int level, String content) {
        text.append("    ".repeat(level)).append(content).append('\n');
        return this;
    }

    /** Appends an empty line. */
    HvnetText blank() {
        text.append('\n');
        return this;
    }

    /** The six-group MAC of host {@code host}, adapter {@code adapter}, in Hyper-V's 00-15-5D range. */
    static String mac(int host, int adapter) {
        return mac(host, adapter, 0);
    }

    /**
     * The MAC of a VM's {@code nic}-th adapter (0, 1, 2): Hyper-V's 00-15-5D range for the first, the locally
     * administered 02-15-5D and 06-15-5D ranges for the others, so that every generated MAC is unique.
     */
    static String mac(int host, int adapter, int nic) {
        return String.format("%02X-15-5D-%02X-%02X-%02X", nic == 0 ? 0 : nic * 4 - 2, (host >> 8) & 0xFF, host & 0xFF, adapter & 0xFF);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
