// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.markers;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.ui.editor.EditorInputFiles;
import org.hvnet.ui.language.ProblemFixes;

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
        String rule = marker.getAttribute(ProblemMarkers.RULE, null);
        if (!(marker.getResource() instanceof IFile file) || rule == null) {
            return List.of();
        }
        try {
            int start = marker.getAttribute(IMarker.CHAR_START, 0);
            ProblemFixes.Problem problem = new ProblemFixes.Problem(start, marker.getAttribute(IMarker.CHAR_END, start),
                    marker.getAttribute(IMarker.MESSAGE, ""), rule, severityOf(marker));
            return ProblemFixes.of(HvnetUiPlugin.getDefault().language(), EditorInputFiles.uriOf(file),
                    EditorInputFiles.read(file), EditorInputFiles.siblingsOf(file), problem);
        } catch (CoreException | java.io.IOException | RuntimeException e) {
            HvnetUiPlugin.log("cannot compute quick fixes for " + file.getFullPath(), e);
            return List.of();
        }
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
                ProblemFixes.applyTo(buffer.getDocument(), action);
                buffer.commit(new NullProgressMonitor(), true);
            } finally {
                manager.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
            }
        } catch (CoreException | BadLocationException e) {
            HvnetUiPlugin.log("cannot apply the quick fix to " + file.getFullPath(), e);
        }
    }
}
