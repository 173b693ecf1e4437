// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.markers;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.ui.editor.EditorInputFiles;
import org.hvnet.ui.language.ParsedText;

/**
 * Keeps the Problems view up to date: whenever a .hvnet file is saved, added or changed on disk (or at start-up for
 * every file of the workspace), a job validates it and replaces its markers.
 */
public final class ProblemMarkerUpdater implements IResourceChangeListener {

    /** The job family of marker updates (tests join it). */
    public static final Object FAMILY = ProblemMarkerUpdater.class;

    private final Set<IFile> pending = new LinkedHashSet<>();
    private final Job job = new Job("Validating .hvnet files") {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            return validatePending(monitor);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }
    };

    private ProblemMarkerUpdater() {
        job.setSystem(false);
    }

    /** Starts listening to the workspace and validates every .hvnet file in it once. */
    public static ProblemMarkerUpdater install() {
        ProblemMarkerUpdater updater = new ProblemMarkerUpdater();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(updater, IResourceChangeEvent.POST_CHANGE);
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                updater.collect(resource);
                return true;
            });
        } catch (CoreException e) {
            HvnetUiPlugin.log("cannot list the workspace", e);
        }
        updater.schedule();
        return updater;
    }

    /** Stops listening. */
    public void uninstall() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        job.cancel();
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        try {
            event.getDelta().accept(delta -> {
                int kind = delta.getKind();
                boolean contentChanged = kind == IResourceDelta.ADDED
                        || kind == IResourceDelta.CHANGED && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
                if (contentChanged) {
                    collect(delta.getResource());
                }
                return true;
            });
        } catch (CoreException e) {
            HvnetUiPlugin.log("cannot read a workspace change", e);
        }
        schedule();
    }

    private void collect(IResource resource) {
        if (resource instanceof IFile file && "hvnet".equals(file.getFileExtension())) {
            synchronized (pending) {
                pending.add(file);
            }
        }
    }

    private void schedule() {
        synchronized (pending) {
            if (!pending.isEmpty()) {
                job.schedule(50);
            }
        }
    }

    private IStatus validatePending(IProgressMonitor monitor) {
        while (!monitor.isCanceled()) {
            IFile file;
            synchronized (pending) {
                if (pending.isEmpty()) {
                    return Status.OK_STATUS;
                }
                file = pending.iterator().next();
                pending.remove(file);
            }
            if (!file.isAccessible()) {
                continue;
            }
            monitor.subTask(file.getName());
            try {
                ParsedText parsed = HvnetUiPlugin.getDefault().language().parser().parse(EditorInputFiles.uriOf(file),
                        EditorInputFiles.read(file), EditorInputFiles.siblingsOf(file), monitor::isCanceled);
                ProblemMarkers.replace(file, parsed.problems());
            } catch (Exception e) {
                if (!monitor.isCanceled()) {
                    HvnetUiPlugin.log("cannot validate " + file.getFullPath(), e);
                }
            }
        }
        return Status.CANCEL_STATUS;
    }
}
