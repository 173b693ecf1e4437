// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.windows;

import org.hvnet.model.Platform;

/**
 * Which platform a Windows build is, and the other way round: builds 6000 to 7601 are Windows Server 2008 and 2008 R2,
 * 9200 and 9600 are 2012 and 2012 R2, 10240 and later are Windows 10 and 11 on a workstation and Windows Server 2016
 * and later on a server. The build and the product type decide, never the product name (Windows 11 reports
 * "Windows 10" there).
 */
public final class WindowsPlatforms {

    /** The first build of Windows 10 and Windows Server 2016's family. */
    public static final int FIRST_BUILD_OF_WINDOWS_10 = 10240;

    private WindowsPlatforms() {
    }

    /** The platform of a build; {@code workstation} tells Windows 10 and 11 from Windows Server 2016 and later. */
    public static Platform of(int build, boolean workstation) {
        if (build >= FIRST_BUILD_OF_WINDOWS_10) {
            return workstation ? Platform.HYPERV_CLIENT : Platform.HYPERV_2016_PLUS;
        }
        if (build >= 9200) {
            return Platform.HYPERV_2012_PLUS;
        }
        return Platform.HYPERV_2008;
    }

    /** True when the build is one Hyper-V runs on (Windows Server 2008, build 6001, and later). */
    public static boolean hasHyperV(int build) {
        return build >= 6000;
    }

    /** The Windows a platform stands for in an exported inventory: build, product type, name. */
    public static WindowsRelease release(Platform platform) {
        return switch (platform) {
            case HYPERV_2008 -> new WindowsRelease(7601, 3, "Microsoft Windows Server 2008 R2 Enterprise", "6.1.7601");
            case HYPERV_2012_PLUS -> new WindowsRelease(9600, 3, "Microsoft Windows Server 2012 R2 Datacenter", "6.3.9600");
            case HYPERV_CLIENT -> new WindowsRelease(22631, 1, "Microsoft Windows 11 Pro", "10.0.22631");
            default -> new WindowsRelease(20348, 3, "Microsoft Windows Server 2022 Datacenter", "10.0.20348");
        };
    }

    /**
     * A release of Windows as an inventory reports it.
     *
     * @param build the build number
     * @param productType 1 workstation, 3 server
     * @param caption the product name
     * @param version the version, e.g. {@code 10.0.20348}
     */
    public record WindowsRelease(int build, int productType, String caption, String version) {
    }
}
