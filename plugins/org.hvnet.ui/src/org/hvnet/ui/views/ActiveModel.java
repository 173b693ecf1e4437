// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.views;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.hvnet.ui.editor.HvnetEditor;
import org.hvnet.ui.editor.ReconcileResult;

/**
 * The model the simulation views show: the last reconcile of the active (or last active) .hvnet editor of a page.
 * A view subscribes and is told each time that editor reconciles or another .hvnet editor becomes active.
 */
final class ActiveModel implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<ReconcileResult> onChange = this::changed;
    private final List<Consumer<ReconcileResult>> listeners = new CopyOnWriteArrayList<>();
    private HvnetEditor editor;

    ActiveModel(IWorkbenchPage page) {
        this.page = page;
        page.addPartListener(this);
        if (page.getActiveEditor() instanceof HvnetEditor active) {
            track(active);
        } else {
            for (var reference : page.getEditorReferences()) {
                if (reference.getEditor(false) instanceof HvnetEditor any) {
                    track(any);
                    break;
                }
            }
        }
    }

    /** Calls {@code listener} (UI thread) with every new result; now too when there is one. */
    void subscribe(Consumer<ReconcileResult> listener) {
        listeners.add(listener);
        ReconcileResult latest = latest();
        if (latest != null) {
            listener.accept(latest);
        }
    }

    /** The latest result, or null. */
    ReconcileResult latest() {
        return editor == null ? null : editor.latestReconcile();
    }

    /** The tracked editor, or null. */
    HvnetEditor editor() {
        return editor;
    }

    void dispose() {
        page.removePartListener(this);
        if (editor != null) {
            editor.removeReconcileListener(onChange);
        }
        listeners.clear();
    }

    private void track(HvnetEditor next) {
        if (next == editor) {
            return;
        }
        if (editor != null) {
            editor.removeReconcileListener(onChange);
        }
        editor = next;
        editor.addReconcileListener(onChange);
        ReconcileResult latest = editor.latestReconcile();
        if (latest != null) {
            changed(latest);
        }
    }

    private void changed(ReconcileResult result) {
        for (Consumer<ReconcileResult> listener : listeners) {
            listener.accept(result);
        }
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        IWorkbenchPart part = reference.getPart(false);
        if (part instanceof HvnetEditor active) {
            track(active);
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == editor) {
            editor.removeReconcileListener(onChange);
            editor = null;
        }
    }
}
