// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.application;

import java.net.URL;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.hvnet.ui.HvnetUiPlugin;
import org.osgi.framework.Bundle;

/** Workbench life cycle of the product: IDE adapters and images, the HVNet perspective, the project to open. */
final class HvnetWorkbenchAdvisor extends WorkbenchAdvisor {

    private final String projectDirectory;
    private org.eclipse.core.resources.IProject project;

    HvnetWorkbenchAdvisor(String projectDirectory) {
        this.projectDirectory = projectDirectory;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(false);
        IDE.registerAdapters();
        declareIdeImages(configurer);
    }

    /** The images Project Explorer and Problems ask the workbench for (IDE's own advisor declares them). */
    private static void declareIdeImages(IWorkbenchConfigurer configurer) {
        Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
        declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
        declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
        declare(configurer, ide, "IMG_DLGBAN_SAVEAS_DLG", "icons/full/wizban/saveas_wiz.png");
        declare(configurer, ide, "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png");
        declare(configurer, ide, "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png");
        declare(configurer, ide, "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png");
        declare(configurer, ide, "IMG_ETOOL_PROBLEM_CATEGORY", "icons/full/etool16/problem_category.png");
        declare(configurer, ide, "IMG_DLGBAN_QUICKFIX_DLG", "icons/full/wizban/quick_fix.png");
    }

    private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String path) {
        URL url = bundle == null ? null : bundle.getEntry(path);
        if (url != null) {
            configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new HvnetWorkbenchWindowAdvisor(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return HvnetPerspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public void preStartup() {
        if (projectDirectory != null) {
            try {
                project = WorkspaceProjects.openFolder(projectDirectory);
            } catch (CoreException e) {
                HvnetUiPlugin.log("cannot open " + projectDirectory + " as a project", e);
            }
        }
    }

    @Override
    public void postStartup() {
        HvnetUiPlugin.getDefault().startProblemMarkers();
        if (project != null) {
            try {
                org.eclipse.core.resources.IFile first = WorkspaceProjects.firstTopology(project);
                var window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
                if (first != null && window != null && window.getActivePage() != null) {
                    IDE.openEditor(window.getActivePage(), first, org.hvnet.ui.editor.HvnetEditor.ID);
                }
            } catch (CoreException e) {
                HvnetUiPlugin.log("cannot open the first topology of " + project.getName(), e);
            }
        }
    }

    @Override
    public boolean preShutdown() {
        try {
            IWorkspace workspace = ResourcesPlugin.getWorkspace();
            workspace.save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            HvnetUiPlugin.log("cannot save the workspace", e);
        }
        return true;
    }
}
