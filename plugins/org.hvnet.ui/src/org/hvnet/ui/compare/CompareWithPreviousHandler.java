// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.compare;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Compare With → Previous Version (Semantic Differences): the selected .hvnet file compared with its latest state in the
 * workspace's local history (saved before the last save), in the Semantic Differences view.
 */
public class CompareWithPreviousHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IFile> files = CompareWithEachOtherHandler.hvnetFiles(HandlerUtil.getCurrentSelection(event));
        if (files.size() != 1) {
            throw new ExecutionException("select one .hvnet file to compare with its previous version");
        }
        IFile file = files.get(0);
        try {
            IFileState[] history = file.getHistory(null);
            if (history.length == 0) {
                MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Semantic Differences",
                        file.getName() + " has no previous version in the local history yet: it is kept when the file is saved.");
                return null;
            }
            CompareWithEachOtherHandler.show(event, ModelVersionText.of(file, history[0]), ModelVersionText.of(file));
        } catch (CoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
