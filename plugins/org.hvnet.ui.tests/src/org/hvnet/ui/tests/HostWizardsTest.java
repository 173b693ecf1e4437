// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.hvnet.ui.wizards.hosts.ExportScriptWizard;
import org.hvnet.ui.wizards.hosts.ImportInventoryWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * File → Import → HVNet → Hyper-V host inventory and File → Export → HVNet → PowerShell script for a host, driven
 * through their pages in a real wizard dialog, with a screenshot of each (target/import-wizard.png,
 * target/export-wizard.png).
 */
class HostWizardsTest {

    private WizardDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        WorkbenchFixture.closeEditors();
    }

    @Test
    void bothWizardsAreInTheHvnetCategoryOfImportAndExport() throws Exception {
        IWizardDescriptor importWizard = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard("org.hvnet.ui.wizards.importInventory");
        assertNotNull(importWizard);
        assertEquals("Hyper-V host inventory", importWizard.getLabel());
        assertEquals("HVNet", importWizard.getCategory().getLabel());
        IWizardDescriptor exportWizard = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard("org.hvnet.ui.wizards.exportScript");
        assertNotNull(exportWizard);
        assertEquals("PowerShell script for a host", exportWizard.getLabel());
        assertEquals("HVNet", exportWizard.getCategory().getLabel());
    }

    @Test
    void theImportWizardShowsTheHostsAndWarningsBeforeItWritesTheModel() throws Exception {
        IProject project = project();
        ImportInventoryWizard wizard = new ImportInventoryWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        dialog = open(wizard);
        assertFalse(wizard.sourcePage().isPageComplete(), "no inventory yet");
        Path inventories = Path.of(System.getProperty("hvnet.root", "."), "plugins/org.hvnet.interop.tests/inventories");
        wizard.sourcePage().addInventory(inventories.resolve("estate/HV-A.json"));
        wizard.sourcePage().addInventory(inventories.resolve("2019-set-vlans"));
        wizard.sourcePage().setTarget("/" + project.getName(), "estate.hvnet");
        assertTrue(wizard.sourcePage().isPageComplete());
        assertFalse(wizard.canFinish(), "Finish only once the warnings were shown");
        dialog.showPage(wizard.previewPage());
        WorkbenchFixture.settle(300);
        assertEquals(List.of("HV-A | hyperv-2016 | LAN1 (external on Ethernet)",
                "HV19-SET | hyperv-2016 | SETswitch (external on SLOT 2 Port 1, SLOT 2 Port 2)"), wizard.previewPage().hostRows());
        assertTrue(wizard.previewPage().warningRows().contains(
                "2019-set-vlans | Get-VMNetworkAdapter | TRUNK-RTR.Trunk reports 2 IPv4 addresses; the model keeps 10.10.30.1 only"),
                wizard.previewPage().warningRows()::toString);
        assertTrue(wizard.canFinish());
        IFile target = project.getFile("estate.hvnet");
        assertFalse(target.exists(), "nothing is written before Finish");
        shoot(dialog, "import-wizard.png");
        assertTrue(wizard.performFinish());
        dialog.close();
        String text = new String(target.getContents().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("topology estate\n\nnetwork \"10.1.0.0/24\" {"), text);
        assertTrue(text.contains("switch SETswitch external on \"SLOT 2 Port 1\", \"SLOT 2 Port 2\" embedded-teaming {"), text);
    }

    @Test
    void anUnreadableInventoryKeepsFinishDisabled() throws Exception {
        IProject project = project();
        ImportInventoryWizard wizard = new ImportInventoryWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        dialog = open(wizard);
        Path inventories = Path.of(System.getProperty("hvnet.root", "."), "plugins/org.hvnet.interop.tests/inventories");
        wizard.sourcePage().addInventory(inventories.resolve("bad/exported.xml"));
        wizard.sourcePage().setTarget("/" + project.getName(), "bad.hvnet");
        dialog.showPage(wizard.previewPage());
        WorkbenchFixture.settle(200);
        assertFalse(wizard.canFinish());
        assertTrue(wizard.previewPage().warningRows().get(0).startsWith("exported.xml |  | error: this is a CLIXML file"),
                wizard.previewPage().warningRows()::toString);
        assertFalse(project.getFile("bad.hvnet").exists());
    }

    @Test
    void theExportWizardWritesTheScriptOfTheChosenHost() throws Exception {
        IFile model = WorkbenchFixture.file("today.hvnet", todaysHyperV());
        ExportScriptWizard wizard = new ExportScriptWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model));
        dialog = open(wizard);
        assertEquals(List.of("HV02", "LAPTOP"), wizard.page().hosts());
        wizard.page().choose(model, "HV02");
        assertTrue(wizard.page().isPageComplete());
        assertEquals("HV02.ps1", wizard.page().targetFile().getName());
        shoot(dialog, "export-wizard.png");
        assertTrue(wizard.performFinish());
        dialog.close();
        IFile script = model.getParent().getFile(org.eclipse.core.runtime.IPath.fromOSString("HV02.ps1"));
        String text = new String(script.getContents().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("[CmdletBinding(SupportsShouldProcess = $true)]"), text);
        assertTrue(text.contains("New-VMSwitch -Name 'Converged' -NetAdapterName 'NIC1', 'NIC2' -EnableEmbeddedTeaming $true"), text);
    }

    private static String todaysHyperV() throws Exception {
        return Files.readString(Path.of(System.getProperty("hvnet.root", "."),
                "plugins/org.hvnet.testing/src/org/hvnet/testing/today/todays-hyperv.hvnet"), StandardCharsets.UTF_8);
    }

    private static IProject project() throws Exception {
        WorkbenchFixture.file("placeholder.hvnet", "topology Placeholder\n");
        return ResourcesPlugin.getWorkspace().getRoot().getProject(WorkbenchFixture.PROJECT);
    }

    private static WizardDialog open(org.eclipse.jface.wizard.IWizard wizard) {
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setSize(900, 640);
        WorkbenchFixture.settle(300);
        return dialog;
    }

    private static void shoot(WizardDialog dialog, String name) throws Exception {
        dialog.getShell().setLocation(0, 0);
        dialog.getShell().forceActive();
        WorkbenchFixture.settle(800);
        assertTrue(Files.isRegularFile(WorkbenchFixture.screenshot(name)));
    }
}
