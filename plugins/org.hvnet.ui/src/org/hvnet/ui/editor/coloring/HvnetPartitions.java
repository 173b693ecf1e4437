// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor.coloring;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.hvnet.dsl.ide.highlighting.LexerTokens;

/**
 * The partitioning of .hvnet documents: comments and quoted strings (the tokens that may span lines) apart from
 * the rest, found by the language's lexer, so that line-wise recolouring of the rest is always right.
 */
public final class HvnetPartitions {

    /** The partitioning id. */
    public static final String PARTITIONING = "org.hvnet.ui.partitioning";
    /** Comments. */
    public static final String COMMENT = "__hvnet_comment";
    /** Quoted strings. */
    public static final String STRING = "__hvnet_string";
    /** Every content type. */
    public static final String[] CONTENT_TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

    private HvnetPartitions() {
    }

    /** Installs the partitioner on {@code document} unless it has one already. */
    public static void install(IDocument document, LexerTokens tokens) {
        if (document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) == null) {
            IDocumentPartitioner partitioner = new FastPartitioner(new LexerPartitionScanner(tokens),
                    new String[] { COMMENT, STRING });
            extension.setDocumentPartitioner(PARTITIONING, partitioner);
            partitioner.connect(document);
        }
    }
}
