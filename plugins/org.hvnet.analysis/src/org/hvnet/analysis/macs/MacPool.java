// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.macs;

import org.hvnet.model.values.MacAddress;

/**
 * A host's pool of dynamic MAC addresses (rule X-5), first to last inclusive, as 48-bit numbers: written with
 * {@code mac-pool}, or Hyper-V's default {@code 00-15-5D-xx-yy-00 - 00-15-5D-xx-yy-FF}.
 */
public record MacPool(long first, long last, boolean written) {

    /** Hyper-V's organizationally unique identifier, 00-15-5D. */
    static final long HYPER_V_OUI = 0x00155DL << 24;

    /** The default pool whose fourth and fifth octets are {@code xx} and {@code yy}. */
    static MacPool byDefault(int xx, int yy) {
        long first = HYPER_V_OUI | ((long) (xx & 0xFF) << 16) | ((long) (yy & 0xFF) << 8);
        return new MacPool(first, first | 0xFF, false);
    }

    /** How many addresses the pool holds (0 when it is written backwards). */
    public long size() {
        return last < first ? 0 : last - first + 1;
    }

    /** True when the two pools share an address. */
    public boolean overlaps(MacPool other) {
        return size() > 0 && other.size() > 0 && first <= other.last && other.first <= last;
    }

    /** True when {@code mac} lies in the pool. */
    public boolean contains(long mac) {
        return mac >= first && mac <= last;
    }

    /** {@code 00-15-5D-0A-15-00 - 00-15-5D-0A-15-FF}. */
    @Override
    public String toString() {
        return MacAddress.ofBits(first) + " - " + MacAddress.ofBits(last);
    }
}
