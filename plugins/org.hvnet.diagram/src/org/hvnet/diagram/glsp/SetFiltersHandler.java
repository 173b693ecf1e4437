// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SetEditModeAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.hvnet.diagram.gmodel.DiagramFilters;

import com.google.inject.Inject;

/** Applies the client's layer toggles and sends the diagram again. */
public class SetFiltersHandler extends AbstractActionHandler<SetFiltersAction> {

    @Inject
    private HvnetModelState state;
    @Inject
    private ModelSubmissionHandler submission;

    @Override
    protected List<Action> executeAction(SetFiltersAction action) {
        state.setFilters(new DiagramFilters(action.isVms(), action.isPrivateSwitches(), action.isBindings(), action.isAddresses(),
                action.isSegments(), action.isPlannedInstallApplied(), action.isVlans()));
        String mode = action.isPlannedInstallApplied() ? SetEditModeAction.EDIT_MODE_READONLY : SetEditModeAction.EDIT_MODE_EDITABLE;
        state.setEditMode(mode);
        List<Action> result = new java.util.ArrayList<>(submission.submitModel("filters"));
        result.add(new SetEditModeAction(mode));
        return result;
    }
}
