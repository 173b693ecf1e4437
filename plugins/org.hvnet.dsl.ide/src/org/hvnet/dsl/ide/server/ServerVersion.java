// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The version the language server reports in {@code serverInfo}: its bundle's, as the product was built. */
final class ServerVersion {

    private ServerVersion() {
    }

    /** The bundle version, or null outside OSGi. */
    static String of() {
        Bundle bundle = FrameworkUtil.getBundle(ServerVersion.class);
        return bundle == null ? null : bundle.getVersion().toString();
    }
}
