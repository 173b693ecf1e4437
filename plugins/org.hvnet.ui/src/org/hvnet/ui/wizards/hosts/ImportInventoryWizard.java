// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.wizards.hosts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.hvnet.dsl.formatting2.TopologyWriter;
import org.hvnet.interop.hostimport.HostImport;
import org.hvnet.interop.hostimport.ImportResult;
import org.hvnet.ui.HvnetUiPlugin;

/**
 * File → Import → HVNet → Hyper-V host inventory: the inventories of one or more hosts (files or folders the collector
 * wrote) become one .hvnet file in the workspace; the second page shows what was understood of each host and every
 * warning before anything is written. The import itself is the command's ({@link HostImport}).
 */
public class ImportInventoryWizard extends Wizard implements IImportWizard {

    private IWorkbench workbench;
    private InventorySourcePage source;
    private ImportPreviewPage preview;
    private ImportResult result;
    private String text;

    /** The wizard. */
    public ImportInventoryWizard() {
        setWindowTitle("Import Hyper-V Host Inventory");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        source = new InventorySourcePage(selection);
        preview = new ImportPreviewPage(this);
    }

    @Override
    public void addPages() {
        addPage(source);
        addPage(preview);
    }

    /** The page of inventories and target file. */
    public InventorySourcePage sourcePage() {
        return source;
    }

    /** The page that shows the hosts and warnings. */
    public ImportPreviewPage previewPage() {
        return preview;
    }

    /** Imports the chosen inventories (nothing is written yet) and keeps the result for the preview and Finish. */
    ImportResult importNow() {
        result = HostImport.of(source.inventories(), source.topologyName());
        text = result.hasErrors() ? null : HvnetUiPlugin.getDefault().language().get(TopologyWriter.class).write(result.topology());
        return result;
    }

    @Override
    public boolean canFinish() {
        return getContainer() != null && getContainer().getCurrentPage() == preview && preview.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        if (text == null && importNow().hasErrors()) {
            return false;
        }
        IFile file = source.targetFile();
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (file.exists()) {
                file.setContents(new ByteArrayInputStream(bytes), IResource.KEEP_HISTORY, new NullProgressMonitor());
            } else {
                file.create(new ByteArrayInputStream(bytes), true, new NullProgressMonitor());
            }
            file.setCharset("UTF-8", new NullProgressMonitor());
        } catch (CoreException e) {
            preview.setErrorMessage("Cannot write " + file.getFullPath() + ": " + e.getMessage());
            return false;
        }
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            try {
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
            } catch (PartInitException e) {
                HvnetUiPlugin.log("cannot open " + file.getFullPath(), e);
            }
        }
        return true;
    }
}
