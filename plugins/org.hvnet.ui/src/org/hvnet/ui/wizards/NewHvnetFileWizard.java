// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.ui.editor.HvnetEditor;

/** File → New → HVNet Topology: a .hvnet file from a template (an empty lab or the article's lab). */
public class NewHvnetFileWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private TemplatePage page;

    /** The wizard. */
    public NewHvnetFileWizard() {
        setWindowTitle("New HVNet Topology");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
    }

    @Override
    public void addPages() {
        page = new TemplatePage(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, HvnetEditor.ID);
        } catch (PartInitException e) {
            HvnetUiPlugin.log("cannot open " + file.getFullPath(), e);
        }
        return true;
    }

    /** The page: where, the file name, and the template. */
    static final class TemplatePage extends WizardNewFileCreationPage {

        private Combo templates;

        TemplatePage(IStructuredSelection selection) {
            super("hvnetFile", selection);
            setTitle("HVNet topology");
            setDescription("Create a .hvnet file from a template.");
            setFileExtension("hvnet");
            setFileName("lab.hvnet");
        }

        @Override
        protected void createAdvancedControls(Composite parent) {
            Composite row = new Composite(parent, SWT.NONE);
            row.setLayout(new GridLayout(2, false));
            row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            new Label(row, SWT.NONE).setText("&Template:");
            templates = new Combo(row, SWT.READ_ONLY);
            for (LabTemplate template : LabTemplate.values()) {
                templates.add(template.label());
            }
            templates.select(0);
            templates.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }

        @Override
        protected InputStream getInitialContents() {
            LabTemplate template = LabTemplate.values()[Math.max(0, templates.getSelectionIndex())];
            try {
                return new ByteArrayInputStream(
                        template.text(LabTemplate.topologyName(getFileName())).getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                HvnetUiPlugin.log("cannot read template " + template, e);
                return new ByteArrayInputStream(new byte[0]);
            }
        }

        @Override
        protected org.eclipse.core.runtime.IStatus validateLinkedResource() {
            return org.eclipse.core.runtime.Status.OK_STATUS;
        }

        @Override
        protected void createLinkTarget() {
            // no linked files
        }
    }
}
