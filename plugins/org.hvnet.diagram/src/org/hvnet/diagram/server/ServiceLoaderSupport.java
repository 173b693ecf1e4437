// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.server;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts what Jetty's logging (slf4j's ServiceLoader) needs in OSGi just before the server starts: the SPI Fly
 * extender and the log4j provider bundles, with SPI Fly's INFO chatter off. Done on demand, so that the other
 * subcommands of the same product never print it.
 */
public final class ServiceLoaderSupport {

    private static final String SPI_FLY = "org.apache.aries.spifly.dynamic.bundle";

    private ServiceLoaderSupport() {
    }

    /** Starts SPI Fly and the log4j bundles if this runs in OSGi and they are installed but not active. */
    public static void start() {
        Logger.getLogger("org.apache.aries.spifly").setLevel(Level.WARNING);
        Bundle self = FrameworkUtil.getBundle(ServiceLoaderSupport.class);
        if (self == null || self.getBundleContext() == null) {
            return;
        }
        for (String name : new String[] { "org.apache.logging.log4j.api", "org.apache.logging.log4j.core", SPI_FLY }) {
            for (Bundle bundle : self.getBundleContext().getBundles()) {
                if (bundle.getSymbolicName() != null && bundle.getSymbolicName().equals(name) && bundle.getState() != Bundle.ACTIVE) {
                    try {
                        bundle.start(Bundle.START_TRANSIENT);
                    } catch (BundleException e) {
                        throw new IllegalStateException("cannot start " + name + ": " + e.getMessage(), e);
                    }
                }
            }
        }
    }
}
