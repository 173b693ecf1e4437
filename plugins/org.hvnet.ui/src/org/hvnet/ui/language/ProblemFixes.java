// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.dsl.ide.quickfix.ParsedFileAccess;

/**
 * The fixes the language offers for one problem of a .hvnet text: the code actions of its declarative quick fixes
 * (org.hvnet.dsl.ide, the ones its language server offers), computed over the text parsed with its siblings, and how
 * one is applied to a document. The Problems view's marker resolutions and the editor's quick fix (Ctrl+1) use it.
 */
public final class ProblemFixes {

    /**
     * A problem to fix, as the code actions see it.
     *
     * @param start its first offset
     * @param end the offset after it
     * @param message its text, with the rule id
     * @param rule the rule id ({@code V-4}), the diagnostic's code
     * @param severity its severity
     */
    public record Problem(int start, int end, String message, String rule, DiagnosticSeverity severity) {

        /** The problem a reconcile found. */
        public static Problem of(TextProblem problem) {
            DiagnosticSeverity severity = switch (problem.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            };
            return new Problem(problem.offset(), problem.offset() + Math.max(problem.length(), 0), problem.text(),
                    problem.rule(), severity);
        }
    }

    private ProblemFixes() {
    }

    /** The code actions with edits that the language offers for {@code problem} of {@code text} (parsed as {@code uri}). */
    public static List<CodeAction> of(HvnetLanguage language, URI uri, String text, Map<URI, String> siblings,
            Problem problem) {
        ICodeActionService2 service = language.get(ICodeActionService2.class);
        XtextResource resource = language.parser().parseOnly(uri, text, siblings);
        Document document = new Document(1, text);
        int start = Math.max(0, Math.min(problem.start(), text.length()));
        int end = Math.max(start, Math.min(problem.end(), text.length()));
        Diagnostic diagnostic = new Diagnostic(new Range(document.getPosition(start), document.getPosition(end)),
                problem.message());
        diagnostic.setCode(problem.rule());
        diagnostic.setSeverity(problem.severity());
        String resourceUri = resource.getURI().toString();
        ICodeActionService2.Options options = new ICodeActionService2.Options();
        options.setDocument(document);
        options.setResource(resource);
        options.setURI(resourceUri);
        options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(resourceUri), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic))));
        options.setCancelIndicator(() -> false);
        options.setLanguageServerAccess(new ParsedFileAccess(resource, document));
        List<CodeAction> actions = new ArrayList<>();
        List<Either<Command, CodeAction>> offered = service.getCodeActions(options);
        if (offered != null) {
            for (Either<Command, CodeAction> either : offered) {
                if (either.isRight() && either.getRight().getEdit() != null) {
                    actions.add(either.getRight());
                }
            }
        }
        return actions;
    }

    /** Applies the edits of {@code action} to {@code document}, from the last to the first. */
    public static void applyTo(IDocument document, CodeAction action) throws BadLocationException {
        List<TextEdit> edits = new ArrayList<>();
        for (Map.Entry<String, List<TextEdit>> change : action.getEdit().getChanges().entrySet()) {
            edits.addAll(change.getValue());
        }
        List<int[]> spans = new ArrayList<>();
        for (TextEdit edit : edits) {
            int start = offset(document, edit.getRange().getStart());
            int end = offset(document, edit.getRange().getEnd());
            spans.add(new int[] { start, end, spans.size() });
        }
        // apply from the end so that earlier offsets stay valid
        spans.sort(Comparator.comparingInt((int[] span) -> span[0]).reversed());
        for (int[] span : spans) {
            document.replace(span[0], span[1] - span[0], edits.get(span[2]).getNewText());
        }
    }

    private static int offset(IDocument document, org.eclipse.lsp4j.Position position) throws BadLocationException {
        return document.getLineOffset(position.getLine()) + position.getCharacter();
    }
}
