// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.formatting2;

import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.SinglelineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;

/**
 * A {@code //} comment, kept as written and indented like the statement it stands before, even when it was
 * written at column 1 (Xtext's default keeps such comments at column 1, as commented-out code).
 */
@SuppressWarnings("restriction")
public class LineCommentReplacer extends SinglelineCommentReplacer {

    /** The replacer of one {@code //} comment. */
    public LineCommentReplacer(IComment comment) {
        super(comment, "//");
    }

    @Override
    public ITextReplacerContext createReplacements(ITextReplacerContext context) {
        return context;
    }

    @Override
    public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
        // the surrounding whitespace keeps the formatting of the statement that follows
    }
}
