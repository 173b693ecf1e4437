// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.wizards.hosts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.interop.export.HostExport;
import org.hvnet.model.Host;
import org.hvnet.model.Platform;
import org.hvnet.ui.HvnetUiPlugin;

/** The .hvnet file, the host (Hyper-V 2012 and later), and the .ps1 file to write beside the model. */
public class ScriptExportPage extends WizardPage {

    private final ExportScriptWizard wizard;
    private final IStructuredSelection selection;
    private final List<IFile> models = new ArrayList<>();
    private Combo model;
    private Combo host;
    private Text scriptName;

    ScriptExportPage(ExportScriptWizard wizard, IStructuredSelection selection) {
        super("script");
        this.wizard = wizard;
        this.selection = selection;
        setTitle("PowerShell script for a host");
        setDescription("The script makes the host's virtual network as modeled. It checks every step first and supports -WhatIf.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        new Label(page, SWT.NONE).setText("&Model:");
        model = new Combo(page, SWT.READ_ONLY);
        model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(page, SWT.NONE).setText("&Host:");
        host = new Combo(page, SWT.READ_ONLY);
        host.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(page, SWT.NONE).setText("&Script file:");
        scriptName = new Text(page, SWT.BORDER);
        scriptName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label note = new Label(page, SWT.WRAP);
        note.setText("It refuses to run on a host whose physical NICs do not match the model, creates no VMs and changes no"
                + " bindings. Run it in an elevated PowerShell on the host, first with -WhatIf.");
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        collectModels();
        models.forEach(f -> model.add(f.getFullPath().toString()));
        model.addListener(SWT.Selection, e -> modelChosen());
        host.addListener(SWT.Selection, e -> hostChosen());
        scriptName.addModifyListener(e -> validate());
        setControl(page);
        IFile selected = selection != null && selection.getFirstElement() instanceof IFile f && "hvnet".equals(f.getFileExtension()) ? f : null;
        if (selected != null && models.contains(selected)) {
            model.select(models.indexOf(selected));
        } else if (!models.isEmpty()) {
            model.select(0);
        }
        modelChosen();
    }

    /** Chooses the model file and the host; the script file name follows the host. */
    public void choose(IFile file, String hostName) {
        model.select(models.indexOf(file));
        modelChosen();
        host.select(host.indexOf(hostName));
        hostChosen();
    }

    /** The hosts offered for the chosen model. */
    public List<String> hosts() {
        return List.of(host.getItems());
    }

    IFile modelFile() {
        return model.getSelectionIndex() < 0 ? null : models.get(model.getSelectionIndex());
    }

    String host() {
        return host.getText();
    }

    /** The .ps1 file to write, in the model's folder. */
    public IFile targetFile() {
        return modelFile().getParent().getFile(org.eclipse.core.runtime.IPath.fromOSString(scriptName.getText().strip()));
    }

    private void modelChosen() {
        host.removeAll();
        IFile file = modelFile();
        LoadedModel loaded = file == null ? null : wizard.load(file);
        if (loaded != null) {
            List<String> exportable = HostExport.hostNames(loaded.topologies());
            loaded.topologies().stream().flatMap(t -> t.getHosts().stream())
                    .filter(h -> exportable.contains(h.getName()) && h.getPlatform() != Platform.HYPERV_2008).map(Host::getName)
                    .forEach(host::add);
        }
        if (host.getItemCount() > 0) {
            host.select(0);
        }
        hostChosen();
    }

    private void hostChosen() {
        if (!host.getText().isEmpty()) {
            scriptName.setText(host.getText().replaceAll("[\\\\/:*?\"<>|]", "_") + ".ps1");
        }
        validate();
    }

    private void validate() {
        String error = null;
        if (modelFile() == null) {
            error = "No .hvnet file in the workspace.";
        } else if (host.getItemCount() == 0) {
            error = modelFile().getName() + " has errors, or no host with Hyper-V's PowerShell module (hyperv-2012 and later).";
        } else if (!scriptName.getText().strip().endsWith(".ps1")) {
            error = "The script file name must end in .ps1.";
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    private void collectModels() {
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                if (resource instanceof IFile file && "hvnet".equals(file.getFileExtension())) {
                    models.add(file);
                }
                return resource.getType() != IResource.FILE;
            });
        } catch (CoreException e) {
            HvnetUiPlugin.log("cannot list the .hvnet files of the workspace", e);
        }
    }
}
