// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Shows or hides the changes layer and sends the diagram again. */
public class ShowChangesHandler extends AbstractActionHandler<ShowChangesAction> {

    @Inject
    private HvnetModelState state;
    @Inject
    private ModelSubmissionHandler submission;

    @Override
    protected List<Action> executeAction(ShowChangesAction action) {
        state.setChangesShown(action.isShown());
        return submission.submitModel("changes");
    }
}
