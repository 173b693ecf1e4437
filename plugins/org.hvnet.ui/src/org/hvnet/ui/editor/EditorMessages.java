// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

/** Labels of the editor's text-editor actions (the resource-bundle form TextEditorAction needs). */
final class EditorMessages extends ListResourceBundle {

    /** The bundle. */
    static final ResourceBundle BUNDLE = new EditorMessages();

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
                { "ContentAssistProposal.label", "Content &Assist" },
                { "ContentAssistProposal.tooltip", "Content Assist" },
                { "ContentAssistProposal.description", "Proposes names and keywords that fit here" } };
    }
}
