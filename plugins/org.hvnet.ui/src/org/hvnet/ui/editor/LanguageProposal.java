// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.hvnet.ui.HvnetUiPlugin;

/** A proposal of the language's content-assist services: replaces the typed prefix with the proposed text. */
public final class LanguageProposal implements ICompletionProposal {

    private final String replacement;
    private final int offset;
    private final int prefixLength;
    private final String display;
    private final String documentation;

    LanguageProposal(String replacement, int offset, int prefixLength, String display, String documentation) {
        this.replacement = replacement;
        this.offset = offset;
        this.prefixLength = prefixLength;
        this.display = display;
        this.documentation = documentation;
    }

    /** The text the proposal inserts. */
    public String replacement() {
        return replacement;
    }

    @Override
    public void apply(IDocument document) {
        try {
            document.replace(offset, prefixLength, replacement);
        } catch (BadLocationException e) {
            HvnetUiPlugin.warn("the document changed under the completion proposal '" + replacement + "': nothing inserted", e);
        }
    }

    @Override
    public Point getSelection(IDocument document) {
        return new Point(offset + replacement.length(), 0);
    }

    @Override
    public String getAdditionalProposalInfo() {
        return documentation;
    }

    @Override
    public String getDisplayString() {
        return display;
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
