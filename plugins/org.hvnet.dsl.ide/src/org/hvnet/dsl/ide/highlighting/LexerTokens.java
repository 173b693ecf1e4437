// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.highlighting;

import java.util.HashMap;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Lexer;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;

import com.google.inject.Provider;

/**
 * The language's own tokens: the lexer the language binds (the generated ANTLR lexer of org.hvnet.dsl, reached through
 * the language's injector, not its internal package), and what each token type is according to the grammar's token
 * definitions (keywords are the quoted literals of the grammar). No keyword list or scanner of its own: a keyword
 * added to the grammar is coloured as one after the next build.
 */
public final class LexerTokens {

    private final Map<Integer, TokenKind> kinds = new HashMap<>();
    private final Provider<? extends org.eclipse.xtext.parser.antlr.Lexer> lexers;
    private final int mlComment;
    private final int slComment;
    private final int string;

    /**
     * Classifies the token types that {@code definitions} (the language's ITokenDefProvider) declares; {@code lexers}
     * gives a new lexer of the language for each text.
     */
    public LexerTokens(ITokenDefProvider definitions, Provider<? extends org.eclipse.xtext.parser.antlr.Lexer> lexers) {
        this.lexers = lexers;
        for (Map.Entry<Integer, String> definition : definitions.getTokenDefMap().entrySet()) {
            kinds.put(definition.getKey(), kindOf(definition.getValue()));
        }
        mlComment = typeOf(definitions, "RULE_ML_COMMENT");
        slComment = typeOf(definitions, "RULE_SL_COMMENT");
        string = typeOf(definitions, "RULE_STRING");
    }

    /** The token type the grammar's token definitions give {@code name}. */
    private static int typeOf(ITokenDefProvider definitions, String name) {
        return definitions.getTokenDefMap().entrySet().stream().filter(definition -> definition.getValue().equals(name))
                .mapToInt(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("the language's lexer defines no " + name));
    }

    private static TokenKind kindOf(String definition) {
        if (definition.startsWith("'")) {
            String literal = definition.substring(1, definition.length() - 1);
            return literal.chars().anyMatch(Character::isLetter) ? TokenKind.KEYWORD : TokenKind.PUNCTUATION;
        }
        return switch (definition) {
        case "RULE_STRING" -> TokenKind.STRING;
        case "RULE_INT", "RULE_NUMBER_RANGE", "RULE_NUMBER_WITH_LETTERS" -> TokenKind.NUMBER;
        case "RULE_IPV4", "RULE_MAC" -> TokenKind.ADDRESS;
        case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> TokenKind.COMMENT;
        default -> TokenKind.IDENTIFIER;
        };
    }

    /** A lexer over {@code text}. */
    public Lexer lexer(String text) {
        org.eclipse.xtext.parser.antlr.Lexer lexer = lexers.get();
        lexer.setCharStream(new ANTLRStringStream(text));
        return lexer;
    }

    /** The kind of a token type, or null for white space and unknown types. */
    public TokenKind kind(int tokenType) {
        return kinds.get(tokenType);
    }

    /** True for a comment token. */
    public boolean isComment(int tokenType) {
        return tokenType == mlComment || tokenType == slComment;
    }

    /** True for a quoted-string token (which may span lines). */
    public boolean isString(int tokenType) {
        return tokenType == string;
    }
}
