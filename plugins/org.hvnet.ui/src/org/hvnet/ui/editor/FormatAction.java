// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.dsl.formatting2.DocumentFormatter;
import org.hvnet.ui.HvnetUiPlugin;

/**
 * Format (Ctrl+Shift+F): the language's formatter (IFormatter2 through {@link DocumentFormatter}) lays the whole
 * text out; only the span that changed is replaced, as one undoable edit. A text with syntax errors is left alone.
 */
final class FormatAction extends Action {

    /** The action id in the editor. */
    static final String ID = "org.hvnet.ui.editor.Format";

    private final HvnetEditor editor;

    FormatAction(HvnetEditor editor) {
        super("&Format");
        this.editor = editor;
        setId(ID);
    }

    @Override
    public void run() {
        if (!editor.isEditable()) {
            return;
        }
        IDocument document = editor.viewer().getDocument();
        String text = document.get();
        XtextResource resource = editor.language().parser().parseOnly(EditorInputFiles.uriOf(editor.getEditorInput()),
                text, java.util.Map.of());
        String formatted;
        try {
            formatted = editor.language().get(DocumentFormatter.class).format(resource);
        } catch (IllegalArgumentException e) {
            editor.getEditorSite().getActionBars().getStatusLineManager()
                    .setErrorMessage("Not formatted: the text has syntax errors");
            return;
        }
        replaceChangedSpan(document, text, formatted);
    }

    /** Replaces the span between the common prefix and suffix of {@code text} and {@code formatted}. */
    static void replaceChangedSpan(IDocument document, String text, String formatted) {
        if (text.equals(formatted)) {
            return;
        }
        int prefix = 0;
        int max = Math.min(text.length(), formatted.length());
        while (prefix < max && text.charAt(prefix) == formatted.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && text.charAt(text.length() - 1 - suffix) == formatted.charAt(formatted.length() - 1 - suffix)) {
            suffix++;
        }
        try {
            document.replace(prefix, text.length() - suffix - prefix,
                    formatted.substring(prefix, formatted.length() - suffix));
        } catch (BadLocationException e) {
            HvnetUiPlugin.log("format could not replace the text", e);
        }
    }
}
