package org.hvnet.ui.markers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
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
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.dsl.ide.quickfix.ParsedFileAccess;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.ui.editor.EditorInputFiles;
import org.hvnet.ui.language.HvnetLanguage;

/**
 * Quick fixes of Problems markers, from the language's own code actions (the declarative quick fixes of
 * org.hvnet.dsl.ide that its language server offers, read over the parsed file): the marker becomes an LSP diagnostic
 * with the rule id as its code, the language computes the edits, and the resolution applies them to the file's
 * buffer (the open editor's document when there is one) and saves it.
 */
public class CodeActionResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return !actions(marker).isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return actions(marker).stream().map(action -> new IMarkerResolution() {
            @Override
            public String getLabel() {
                return action.getTitle();
            }

            @Override
            public void run(IMarker target) {
                apply(target, action);
            }
        }).toArray(IMarkerResolution[]::new);
    }

    /** The code actions the language offers for {@code marker}. */
    static List<CodeAction> actions(IMarker marker) {
        List<CodeAction> actions = new ArrayList<>();
        if (!(marker.getResource() instanceof IFile file) || marker.getAttribute(ProblemMarkers.RULE, null) == null) {
            return actions;
        }
        HvnetLanguage language = HvnetUiPlugin.getDefault().language();
        ICodeActionService2 service;
        try {
            service = language.get(ICodeActionService2.class);
        } catch (RuntimeException e) {
            HvnetUiPlugin.log("the language offers no code actions, so markers get no quick fixes", e);
            return actions;
        }
        try {
            String text = EditorInputFiles.read(file);
            XtextResource resource = language.parser().parseOnly(EditorInputFiles.uriOf(file), text,
                    EditorInputFiles.siblingsOf(file));
            Document document = new Document(1, text);
            int start = Math.max(0, Math.min(marker.getAttribute(IMarker.CHAR_START, 0), text.length()));
            int end = Math.max(start, Math.min(marker.getAttribute(IMarker.CHAR_END, start), text.length()));
            Diagnostic diagnostic = new Diagnostic(new Range(document.getPosition(start), document.getPosition(end)),
                    marker.getAttribute(IMarker.MESSAGE, ""));
            diagnostic.setCode(marker.getAttribute(ProblemMarkers.RULE, ""));
            diagnostic.setSeverity(severityOf(marker));
            String uri = resource.getURI().toString();
            CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
                    new CodeActionContext(List.of(diagnostic)));
            ICodeActionService2.Options options = new ICodeActionService2.Options();
            options.setDocument(document);
            options.setResource(resource);
            options.setURI(uri);
            options.setCodeActionParams(params);
            options.setCancelIndicator(() -> false);
            options.setLanguageServerAccess(new ParsedFileAccess(resource, document));
            List<Either<Command, CodeAction>> offered = service.getCodeActions(options);
            if (offered != null) {
                for (Either<Command, CodeAction> either : offered) {
                    if (either.isRight() && either.getRight().getEdit() != null) {
                        actions.add(either.getRight());
                    }
                }
            }
        } catch (CoreException | java.io.IOException | RuntimeException e) {
            HvnetUiPlugin.log("cannot compute quick fixes for " + file.getFullPath(), e);
        }
        return actions;
    }

    private static DiagnosticSeverity severityOf(IMarker marker) {
        return switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING)) {
        case IMarker.SEVERITY_ERROR -> DiagnosticSeverity.Error;
        case IMarker.SEVERITY_INFO -> DiagnosticSeverity.Information;
        default -> DiagnosticSeverity.Warning;
        };
    }

    /** Applies the edits of {@code action} to the file of {@code marker} and saves it. */
    static void apply(IMarker marker, CodeAction action) {
        IFile file = (IFile) marker.getResource();
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        try {
            manager.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
            try {
                ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
                IDocument document = buffer.getDocument();
                List<TextEdit> edits = new ArrayList<>();
                for (Map.Entry<String, List<TextEdit>> change : action.getEdit().getChanges().entrySet()) {
                    edits.addAll(change.getValue());
                }
                // apply from the end so that earlier offsets stay valid
                edits.sort(Comparator.comparingInt((TextEdit e) -> offset(document, e)).reversed());
                for (TextEdit edit : edits) {
                    int start = offset(document, edit);
                    int end = document.getLineOffset(edit.getRange().getEnd().getLine())
                            + edit.getRange().getEnd().getCharacter();
                    document.replace(start, end - start, edit.getNewText());
                }
                buffer.commit(new NullProgressMonitor(), true);
            } finally {
                manager.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
            }
        } catch (CoreException | BadLocationException e) {
            HvnetUiPlugin.log("cannot apply the quick fix to " + file.getFullPath(), e);
        }
    }

    private static int offset(IDocument document, TextEdit edit) {
        try {
            return document.getLineOffset(edit.getRange().getStart().getLine()) + edit.getRange().getStart().getCharacter();
        } catch (BadLocationException e) {
            HvnetUiPlugin.warn("a quick fix edit starts outside the document; it is applied at its start", e);
            return 0;
        }
    }
}
