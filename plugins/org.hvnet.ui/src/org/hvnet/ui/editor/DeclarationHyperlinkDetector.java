// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;

/** Ctrl+click on a reference (a switch after {@code on}, a NIC after {@code using}, ...) opens its declaration. */
final class DeclarationHyperlinkDetector implements IHyperlinkDetector {

    private final HvnetEditor editor;

    DeclarationHyperlinkDetector(HvnetEditor editor) {
        this.editor = editor;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer textViewer, IRegion region, boolean canShowMultipleHyperlinks) {
        ElementAtOffset.Reference reference = ElementAtOffset.referenceAt(editor, region.getOffset());
        if (reference == null) {
            return null;
        }
        return new IHyperlink[] { new IHyperlink() {
            @Override
            public IRegion getHyperlinkRegion() {
                return reference.source();
            }

            @Override
            public String getTypeLabel() {
                return "Declaration";
            }

            @Override
            public String getHyperlinkText() {
                return "Open Declaration";
            }

            @Override
            public void open() {
                Declarations.reveal(editor, reference);
            }
        } };
    }
}
