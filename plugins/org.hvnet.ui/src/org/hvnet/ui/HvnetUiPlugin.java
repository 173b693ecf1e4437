// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.hvnet.ui.language.HvnetLanguage;
import org.hvnet.ui.markers.ProblemMarkerUpdater;
import org.osgi.framework.BundleContext;

/** The workbench bundle's activator: owns the language services and the Problems-marker updater. */
public class HvnetUiPlugin extends AbstractUIPlugin {

    /** The bundle id. */
    public static final String ID = "org.hvnet.ui";

    private static HvnetUiPlugin instance;

    private HvnetLanguage language;
    private ProblemMarkerUpdater markerUpdater;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        if (markerUpdater != null) {
            markerUpdater.uninstall();
        }
        instance = null;
        super.stop(context);
    }

    /** The running plug-in. */
    public static HvnetUiPlugin getDefault() {
        return instance;
    }

    /** Starts keeping the Problems view up to date for .hvnet files (once the workspace is open). */
    public synchronized void startProblemMarkers() {
        if (markerUpdater == null) {
            markerUpdater = ProblemMarkerUpdater.install();
        }
    }

    /** The .hvnet language services (created on first use). */
    public synchronized HvnetLanguage language() {
        if (language == null) {
            language = HvnetLanguage.create();
        }
        return language;
    }

    /** Logs an unexpected failure to the workbench's error log. */
    public static void log(String message, Throwable error) {
        ILog.of(HvnetUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
    }

    /** Logs a failure the workbench works around (the user sees less, not an error) as a warning. */
    public static void warn(String message, Throwable error) {
        ILog.of(HvnetUiPlugin.class).log(new Status(IStatus.WARNING, ID, message, error));
    }
}
