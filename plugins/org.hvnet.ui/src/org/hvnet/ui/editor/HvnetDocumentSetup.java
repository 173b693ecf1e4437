// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.ui.editor.coloring.HvnetPartitions;
import org.hvnet.dsl.ide.highlighting.LexerTokens;

/** Gives every .hvnet document (file buffers) its lexer-driven partitioning. */
public class HvnetDocumentSetup implements IDocumentSetupParticipant {

    @Override
    public void setup(IDocument document) {
        HvnetPartitions.install(document, HvnetUiPlugin.getDefault().language().lexerTokens());
    }
}
