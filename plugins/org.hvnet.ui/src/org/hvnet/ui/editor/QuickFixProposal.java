// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.ui.language.ProblemFixes;
import org.hvnet.ui.language.TextProblem;

/** One fix of the Ctrl+1 list: applies the language's code action to the editor's document as one undoable change. */
final class QuickFixProposal implements ICompletionProposal {

    private final HvnetEditor editor;
    private final CodeAction action;
    private final TextProblem problem;

    QuickFixProposal(HvnetEditor editor, CodeAction action, TextProblem problem) {
        this.editor = editor;
        this.action = action;
        this.problem = problem;
    }

    @Override
    public void apply(IDocument document) {
        IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
        if (target != null) {
            target.beginCompoundChange();
        }
        try {
            ProblemFixes.applyTo(document, action);
        } catch (BadLocationException e) {
            HvnetUiPlugin.log("cannot apply the quick fix '" + action.getTitle() + "'", e);
        } finally {
            if (target != null) {
                target.endCompoundChange();
            }
        }
    }

    @Override
    public String getDisplayString() {
        return action.getTitle();
    }

    @Override
    public String getAdditionalProposalInfo() {
        return "Fixes, on line " + problem.line() + ": " + problem.text();
    }

    @Override
    public Point getSelection(IDocument document) {
        return null;
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
