// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.parser;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;
import org.eclipse.xtext.util.ReplaceRegion;

import com.google.inject.Inject;

/**
 * Xtext's partial parser, whose widening of the edited region to whole tokens lexes from a line break shortly before
 * the edit ({@link LexingFromLineBreak}) rather than from the start of the text. The line break is found in the node
 * model of the text before the edit: a whitespace token that holds a line break and ends before the edit. The text up
 * to the edit is unchanged, so that token is one in the new text too, and so is each token after it up to the edit:
 * the lexer, which has no state between tokens, finds the same tokens from there as from the start.
 */
public class LocalPartialParsingHelper extends PartialParsingHelper {

    /** How many tokens before the edit are looked at for a line break; beyond, lexing starts at the text's start. */
    private static final int TOKENS_LOOKED_AT = 200;

    private LexingFromLineBreak tokens;

    /** The token widening this helper uses. */
    @Inject
    void useTokens(LexingFromLineBreak lexing) {
        this.tokens = lexing;
        setTokenRegionProvider(lexing);
    }

    @Override
    public IParseResult reparse(IParser parser, IParseResult previousParseResult, ReplaceRegion changedRegion) {
        tokens.restartAt(previousParseResult == null || previousParseResult.getRootNode() == null ? 0
                : lineBreakBefore(previousParseResult.getRootNode(), changedRegion.getOffset()));
        try {
            return super.reparse(parser, previousParseResult, changedRegion);
        } finally {
            tokens.restartAt(0);
        }
    }

    /**
     * The start of a whitespace token of {@code root}'s text that holds a line break and ends before {@code offset},
     * among the tokens shortly before it; 0 when there is none.
     */
    public static int lineBreakBefore(ICompositeNode root, int offset) {
        if (offset <= 0 || offset > root.getTotalLength()) {
            return 0;
        }
        INode node = NodeModelUtils.findLeafNodeAtOffset(root, Math.min(offset, root.getTotalLength() - 1));
        for (int seen = 0; node != null && seen < TOKENS_LOOKED_AT; seen++) {
            if (node instanceof ILeafNode leaf && leaf.isHidden() && leaf.getTotalEndOffset() < offset && isLineBreakSpace(leaf.getText())) {
                return leaf.getTotalOffset();
            }
            node = previousLeaf(node);
        }
        return 0;
    }

    private static boolean isLineBreakSpace(String text) {
        return !text.isEmpty() && text.indexOf('\n') >= 0 && text.isBlank();
    }

    /** The leaf before {@code node} in the text, or null. */
    private static INode previousLeaf(INode node) {
        INode current = node;
        while (current != null && !current.hasPreviousSibling()) {
            current = current.getParent();
        }
        if (current == null) {
            return null;
        }
        INode previous = current.getPreviousSibling();
        while (previous instanceof ICompositeNode composite) {
            INode last = composite.getLastChild();
            if (last == null) {
                return previousLeaf(composite);
            }
            previous = last;
        }
        return previous;
    }
}
