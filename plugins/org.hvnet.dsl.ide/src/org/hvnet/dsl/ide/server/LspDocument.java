// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * A document as the client holds it, read by LSP's rules: a character past the end of its line means the line's end
 * (a line ends before its {@code \r\n} or {@code \n}); a line past the last one, a negative number or a range that
 * ends before it starts is an error ({@code InvalidParams}) whose message never holds the document's text. Keeps the
 * client's version, so that workspace edits carry the version the client expects.
 */
public class LspDocument extends Document {

    /** A document of {@code text} at the client's {@code version}. */
    public LspDocument(Integer version, String text) {
        super(version, text, false);
    }

    @Override
    public int getOffSet(Position position) {
        if (position == null || position.getLine() < 0 || position.getCharacter() < 0) {
            throw invalid("a position needs a line and a character of 0 or more, not " + format(position));
        }
        String text = getContents();
        int lineStart = 0;
        for (int line = 0; line < position.getLine(); line++) {
            int newline = text.indexOf('\n', lineStart);
            if (newline < 0) {
                throw invalid("line " + position.getLine() + " is past the end of the document, which has " + (line + 1)
                        + " lines (LSP counts lines from 0)");
            }
            lineStart = newline + 1;
        }
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = text.length();
        } else if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
        }
        return lineStart + Math.min(position.getCharacter(), lineEnd - lineStart);
    }

    @Override
    public ITextRegion getTextRegion(Range range) {
        if (range == null) {
            throw invalid("a range needs a start and an end");
        }
        int start = getOffSet(range.getStart());
        int end = getOffSet(range.getEnd());
        if (end < start) {
            throw invalid("the range " + format(range.getStart()) + " - " + format(range.getEnd()) + " ends before it starts");
        }
        return new TextRegion(start, end - start);
    }

    /**
     * This document with the client's {@code changes} applied in order (each range refers to the text after the
     * changes before it), at the client's {@code version}; unchanged when one of them lies outside the text.
     *
     * @throws ResponseErrorException when a change's range lies outside the text
     */
    public LspDocument changed(Iterable<? extends TextDocumentContentChangeEvent> changes, Integer version) {
        LspDocument current = this;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change == null || change.getText() == null) {
                throw invalid("a content change needs its text");
            }
            String text = current.getContents();
            if (change.getRange() == null) {
                text = change.getText();
            } else {
                ITextRegion region = current.getTextRegion(change.getRange());
                text = text.substring(0, region.getOffset()) + change.getText() + text.substring(region.getOffset() + region.getLength());
            }
            current = new LspDocument(version, text);
        }
        return current;
    }

    @Override
    public Document applyTextDocumentChanges(Iterable<? extends TextDocumentContentChangeEvent> changes) {
        return changed(changes, getVersion() == null ? null : getVersion() + 1);
    }

    private static String format(Position position) {
        return position == null ? "none" : "line " + position.getLine() + ", character " + position.getCharacter();
    }

    private static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
