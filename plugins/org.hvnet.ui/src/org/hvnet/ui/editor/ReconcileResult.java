// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import java.util.List;

import org.hvnet.dsl.ide.highlighting.SemanticRanges;
import org.hvnet.ui.editor.outline.OutlineNode;
import org.hvnet.ui.language.ParsedText;

/**
 * What one reconcile of the editor's text found, computed off the UI thread.
 *
 * @param parsed the parse and validation
 * @param semanticRanges the semantic colouring
 * @param outline the outline's top-level nodes
 * @param millis the whole reconcile's time
 */
public record ReconcileResult(ParsedText parsed, List<SemanticRanges.Range> semanticRanges, List<OutlineNode> outline,
        long millis) {
}
