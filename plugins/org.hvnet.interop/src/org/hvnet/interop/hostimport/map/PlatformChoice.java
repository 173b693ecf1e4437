// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import org.hvnet.interop.inventory.HostOs;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.ProductType;
import org.hvnet.interop.windows.WindowsPlatforms;
import org.hvnet.model.Platform;

/** The platform of an imported host, from its build and product type (never from the product name). */
final class PlatformChoice {

    private PlatformChoice() {
    }

    /** The platform of {@code os}; when Windows did not say, hyperv-2016 with a warning. */
    static Platform of(HostOs os, String file, String host, ImportWarnings warnings) {
        if (os == null || os.build() == null) {
            warnings.warn(file, os == null ? InventoryKey.GET_COMPUTER_INFO : os.key(), host,
                    "the Windows build is unknown: the platform hyperv-2016 is assumed");
            return Platform.HYPERV_2016_PLUS;
        }
        int build = os.build();
        if (!WindowsPlatforms.hasHyperV(build)) {
            warnings.warn(file, os.key(), host, "build " + build + " is older than Windows Server 2008 and has no Hyper-V:"
                    + " the platform hyperv-2008 is assumed");
        }
        boolean workstation = os.productType() != null && os.productType().isWorkstation();
        if (build >= WindowsPlatforms.FIRST_BUILD_OF_WINDOWS_10
                && (os.productType() == null || os.productType() == ProductType.UNKNOWN)) {
            warnings.warn(file, os.key(), host, "the product type is unknown: build " + build
                    + " is taken for Windows Server (hyperv-2016), not Windows 10 or 11 (hyperv-client)");
        }
        return WindowsPlatforms.of(build, workstation);
    }
}
