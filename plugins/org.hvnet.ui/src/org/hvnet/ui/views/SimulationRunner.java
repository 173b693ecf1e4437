// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Control;
import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.ui.editor.ReconcileResult;

/**
 * Runs a view's simulation as an Eclipse Job (with progress, never on the UI thread) and hands the result to the
 * view on the UI thread. A newer request cancels the one still running.
 */
final class SimulationRunner {

    /** The job family of every simulation job (tests join it). */
    static final Object FAMILY = SimulationRunner.class;

    private final String name;
    private Job current;

    SimulationRunner(String name) {
        this.name = name;
    }

    /** Computes {@code compute} on the simulation of {@code model}, then calls {@code show} on {@code control}'s thread. */
    synchronized <T> void run(ReconcileResult model, Function<Simulation, T> compute, Consumer<Outcome<T>> show,
            Control control) {
        if (current != null) {
            current.cancel();
        }
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(name, IProgressMonitor.UNKNOWN);
                Outcome<T> outcome;
                try {
                    List<Topology> topologies = topologies(model);
                    if (topologies.isEmpty()) {
                        outcome = new Outcome<>(null, "The file has no topology yet.");
                    } else {
                        outcome = new Outcome<>(compute.apply(Simulation.of(topologies)), null);
                    }
                } catch (RuntimeException e) {
                    HvnetUiPlugin.log(name + ": the simulation failed", e);
                    outcome = new Outcome<>(null, "The simulation failed: " + e);
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                Outcome<T> done = outcome;
                if (!control.isDisposed()) {
                    control.getDisplay().asyncExec(() -> {
                        if (!control.isDisposed()) {
                            show.accept(done);
                        }
                    });
                }
                monitor.done();
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setPriority(Job.SHORT);
        current = job;
        job.schedule();
    }

    /** The topologies of a reconcile: the edited file's and its siblings', as loaded together. */
    static List<Topology> topologies(ReconcileResult model) {
        List<Topology> topologies = new ArrayList<>();
        if (model == null) {
            return topologies;
        }
        Topology own = model.parsed().topology();
        if (own != null) {
            topologies.add(own);
        }
        for (Resource resource : model.parsed().resource().getResourceSet().getResources()) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Topology t && t != own) {
                topologies.add(t);
            }
        }
        return topologies;
    }

    /** A result, or why there is none. */
    record Outcome<T>(T value, String problem) {
    }
}
