// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.information.IInformationProviderExtension2;
import org.hvnet.dsl.ide.hover.RuleHelp;
import org.hvnet.ui.language.TextProblem;

/** Hover: the problems at the mouse with their rule ids, and what a reference names. */
final class HvnetTextHover implements ITextHover, ITextHoverExtension, IInformationProviderExtension2 {

    private final HvnetEditor editor;

    HvnetTextHover(HvnetEditor editor) {
        this.editor = editor;
    }

    @Override
    public String getHoverInfo(ITextViewer textViewer, IRegion hoverRegion) {
        ReconcileResult latest = editor.latestReconcile();
        if (latest == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        int offset = hoverRegion.getOffset();
        for (TextProblem problem : latest.parsed().problems()) {
            if (problem.offset() <= offset && offset <= problem.offset() + problem.length()) {
                lines.add(problem.severity() + ": " + problem.text());
                String help = RuleHelp.of(problem.rule());
                if (help != null) {
                    lines.add("    " + help);
                }
            }
        }
        lines.addAll(ElementHover.describe(editor, offset));
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    @Override
    public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
        return new Region(offset, 0);
    }

    /** The hover's control: sized to the text (see {@link HoverInformationControl}). */
    @Override
    public IInformationControlCreator getHoverControlCreator() {
        return HoverInformationControl.CREATOR;
    }

    /** The control of F2 (the hover focused): resizable, with scroll bars. */
    @Override
    public IInformationControlCreator getInformationPresenterControlCreator() {
        return HoverInformationControl.FOCUSED_CREATOR;
    }
}
