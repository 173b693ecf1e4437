// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.hvnet.diagram.gmodel.ElementIds;
import org.hvnet.diagram.gmodel.ElementLookup;
import org.hvnet.diagram.gmodel.TraceOverlay;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.traffic.Trace;

import com.google.inject.Inject;

/**
 * Traces one packet with the simulation and shows the path hop by hop, with the verdict, on the diagram; in the overview
 * the hosts it passes are expanded.
 */
public class TraceHandler extends AbstractActionHandler<TraceAction> {


    @Inject
    private HvnetModelState state;
    @Inject
    private ModelSubmissionHandler submission;

    @Override
    protected List<Action> executeAction(TraceAction action) {
        if (action.getFrom().isEmpty() || action.getTo().isEmpty() || state.document() == null || state.document().topology() == null) {
            state.setTrace(null);
        } else {
            String verdict;
            List<String> hops = List.of();
            try {
                Trace trace = Simulation.of(state.files().topologies()).trace(action.getFrom(), action.getTo());
                hops = trace.hops().stream().map(h -> h.at()).toList();
                verdict = action.getFrom() + " \u2192 " + action.getTo() + ": " + trace.verdict()
                        + (trace.rule() == null ? "" : " [" + trace.rule() + "]") + ", " + trace.hops().size() + " hops"
                        + (trace.reason() == null || trace.reason().isEmpty() ? "" : " \u2014 " + trace.reason());
            } catch (RuntimeException e) {
                verdict = "cannot trace " + action.getFrom() + " \u2192 " + action.getTo() + ": " + e.getMessage();
            }
            TraceOverlay overlay = new TraceOverlay(hops, verdict);
            state.setTrace(overlay);
            // the overview draws the hosts the packet passes whole, so that its way through their switches shows
            List<String> onPath = overlay.onPath(state.files().topologies()).stream().map(ElementLookup::hostOf).filter(java.util.Objects::nonNull)
                    .map(ElementIds::of).distinct().toList();
            state.setView(state.view().withExpanded(onPath, true));
        }
        List<Action> result = new java.util.ArrayList<>(submission.submitModel("trace"));
        if (state.trace() != null && state.graph() != null) {
            // the path into the window
            List<String> path = new java.util.ArrayList<>();
            state.graph().root().eAllContents().forEachRemaining(o -> {
                if (o instanceof org.eclipse.glsp.graph.GShapeElement shape && shape.getCssClasses().contains("trace-hop")) {
                    path.add(shape.getId());
                }
            });
            path.add("trace");
            result.add(RevealAction.fit(path, ""));
        }
        return result;
    }
}
