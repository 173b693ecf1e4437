// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hvnet.ui.views.SemanticDifferencesView;

/**
 * Compare With → Each Other (Semantic Differences): the two .hvnet files selected, the first selected as the older
 * version, compared in the Semantic Differences view.
 */
public class CompareWithEachOtherHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IFile> files = hvnetFiles(HandlerUtil.getCurrentSelection(event));
        if (files.size() != 2) {
            throw new ExecutionException("select two .hvnet files to compare");
        }
        try {
            show(event, ModelVersionText.of(files.get(0)), ModelVersionText.of(files.get(1)));
        } catch (CoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }

    /** Opens the Semantic Differences view and compares {@code older} with {@code newer} in it. */
    static void show(ExecutionEvent event, ModelVersionText older, ModelVersionText newer) throws ExecutionException {
        try {
            SemanticDifferencesView view = (SemanticDifferencesView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .showView(SemanticDifferencesView.ID);
            view.compare(older, newer);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the Semantic Differences view", e);
        }
    }

    /** The .hvnet files of {@code selection}, in selection order. */
    static List<IFile> hvnetFiles(ISelection selection) {
        List<IFile> files = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file != null && "hvnet".equals(file.getFileExtension())) {
                    files.add(file);
                }
            }
        }
        return files;
    }
}
