// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.hvnet.ui.HvnetUiPlugin;

/** Reveals the declaration a reference resolves to: in this editor, or in the editor of the file declaring it. */
final class Declarations {

    private Declarations() {
    }

    static void reveal(HvnetEditor editor, ElementAtOffset.Reference reference) {
        URI targetUri = reference.target().eResource() == null ? null : reference.target().eResource().getURI();
        if (targetUri == null || targetUri.equals(EditorInputFiles.uriOf(editor.getEditorInput()))) {
            editor.selectAndReveal(reference.targetName().getOffset(), reference.targetName().getLength());
            return;
        }
        IFile[] files = targetUri.isFile()
                ? ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(java.net.URI.create(targetUri.toString()))
                : new IFile[] { ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(targetUri.toPlatformString(true))) };
        if (files.length == 0) {
            return;
        }
        try {
            IEditorPart part = IDE.openEditor(editor.getSite().getPage(), files[0], HvnetEditor.ID);
            if (part instanceof HvnetEditor other) {
                other.selectAndReveal(reference.targetName().getOffset(), reference.targetName().getLength());
            }
        } catch (PartInitException e) {
            HvnetUiPlugin.log("cannot open " + files[0], e);
        }
    }
}
