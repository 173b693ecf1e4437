// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The HVNet perspective: Project Explorer, the editor area, Outline, Problems and the simulation views. */
public class HvnetPerspective implements IPerspectiveFactory {

    /** The perspective id. */
    public static final String ID = "org.hvnet.ui.perspective";
    /** Project Explorer's view id. */
    static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.18f, editorArea);
        left.addView(PROJECT_EXPLORER);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.78f, editorArea);
        right.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.64f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        IFolderLayout simulation = layout.createFolder("simulation", IPageLayout.RIGHT, 0.4f, "bottom");
        for (String view : SimulationViews.IDS) {
            simulation.addView(view);
            layout.addShowViewShortcut(view);
        }
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addNewWizardShortcut("org.hvnet.ui.wizards.newFile");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
    }
}
