// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor.coloring;

import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.hvnet.dsl.ide.highlighting.LexerTokens;

/** The token scanner of each partition: the lexer for the default one, one style for comments and strings. */
public final class PartitionScanners {

    private final LexerTokens tokens;
    private final StyleColors colors;

    /** Scanners over {@code tokens} with {@code colors}. */
    public PartitionScanners(LexerTokens tokens, StyleColors colors) {
        this.tokens = tokens;
        this.colors = colors;
    }

    /** The scanner of {@code contentType}. */
    public ITokenScanner forContentType(String contentType) {
        if (HvnetPartitions.COMMENT.equals(contentType)) {
            return whole(TextStyle.COMMENT);
        }
        if (HvnetPartitions.STRING.equals(contentType)) {
            return whole(TextStyle.STRING);
        }
        return new LexerTokenScanner(tokens, colors);
    }

    private ITokenScanner whole(TextStyle style) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(colors.attribute(style)));
        return scanner;
    }
}
