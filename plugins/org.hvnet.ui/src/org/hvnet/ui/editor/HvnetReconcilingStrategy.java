// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * Reconciles the whole text on the reconciler's background thread (the reconciler debounces keystrokes): the
 * editor parses, validates and computes colouring and outline, then shows them on the UI thread.
 */
final class HvnetReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private final HvnetEditor editor;
    private IDocument document;
    private IProgressMonitor monitor;

    HvnetReconcilingStrategy(HvnetEditor editor) {
        this.editor = editor;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void initialReconcile() {
        reconcileAll();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcileAll();
    }

    @Override
    public void reconcile(IRegion partition) {
        reconcileAll();
    }

    private void reconcileAll() {
        if (document != null) {
            editor.reconcile(document, monitor);
        }
    }
}
