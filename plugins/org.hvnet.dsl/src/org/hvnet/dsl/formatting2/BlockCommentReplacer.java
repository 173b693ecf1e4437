// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.formatting2;

import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;

/**
 * A {@code /* … *}{@code /} comment, kept byte for byte: the user's text (a table of VLANs, aligned by hand), so
 * its lines are never re-indented or given a leading {@code *} as Xtext's default does. Only where it starts moves
 * with the statement it stands before; a comment of several lines still stands on lines of its own.
 */
@SuppressWarnings("restriction")
public class BlockCommentReplacer extends MultilineCommentReplacer {

    /** The replacer of one block comment. */
    public BlockCommentReplacer(IComment comment) {
        super(comment, '*');
    }

    @Override
    public ITextReplacerContext createReplacements(ITextReplacerContext context) {
        return context;
    }
}
