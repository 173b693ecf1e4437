// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.ElementIds;
import org.hvnet.diagram.gmodel.ElementLookup;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.gmodel.NameSearch;
import org.hvnet.diagram.gmodel.ShowOnly;
import org.hvnet.model.Host;

import com.google.inject.Inject;

/**
 * Finds an element by name: the host that holds it is expanded (in the overview), a "show only" that hides it is
 * lifted, and the client centres and selects it, with how many elements the text names.
 */
public class FindHandler extends AbstractActionHandler<FindAction> {

    @Inject
    private HvnetModelState state;
    @Inject
    private ModelSubmissionHandler submission;

    @Override
    protected List<Action> executeAction(FindAction action) {
        if (state.document() == null || state.document().topology() == null || action.getQuery().isBlank()) {
            return List.of(new RevealAction(List.of(), ""));
        }
        List<EObject> matches = NameSearch.find(state.graph() != null ? state.graph().topologies() : state.files().topologies(), action.getQuery());
        if (matches.isEmpty()) {
            return List.of(new RevealAction(List.of(), "nothing is named \u201c" + action.getQuery().strip() + "\u201d"));
        }
        int index = action.getIndex() % matches.size();
        EObject found = matches.get(index);
        String id = ElementLookup.idOf(found);
        EstateView view = state.view();
        Host host = ElementLookup.hostOf(found);
        if (host != null && host != found) {
            view = view.withExpanded(List.of(ElementIds.of(host)), true);
        }
        if (state.graph() != null && state.graph().element(id) == null && host != null && state.graph().element(ElementIds.of(host)) == null) {
            view = view.withOnly(ShowOnly.EVERYTHING);
        }
        state.setView(view);
        List<Action> result = new ArrayList<>(submission.submitModel("find"));
        DiagramGraph graph = state.graph();
        String shown = graph.shownId(found, graph.shapeIds());
        String where = matches.size() == 1 ? "" : " (" + (index + 1) + " of " + matches.size() + "; Enter: next)";
        result.add(new RevealAction(shown == null ? List.of() : List.of(shown), "found " + id + where));
        return result;
    }

}
