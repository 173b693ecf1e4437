// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;

import org.hvnet.model.Platform;
import org.hvnet.model.platform.Platforms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which platforms are Hyper-V and which are Hyper-V 2012 or later (section 6: HYPERV_2012_PLUS rules apply to both refinements). */
class PlatformsTest {

    @ParameterizedTest
    @CsvSource({ "VIRTUAL_PC, false, false", "VIRTUAL_SERVER, false, false", "HYPERV_2008, true, false",
            "HYPERV_2012_PLUS, true, true", "HYPERV_2016_PLUS, true, true", "HYPERV_CLIENT, true, true" })
    void everyPlatform(Platform platform, boolean hyperV, boolean hyperV2012OrLater) {
        assertEquals(hyperV, Platforms.isHyperV(platform));
        assertEquals(hyperV2012OrLater, Platforms.isHyperV2012OrLater(platform));
        assertEquals(hyperV, Platforms.hyperV().contains(platform));
        assertEquals(hyperV2012OrLater, Platforms.hyperV2012OrLater().contains(platform));
    }

    @Test
    void noPlatformIsNeither() {
        assertFalse(Platforms.isHyperV(null) || Platforms.isHyperV2012OrLater(null));
        assertEquals(6, EnumSet.allOf(Platform.class).size(), "a new platform must be placed in its family here");
    }
}
