// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.parser;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Xtext's widening of an edited region to whole tokens, lexing from a given token boundary before the region (set by
 * {@link LocalPartialParsingHelper} for the one reparse it runs on this thread) instead of from the start of the text:
 * for an edit in the middle of a data-centre file, Xtext's lexed megabytes of unchanged text at every keystroke. The
 * boundary must be the start of a token of the text as it was, wholly before the edit; 0 lexes from the start.
 */
public class LexingFromLineBreak extends TokenRegionProvider {

    private final ThreadLocal<Integer> restart = ThreadLocal.withInitial(() -> 0);

    @Inject
    @Named(LexerBindings.RUNTIME)
    private Provider<Lexer> lexers;

    /** Lexing starts at {@code offset} on this thread until it is set again (0: the start of the text). */
    public void restartAt(int offset) {
        restart.set(offset);
    }

    /** The smallest region of whole tokens of {@code text} that holds {@code region}, as Xtext's, lexed from the boundary. */
    @Override
    public ITextRegion getTokenRegion(String text, ITextRegion region) {
        int from = restart.get();
        int regionStart = region.getOffset();
        int regionEnd = region.getEndOffset();
        if (from <= 0 || from > regionStart || from > text.length()) {
            return super.getTokenRegion(text, region);
        }
        Lexer lexer = lexers.get();
        lexer.setCharStream(new StreamFrom(text, from));
        int currentStart = from;
        int currentEnd = from;
        CommonToken next = (CommonToken) lexer.nextToken();
        while (next != Token.EOF_TOKEN && currentEnd <= regionStart) {
            currentStart = next.getStartIndex();
            currentEnd = next.getStopIndex() + 1;
            next = (CommonToken) lexer.nextToken();
        }
        while (next != Token.EOF_TOKEN && currentEnd < regionEnd) {
            currentEnd = next.getStopIndex() + 1;
            next = (CommonToken) lexer.nextToken();
        }
        return currentStart != regionStart || currentEnd != regionEnd ? new TextRegion(currentStart, currentEnd - currentStart) : region;
    }

    /** The text read from {@code from} on (the lines and columns of tokens, which are not used here, count from there). */
    private static final class StreamFrom extends ANTLRStringStream {
        StreamFrom(String text, int from) {
            super(text);
            p = from;
        }
    }
}
