// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.List;
import java.util.Locale;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.gmodel.ShowOnly;

import com.google.inject.Inject;

/** Changes how the estate is shown (overview or detail, hosts expanded, what is shown only) and sends the diagram again. */
public class EstateViewHandler extends AbstractActionHandler<EstateViewAction> {

    @Inject
    private HvnetModelState state;
    @Inject
    private ModelSubmissionHandler submission;

    @Inject
    private ModelValidator validator;

    @Override
    protected List<Action> executeAction(EstateViewAction action) {
        if (action.getMode() == null && action.getOnly() == null) {
            EstateView toggled = state.view().withExpanded(action.getExpand(), true).withExpanded(action.getCollapse(), false);
            java.util.Optional<ModelPatch> patch = HostToggle.apply(state, action.getExpand(), action.getCollapse());
            if (patch.isPresent()) {
                state.setView(toggled);
                List<Action> result = new java.util.ArrayList<>(List.of(patch.get(), new SetMarkersAction(validator.validate(List.of(), "live"), "live")));
                reveal(action, result);
                return result;
            }
        }
        EstateView view = state.view();
        if (action.getMode() != null) {
            view = view.withMode(parse(EstateView.Mode.class, action.getMode()));
        }
        view = view.withExpanded(action.getExpand(), true).withExpanded(action.getCollapse(), false);
        if (action.getOnly() != null) {
            view = view.withOnly(new ShowOnly(parse(ShowOnly.Kind.class, action.getOnly()), action.getOnlyElementId()));
        }
        state.setView(view);
        List<Action> result = new java.util.ArrayList<>(submission.submitModel("view"));
        if (action.getReveal() == null && (action.getMode() != null || action.getOnly() != null)) {
            // what the diagram shows changed: all of it into the window
            result.add(RevealAction.fit(List.of(), ""));
        }
        reveal(action, result);
        return result;
    }

    private void reveal(EstateViewAction action, List<Action> result) {
        if (action.getReveal() != null) {
            boolean shown = state.graph() != null && state.graph().element(action.getReveal()) != null;
            result.add(new RevealAction(shown ? List.of(action.getReveal()) : List.of(),
                    shown ? "" : "no " + action.getReveal() + " in the diagram"));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new GLSPServerException("unknown " + type.getSimpleName() + ": " + name, e);
        }
    }
}
