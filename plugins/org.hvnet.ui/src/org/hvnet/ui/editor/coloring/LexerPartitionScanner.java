// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor.coloring;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IPartitionTokenScanner;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.dsl.ide.highlighting.LexerTokens;

/** Finds comment and string partitions with the language's lexer. */
final class LexerPartitionScanner implements IPartitionTokenScanner {

    private static final IToken COMMENT = new Token(HvnetPartitions.COMMENT);
    private static final IToken STRING = new Token(HvnetPartitions.STRING);

    private final LexerTokens tokens;
    private LexedRange range;

    LexerPartitionScanner(LexerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        range = new LexedRange(tokens, document, offset, length);
    }

    @Override
    public void setPartialRange(IDocument document, int offset, int length, String contentType, int partitionOffset) {
        int start = offset;
        if (contentType != null && !IDocument.DEFAULT_CONTENT_TYPE.equals(contentType) && partitionOffset >= 0) {
            start = partitionOffset;
        } else {
            // resume at a token boundary: the start of the line, or the end of the partition before it
            try {
                start = document.getLineOffset(document.getLineOfOffset(offset));
            } catch (BadLocationException e) {
                HvnetUiPlugin.warn("partitioning resumes at offset " + offset + ", outside the document", e);
                start = offset;
            }
            if (partitionOffset >= 0 && partitionOffset <= offset) {
                start = Math.max(start, partitionOffset);
            }
        }
        range = new LexedRange(tokens, document, start, offset + length - start);
    }

    @Override
    public IToken nextToken() {
        if (!range.next()) {
            return Token.EOF;
        }
        if (tokens.isComment(range.type)) {
            return COMMENT;
        }
        if (tokens.isString(range.type)) {
            return STRING;
        }
        return Token.UNDEFINED;
    }

    @Override
    public int getTokenOffset() {
        return range.offset;
    }

    @Override
    public int getTokenLength() {
        return range.length;
    }
}
