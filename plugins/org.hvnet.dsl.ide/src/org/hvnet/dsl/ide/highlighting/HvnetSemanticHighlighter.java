// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.highlighting;

import java.util.BitSet;
import java.util.List;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.Token;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The language server's semantic tokens, from what the workbench's editor colours: the names of hosts, networks,
 * switches (one token type per kind), VMs and interfaces where they are declared (modifier {@code declaration}) and
 * where a reference names them ({@link SemanticRanges}), then keywords, strings, numbers, addresses and comments as
 * the language's lexer reads them ({@link LexerTokens}). A token never spans a line break, for clients without
 * multi-line tokens.
 */
public class HvnetSemanticHighlighter implements ISemanticHighlightingCalculator {

    @Inject
    private ITokenDefProvider definitions;

    @Inject
    private Provider<org.eclipse.xtext.parser.antlr.Lexer> lexers;

    @Inject
    private EObjectAtOffsetHelper references;

    private volatile LexerTokens tokens;

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
        if (resource == null || resource.getParseResult() == null) {
            return;
        }
        String text = resource.getParseResult().getRootNode().getText();
        BitSet named = new BitSet(text.length());
        List<SemanticRanges.Range> names = SemanticRanges.of(resource, references);
        for (SemanticRanges.Range name : names) {
            named.set(name.offset());
            String modifier = name.declaration() ? SemanticTokenModifiers.Declaration : null;
            accept(text, acceptor, name.offset(), name.length(), typeOf(name.kind()), modifier);
        }
        Lexer lexer = tokens().lexer(text);
        for (Token token = lexer.nextToken(); token != null && token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (cancelIndicator.isCanceled()) {
                return;
            }
            int start = ((CommonToken) token).getStartIndex();
            String type = typeOf(tokens().kind(token.getType()));
            if (type != null && !named.get(start)) {
                accept(text, acceptor, start, ((CommonToken) token).getStopIndex() + 1 - start, type, null);
            }
        }
    }

    private LexerTokens tokens() {
        if (tokens == null) {
            tokens = new LexerTokens(definitions, lexers);
        }
        return tokens;
    }

    /** The LSP token type of a kind, or null for text that gets no token (identifiers, punctuation). */
    static String typeOf(TokenKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
        case KEYWORD -> SemanticTokenTypes.Keyword;
        case STRING -> SemanticTokenTypes.String;
        case NUMBER, ADDRESS -> SemanticTokenTypes.Number;
        case COMMENT -> SemanticTokenTypes.Comment;
        case NETWORK -> SemanticTokenTypes.Namespace;
        case HOST -> SemanticTokenTypes.Class;
        case VM -> SemanticTokenTypes.Variable;
        case SWITCH_EXTERNAL -> SemanticTokenTypes.Struct;
        case SWITCH_INTERNAL -> SemanticTokenTypes.Enum;
        case SWITCH_PRIVATE -> SemanticTokenTypes.Interface;
        case INTERFACE -> SemanticTokenTypes.Property;
        case IDENTIFIER, PUNCTUATION -> null;
        };
    }

    /** Accepts one token per line of the range [offset, offset + length). */
    private static void accept(String text, IHighlightedPositionAcceptor acceptor, int offset, int length, String type, String modifier) {
        int end = Math.min(text.length(), offset + length);
        int start = offset;
        while (start < end) {
            int lineEnd = start;
            while (lineEnd < end && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            if (lineEnd > start) {
                if (modifier == null) {
                    acceptor.addPosition(start, lineEnd - start, type);
                } else {
                    acceptor.addPosition(start, lineEnd - start, type, modifier);
                }
            }
            start = lineEnd + 1;
        }
    }
}
