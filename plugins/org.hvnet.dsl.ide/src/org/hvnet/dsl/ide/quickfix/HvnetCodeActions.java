// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

/**
 * Code actions from the declarative quick fixes ({@link HvnetQuickfixProvider}), without the fixes that computed
 * no edit for a finding (they do not apply to it).
 */
public class HvnetCodeActions extends QuickFixCodeActionService {

    @Override
    protected List<Either<Command, CodeAction>> getCodeActions(Options options, Diagnostic diagnostic) {
        return super.getCodeActions(options, diagnostic).stream().filter(action -> action.isRight() && edits(action.getRight().getEdit()))
                .toList();
    }

    private static boolean edits(WorkspaceEdit edit) {
        if (edit == null) {
            return false;
        }
        if (edit.getChanges() != null) {
            return edit.getChanges().values().stream().anyMatch(changes -> !changes.isEmpty());
        }
        return edit.getDocumentChanges() != null && edit.getDocumentChanges().stream()
                .anyMatch(change -> change.isLeft() && !change.getLeft().getEdits().isEmpty());
    }
}
