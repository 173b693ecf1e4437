// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.diagram;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.hvnet.diagram.server.DiagramServer;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.ui.editor.EditorInputFiles;

/**
 * The diagram of a .hvnet file inside the workbench: an SWT Browser hosting the GLSP web client of org.hvnet.diagram,
 * connected to a GLSP server started for this file in the workbench's own JVM on 127.0.0.1 (any free port), with the
 * server's own address (it carries the token of that server run, without which the server refuses the model). The
 * diagram saves every edit into the file and follows the file when it changes; the text is never held here, so a
 * failure of the page cannot lose it.
 */
public class HvnetDiagramEditor extends EditorPart {

    /** The editor id. */
    public static final String ID = "org.hvnet.ui.diagramEditor";

    private Browser browser;
    private DiagramPage page;
    private volatile DiagramServer server;
    private volatile String pageUrl;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        IFile file = EditorInputFiles.fileOf(input);
        if (file == null || file.getLocation() == null) {
            throw new PartInitException("The diagram opens .hvnet files of the workspace");
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName() + " (diagram)");
    }

    @Override
    public void createPartControl(Composite parent) {
        browser = new Browser(parent, SWT.NONE);
        page = new DiagramPage(browser, ids -> DiagramSync.revealInText(this, ids));
        browser.setText("<html><body style='font-family:sans-serif'><p>Starting the diagram server\u2026</p></body></html>");
        Path path = EditorInputFiles.fileOf(getEditorInput()).getLocation().toFile().toPath();
        Job start = new Job("Starting the diagram of " + path.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    DiagramServer started = DiagramServer.start(List.of(path), HvnetUiPlugin.getDefault().language().injector(), 0);
                    server = started;
                    pageUrl = started.url(path);
                    browser.getDisplay().asyncExec(() -> {
                        if (!browser.isDisposed()) {
                            browser.setUrl(pageUrl);
                        } else {
                            stop(started);
                        }
                    });
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    browser.getDisplay().asyncExec(() -> {
                        if (!browser.isDisposed()) {
                            browser.setText("<html><body><p>The diagram server did not start: " + e + "</p></body></html>");
                        }
                    });
                    return Status.error("The diagram server of " + path + " did not start", e);
                }
            }
        };
        start.setSystem(true);
        start.schedule();
    }

    /** The number of topology nodes the page has drawn, read from the page itself (0 before it is loaded). */
    public int drawnNodes() {
        if (browser == null || browser.isDisposed() || pageUrl == null) {
            return 0;
        }
        Object count = browser.evaluate("return document.querySelectorAll('#hvnet-diagram g.hv-node').length;");
        return count instanceof Number number ? number.intValue() : 0;
    }

    /** The page's bridge: selection and trace (null before the part is created). */
    public DiagramPage page() {
        return page;
    }

    /** The address of the page, once the server runs (null before). */
    public String pageUrl() {
        return pageUrl;
    }

    /** The browser (for screenshots and tests). */
    public Browser browser() {
        return browser;
    }

    @Override
    public void dispose() {
        DiagramServer running = server;
        server = null;
        if (running != null) {
            stop(running);
        }
        super.dispose();
    }

    private static void stop(DiagramServer running) {
        Job stop = Job.create("Stopping a diagram server", monitor -> {
            try {
                running.close();
            } catch (Exception e) {
                HvnetUiPlugin.log("cannot stop the diagram server", e);
            }
        });
        stop.setSystem(true);
        stop.schedule();
    }

    @Override
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // every diagram edit is saved into the file by the diagram server
    }

    @Override
    public void doSaveAs() {
        // not offered
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
