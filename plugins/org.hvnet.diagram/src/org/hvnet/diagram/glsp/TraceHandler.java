package org.hvnet.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.hvnet.diagram.gmodel.TraceOverlay;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.traffic.Trace;

import com.google.inject.Inject;

/** Traces one packet with the simulation and shows the path hop by hop, with the verdict, on the diagram. */
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
                Trace trace = Simulation.of(List.of(state.document().topology())).trace(action.getFrom(), action.getTo());
                hops = trace.hops().stream().map(h -> h.at()).toList();
                verdict = action.getFrom() + " \u2192 " + action.getTo() + ": " + trace.verdict()
                        + (trace.rule() == null ? "" : " [" + trace.rule() + "]") + ", " + trace.hops().size() + " hops"
                        + (trace.reason() == null || trace.reason().isEmpty() ? "" : " \u2014 " + trace.reason());
            } catch (RuntimeException e) {
                verdict = "cannot trace " + action.getFrom() + " \u2192 " + action.getTo() + ": " + e.getMessage();
            }
            state.setTrace(new TraceOverlay(hops, verdict));
        }
        return submission.submitModel("trace");
    }
}
