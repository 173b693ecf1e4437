// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;

import com.google.inject.Inject;

/** Re-reads the file after a change on disk and, when its text changed, sends the new diagram (undo is reset). */
public class ReloadSourceHandler extends AbstractActionHandler<ReloadSourceAction> {

    @Inject
    private HvnetModelState state;
    @Inject
    private SourceModelStorage storage;
    @Inject
    private ModelSubmissionHandler submission;

    @Override
    protected List<Action> executeAction(ReloadSourceAction action) {
        if (state.document() == null || !((HvnetSourceModelStorage) storage).reload()) {
            return none();
        }
        state.forgetHistory();
        return submission.submitModel("external change");
    }
}
