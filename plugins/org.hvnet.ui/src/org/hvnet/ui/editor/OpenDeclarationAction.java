// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.ITextSelection;

/** F3: opens the declaration of the reference at the caret. */
final class OpenDeclarationAction extends Action {

    /** The action id in the editor. */
    static final String ID = "org.hvnet.ui.editor.OpenDeclaration";

    private final HvnetEditor editor;

    OpenDeclarationAction(HvnetEditor editor) {
        super("Open &Declaration");
        this.editor = editor;
        setId(ID);
    }

    @Override
    public void run() {
        if (!(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
            return;
        }
        ElementAtOffset.Reference reference = ElementAtOffset.referenceAt(editor, selection.getOffset());
        if (reference != null) {
            Declarations.reveal(editor, reference);
        }
    }
}
