// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.views;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.hvnet.files.AtomicFileWriter;
import org.hvnet.model.Host;
import org.hvnet.model.Topology;
import org.hvnet.analysis.install.InstallReport;
import org.hvnet.analysis.install.InstallReportText;
import org.hvnet.analysis.install.InstallResult;
import org.hvnet.analysis.install.InstallTransformation;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.ui.editor.EditorInputFiles;
import org.hvnet.ui.editor.ReconcileResult;
import org.hvnet.dsl.formatting2.TopologyWriter;

/**
 * Install Preview: what installing the virtualization layer does to the selected host (the I-rules' change
 * report), with an action that writes the post-install topology to {@code installed/NAME.hvnet} beside the file.
 */
public class InstallPreviewView extends ViewPart {

    /** The view id. */
    public static final String ID = "org.hvnet.ui.views.installPreview";

    private final SimulationRunner runner = new SimulationRunner("Previewing the install");
    private ActiveModel model;
    private Combo host;
    private Text report;
    private Action write;

    /** One host's install: its change report and the post-install text. */
    record Preview(InstallReport report, String text) {
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText("Host:");
        host = new Combo(parent, SWT.READ_ONLY);
        host.setLayoutData(new GridData(240, SWT.DEFAULT));
        host.addListener(SWT.Selection, e -> preview());
        report = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        report.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        write = new Action("Write the post-install file", PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT)) {
            @Override
            public void run() {
                writePostInstallFile();
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(write);
        model = new ActiveModel(getSite().getPage());
        model.subscribe(this::listHosts);
    }

    private void listHosts(ReconcileResult result) {
        String selected = host.getText();
        List<String> names = SimulationRunner.topologies(result).stream().flatMap(t -> t.getHosts().stream())
                .map(Host::getName).filter(n -> n != null).toList();
        host.setItems(names.toArray(new String[0]));
        int index = names.indexOf(selected);
        host.select(index >= 0 ? index : names.isEmpty() ? -1 : 0);
        preview();
    }

    private void preview() {
        ReconcileResult result = model.latest();
        String name = host.getText();
        if (result == null || name.isEmpty()) {
            report.setText("Open a .hvnet file with a host.");
            return;
        }
        report.setText("Applying the install to " + name + "…");
        runner.run(result, simulation -> preview(result, name), outcome -> {
            report.setText(outcome.value() == null ? outcome.problem() : String.join("\n", InstallReportText.lines(outcome.value().report())) + "\n");
        }, report);
    }

    private Preview preview(ReconcileResult result, String hostName) {
        List<Topology> topologies = SimulationRunner.topologies(result);
        InstallResult installed = InstallTransformation.applyTo(topologies, hostName, List.of());
        return new Preview(installed.reports().get(0), null);
    }

    /** Writes the post-install topology of the selected host beside the file; returns the file written, or null. */
    public IFile writePostInstallFile() {
        ReconcileResult result = model.latest();
        IFile file = model.editor() == null ? null : EditorInputFiles.fileOf(model.editor().getEditorInput());
        if (result == null || file == null || host.getText().isEmpty()) {
            return null;
        }
        try {
            InstallResult installed = InstallTransformation.applyTo(SimulationRunner.topologies(result), host.getText(),
                    List.of());
            String text = HvnetUiPlugin.getDefault().language().get(TopologyWriter.class).write(installed.topologies().get(0));
            // a folder of its own: beside the original, every name would be declared twice in the folder
            org.eclipse.core.resources.IFolder folder = file.getParent().getFolder(new org.eclipse.core.runtime.Path("installed"));
            if (!folder.exists()) {
                folder.create(true, true, new NullProgressMonitor());
            }
            IFile target = folder.getFile(file.getName());
            // the one writer of the user's files (atomic, permissions and links kept), then the workspace is told
            AtomicFileWriter.write(target.getLocation().toFile().toPath(), text);
            target.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
            report.setText(report.getText() + "\n\nWritten: " + target.getFullPath());
            return target;
        } catch (CoreException | java.io.IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Install Preview", "Cannot write the post-install file: " + e);
            return null;
        }
    }

    /** The report text (for tests). */
    public String reportText() {
        return report.getText();
    }

    @Override
    public void setFocus() {
        host.setFocus();
    }

    @Override
    public void dispose() {
        if (model != null) {
            model.dispose();
        }
        super.dispose();
    }
}
