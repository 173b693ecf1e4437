// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The version of the command: the release ({@code 1.0.0}, in every JSON document) and the build (its qualifier). */
public final class HvnetVersion {

    private HvnetVersion() {
    }

    /** The release, {@code MAJOR.MINOR.MICRO}: what JSON documents and SARIF logs carry. */
    public static String release() {
        Version version = bundleVersion();
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }

    /** The build: the qualifier of the bundle's version (its build time, {@code 202612070539}), or null in a workspace. */
    public static String build() {
        String qualifier = bundleVersion().getQualifier();
        return qualifier.isEmpty() || qualifier.equals("qualifier") ? null : qualifier;
    }

    /** The line {@code hvnet --version} prints: {@code hvnet 1.0.0 (build 202612070539, Java 17.0.12)}. */
    public static String line() {
        String build = build();
        return "hvnet " + release() + " (" + (build == null ? "" : "build " + build + ", ") + "Java " + Runtime.version() + ")";
    }

    private static Version bundleVersion() {
        Bundle bundle = FrameworkUtil.getBundle(HvnetVersion.class);
        if (bundle != null) {
            return bundle.getVersion();
        }
        // outside OSGi (the benchmarks' plain class path): the manifest's version
        String implementation = HvnetVersion.class.getPackage().getImplementationVersion();
        return implementation == null ? new Version(1, 0, 0) : Version.parseVersion(implementation);
    }
}
