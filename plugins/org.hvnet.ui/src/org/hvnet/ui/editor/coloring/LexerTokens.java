package org.hvnet.ui.editor.coloring;

import java.util.HashMap;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Lexer;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.hvnet.dsl.parser.antlr.internal.InternalHvnetLexer;

/**
 * The language's own tokens: the generated ANTLR lexer of org.hvnet.dsl, and what each token type is according to
 * the grammar's token definitions (keywords are the quoted literals of the grammar). No keyword list or scanner of
 * its own: a keyword added to the grammar is coloured as one after the next build.
 */
public final class LexerTokens {

    private final Map<Integer, TextStyle> styles = new HashMap<>();
    private final int mlComment;
    private final int slComment;
    private final int string;

    /** Classifies the token types that {@code definitions} (the language's ITokenDefProvider) declares. */
    public LexerTokens(ITokenDefProvider definitions) {
        for (Map.Entry<Integer, String> definition : definitions.getTokenDefMap().entrySet()) {
            styles.put(definition.getKey(), styleOf(definition.getValue()));
        }
        mlComment = InternalHvnetLexer.RULE_ML_COMMENT;
        slComment = InternalHvnetLexer.RULE_SL_COMMENT;
        string = InternalHvnetLexer.RULE_STRING;
    }

    private static TextStyle styleOf(String definition) {
        if (definition.startsWith("'")) {
            String literal = definition.substring(1, definition.length() - 1);
            return literal.chars().anyMatch(Character::isLetter) ? TextStyle.KEYWORD : TextStyle.PUNCTUATION;
        }
        return switch (definition) {
        case "RULE_STRING" -> TextStyle.STRING;
        case "RULE_INT", "RULE_NUMBER_RANGE", "RULE_NUMBER_WITH_LETTERS" -> TextStyle.NUMBER;
        case "RULE_IPV4", "RULE_MAC" -> TextStyle.ADDRESS;
        case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> TextStyle.COMMENT;
        default -> TextStyle.IDENTIFIER;
        };
    }

    /** A lexer over {@code text}. */
    public Lexer lexer(String text) {
        return new InternalHvnetLexer(new ANTLRStringStream(text));
    }

    /** The style of a token type, or null for white space and unknown types. */
    public TextStyle style(int tokenType) {
        return styles.get(tokenType);
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
