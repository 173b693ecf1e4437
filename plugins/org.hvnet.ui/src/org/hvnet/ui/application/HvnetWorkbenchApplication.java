// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.application;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The HVNet Workbench application. Program arguments: {@code -hvnetProject DIR} makes DIR a project of the
 * workspace (the workspace itself is {@code -data}).
 */
public class HvnetWorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String projectDirectory = null;
        for (int i = 0; arguments != null && i + 1 < arguments.length; i++) {
            if ("-hvnetProject".equals(arguments[i])) {
                projectDirectory = arguments[i + 1];
            }
        }
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new HvnetWorkbenchAdvisor(projectDirectory));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
