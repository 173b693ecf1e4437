// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.xtext.util.CancelIndicator;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.ui.language.ParsedText;
import org.hvnet.ui.language.ProblemFixes;
import org.hvnet.ui.language.TextProblem;

/**
 * Quick Fix (Ctrl+1) in the editor: the language's fixes of the problems at the caret, or else of the problems on
 * the caret's line, the same fixes the Problems view offers on their markers.
 */
final class QuickFixProcessor implements IQuickAssistProcessor {

    private final HvnetEditor editor;
    private String errorMessage;

    QuickFixProcessor(HvnetEditor editor) {
        this.editor = editor;
    }

    /**
     * Where the pop-up's size is kept (the user's resizing is remembered); at first wide enough for a fix's whole
     * title, which is a sentence (the platform's default fits about 40 characters).
     */
    static IDialogSettings popupSize() {
        IDialogSettings settings = DialogSettings.getOrCreateSection(HvnetUiPlugin.getDefault().getDialogSettings(),
                "quickFixPopup");
        if (settings.get(ContentAssistant.STORE_SIZE_X) == null) {
            settings.put(ContentAssistant.STORE_SIZE_X, 720);
            settings.put(ContentAssistant.STORE_SIZE_Y, 120);
        }
        return settings;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        IDocument document = context.getSourceViewer().getDocument();
        errorMessage = null;
        List<ICompletionProposal> proposals = new ArrayList<>();
        try {
            String text = document.get();
            for (TextProblem problem : problemsAt(document, context.getOffset())) {
                List<CodeAction> actions = ProblemFixes.of(editor.language(), EditorInputFiles.uriOf(editor.getEditorInput()),
                        text, EditorInputFiles.siblingsOf(EditorInputFiles.fileOf(editor.getEditorInput())),
                        ProblemFixes.Problem.of(problem));
                for (CodeAction action : actions) {
                    proposals.add(new QuickFixProposal(editor, action, problem));
                }
            }
        } catch (BadLocationException | RuntimeException e) {
            HvnetUiPlugin.log("cannot compute the quick fixes at offset " + context.getOffset(), e);
            errorMessage = "The quick fixes cannot be computed here: " + e.getMessage();
        }
        if (proposals.isEmpty() && errorMessage == null) {
            errorMessage = "No quick fix for this line";
        }
        return proposals.toArray(new ICompletionProposal[0]);
    }

    /** The problems of the current text at {@code offset}, or else on its line. */
    private List<TextProblem> problemsAt(IDocument document, int offset) throws BadLocationException {
        List<TextProblem> problems = currentProblems(document);
        List<TextProblem> atCaret = problems.stream()
                .filter(p -> p.offset() <= offset && offset <= p.offset() + p.length()).toList();
        if (!atCaret.isEmpty()) {
            return atCaret;
        }
        int lineStart = document.getLineOffset(document.getLineOfOffset(offset));
        int lineEnd = lineStart + document.getLineLength(document.getLineOfOffset(offset));
        return problems.stream().filter(p -> p.offset() < lineEnd && p.offset() + p.length() >= lineStart).toList();
    }

    /** The problems of the document's text: the last reconcile's when it is current, else validated now. */
    private List<TextProblem> currentProblems(IDocument document) {
        String text = document.get();
        ReconcileResult latest = editor.latestReconcile();
        if (latest != null && latest.parsed().text().equals(text)) {
            return latest.parsed().problems();
        }
        ParsedText parsed = editor.language().parser().parse(EditorInputFiles.uriOf(editor.getEditorInput()), text,
                EditorInputFiles.siblingsOf(EditorInputFiles.fileOf(editor.getEditorInput())), CancelIndicator.NullImpl);
        return parsed.problems();
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return !annotation.isMarkedDeleted() && HvnetEditor.ANNOTATION_TYPES.containsValue(annotation.getType());
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
        return false;
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }
}
