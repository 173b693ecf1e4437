// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.platform;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.hvnet.model.Platform;

/**
 * The families of platforms that the rules name: Hyper-V (every HYPERV_* platform) and Hyper-V 2012 or later
 * (HYPERV_2012_PLUS and its two refinements of section 6, HYPERV_2016_PLUS and HYPERV_CLIENT). The one place that
 * answers "is this platform 2012-or-later": every rule written for HYPERV_2012_PLUS applies to the later ones too.
 */
public final class Platforms {

    private static final Set<Platform> HYPER_V = Collections.unmodifiableSet(EnumSet.of(Platform.HYPERV_2008,
            Platform.HYPERV_2012_PLUS, Platform.HYPERV_2016_PLUS, Platform.HYPERV_CLIENT));
    private static final Set<Platform> HYPER_V_2012_OR_LATER = Collections.unmodifiableSet(EnumSet.of(
            Platform.HYPERV_2012_PLUS, Platform.HYPERV_2016_PLUS, Platform.HYPERV_CLIENT));

    private Platforms() {
    }

    /** True for every Hyper-V platform (2008, 2012, 2016 and later, client); false for the hosted products and null. */
    public static boolean isHyperV(Platform platform) {
        return platform != null && HYPER_V.contains(platform);
    }

    /** True for Hyper-V on Windows Server 2012 and later and on Windows 10/11 (rules marked HYPERV_2012_PLUS). */
    public static boolean isHyperV2012OrLater(Platform platform) {
        return platform != null && HYPER_V_2012_OR_LATER.contains(platform);
    }

    /** The Hyper-V platforms, as an unmodifiable set. */
    public static Set<Platform> hyperV() {
        return HYPER_V;
    }

    /** The platforms of Hyper-V 2012 and later (HYPERV_2012_PLUS, HYPERV_2016_PLUS, HYPERV_CLIENT), unmodifiable. */
    public static Set<Platform> hyperV2012OrLater() {
        return HYPER_V_2012_OR_LATER;
    }
}
