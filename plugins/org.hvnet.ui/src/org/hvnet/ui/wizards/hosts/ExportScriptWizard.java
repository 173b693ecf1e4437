// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.wizards.hosts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.TopologyLoader;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.interop.export.ExportResult;
import org.hvnet.interop.export.HostExport;
import org.hvnet.ui.HvnetUiPlugin;

/**
 * File → Export → HVNet → PowerShell script for a host: the script that makes one host's virtual network as modeled
 * (the command's {@link HostExport}), written to a .ps1 file in the workspace. The files of the model's folder are
 * loaded together, as the editor and the views do.
 */
public class ExportScriptWizard extends Wizard implements IExportWizard {

    private ScriptExportPage page;

    /** The wizard. */
    public ExportScriptWizard() {
        setWindowTitle("Export PowerShell Script for a Host");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        page = new ScriptExportPage(this, selection);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    /** The wizard's page. */
    public ScriptExportPage page() {
        return page;
    }

    /** The model of {@code file}'s folder, or null with the reason on the page. */
    LoadedModel load(IFile file) {
        try {
            LoadedModel model = HvnetUiPlugin.getDefault().language().get(TopologyLoader.class)
                    .loadArguments(List.of(file.getParent().getLocation().toOSString()));
            return model.hasErrors() ? null : model;
        } catch (UnreadableInputException e) {
            return null;
        }
    }

    @Override
    public boolean performFinish() {
        LoadedModel model = load(page.modelFile());
        if (model == null) {
            page.setErrorMessage(page.modelFile().getFullPath() + " has errors: fix them first.");
            return false;
        }
        ExportResult script;
        try {
            script = HostExport.powerShell(model.topologies(), page.host(), page.modelFile().getName());
        } catch (IllegalArgumentException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        IFile target = page.targetFile();
        try {
            byte[] bytes = script.text().getBytes(StandardCharsets.UTF_8);
            if (target.exists()) {
                target.setContents(new ByteArrayInputStream(bytes), IResource.KEEP_HISTORY, new NullProgressMonitor());
            } else {
                target.create(new ByteArrayInputStream(bytes), true, new NullProgressMonitor());
            }
        } catch (CoreException e) {
            page.setErrorMessage("Cannot write " + target.getFullPath() + ": " + e.getMessage());
            return false;
        }
        return true;
    }
}
