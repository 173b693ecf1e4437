// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.wizards.hosts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/** The inventories to import (files or folders) and the .hvnet file to write in the workspace. */
public class InventorySourcePage extends WizardPage {

    private final List<Path> inventories = new ArrayList<>();
    private final IStructuredSelection selection;
    private org.eclipse.swt.widgets.List list;
    private Text folder;
    private Text fileName;

    InventorySourcePage(IStructuredSelection selection) {
        super("inventories");
        this.selection = selection;
        setTitle("Hyper-V host inventories");
        setDescription("Choose the inventories the collector (Get-HvnetInventory.ps1) wrote on each host, and where the model goes.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        new Label(page, SWT.NONE).setText("&Inventories:");
        list = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 1));
        Composite buttons = new Composite(page, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(buttons, "Add &Files...", this::addFiles);
        button(buttons, "Add F&older...", this::addFolder);
        button(buttons, "&Remove", this::removeSelected);
        new Label(page, SWT.NONE).setText("Target &folder:");
        folder = new Text(page, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folder.setText(initialFolder());
        button(page, "&Browse...", this::browseFolder);
        new Label(page, SWT.NONE).setText("File &name:");
        fileName = new Text(page, SWT.BORDER);
        fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        fileName.setText("hosts.hvnet");
        folder.addModifyListener(e -> validate());
        fileName.addModifyListener(e -> validate());
        setControl(page);
        validate();
    }

    /** Adds an inventory file or directory. */
    public void addInventory(Path inventory) {
        if (!inventories.contains(inventory)) {
            inventories.add(inventory);
            list.add(inventory.toString());
        }
        validate();
    }

    /** Sets the workspace folder (e.g. {@code /lab}) and the file name of the model to write. */
    public void setTarget(String workspaceFolder, String name) {
        folder.setText(workspaceFolder);
        fileName.setText(name);
    }

    /** The inventories, in the order added. */
    public List<Path> inventories() {
        return List.copyOf(inventories);
    }

    /** The .hvnet file to write. */
    public IFile targetFile() {
        IResource container = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(folder.getText().strip()));
        return ((IContainer) container).getFile(IPath.fromOSString(fileName.getText().strip()));
    }

    /** The topology's name: the file name without {@code .hvnet}. */
    String topologyName() {
        String name = fileName.getText().strip();
        return name.endsWith(".hvnet") ? name.substring(0, name.length() - ".hvnet".length()) : name;
    }

    private void validate() {
        String error = null;
        IResource container = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(folder.getText().strip()));
        if (inventories.isEmpty()) {
            error = "Add the inventory of at least one host.";
        } else if (!(container instanceof IContainer) || container.getType() == IResource.ROOT || !container.isAccessible()) {
            error = "Choose a folder of an open project.";
        } else if (!fileName.getText().strip().endsWith(".hvnet") || fileName.getText().strip().length() <= ".hvnet".length()) {
            error = "The file name must end in .hvnet.";
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    private String initialFolder() {
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof IResource resource) {
            IContainer container = resource instanceof IContainer c ? c : resource.getParent();
            return container.getFullPath().toString();
        }
        return "";
    }

    private void addFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setFilterExtensions(new String[] {"*.json", "*"});
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                addInventory(Path.of(dialog.getFilterPath(), name));
            }
        }
    }

    private void addFolder() {
        String directory = new DirectoryDialog(getShell()).open();
        if (directory != null) {
            addInventory(Path.of(directory));
        }
    }

    private void removeSelected() {
        for (int index : list.getSelectionIndices()) {
            inventories.remove(Path.of(list.getItem(index)));
        }
        list.remove(list.getSelectionIndices());
        validate();
    }

    private void browseFolder() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), null, false, "Folder of the imported model:");
        if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
            folder.setText(dialog.getResult()[0].toString());
        }
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button.addListener(SWT.Selection, e -> action.run());
    }
}
