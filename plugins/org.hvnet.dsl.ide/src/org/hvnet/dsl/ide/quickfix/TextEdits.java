// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.quickfix;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The text edits the quick fixes make, from offsets into a document's text. */
final class TextEdits {

    /** One level of indentation, as the formatter writes it. */
    static final String INDENT = "    ";

    private TextEdits() {
    }

    /** Replaces [start, end) with {@code replacement}. */
    static TextEdit replace(Document document, int start, int end, String replacement) {
        return new TextEdit(new Range(document.getPosition(start), document.getPosition(end)), replacement);
    }

    /** Inserts {@code inserted} at {@code offset}. */
    static TextEdit insert(Document document, int offset, String inserted) {
        return replace(document, offset, offset, inserted);
    }

    /** Removes a node's text, with its line when nothing else is on it before it, else with the space before it. */
    static TextEdit remove(Document document, INode node) {
        String text = document.getContents();
        int start = node.getOffset();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (text.substring(lineStart, start).isBlank()) {
            start = lineStart > 0 ? lineStart - 1 : lineStart;
        } else if (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        return replace(document, start, node.getEndOffset(), "");
    }

    /** The indentation of the line of {@code offset} when only white space is before it there, else one level. */
    static String indentOf(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        String before = text.substring(lineStart, offset);
        return before.isBlank() ? before : INDENT;
    }

    /** The offset of the closing brace of {@code element}'s body, or -1 when it is written without a body. */
    static int closingBrace(String text, EObject element) {
        INode node = NodeModelUtils.findActualNodeFor(element);
        int end = node.getEndOffset();
        return text.substring(node.getOffset(), end).trim().endsWith("}") ? text.lastIndexOf('}', end - 1) : -1;
    }

    /**
     * Adds {@code statement} at the end of {@code element}'s body on a line of its own (the element's body is given
     * one when it has none).
     */
    static TextEdit addOnOwnLine(Document document, EObject element, String statement) {
        String text = document.getContents();
        INode node = NodeModelUtils.findActualNodeFor(element);
        String indent = indentOf(text, node.getOffset());
        int brace = closingBrace(text, element);
        if (brace < 0) {
            return insert(document, node.getEndOffset(), " {\n" + indent + INDENT + statement + "\n" + indent + "}");
        }
        int lineStart = text.lastIndexOf('\n', brace - 1) + 1;
        if (text.substring(lineStart, brace).isBlank()) {
            return insert(document, brace, INDENT + statement + "\n" + indent);
        }
        int start = brace;
        while (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        return replace(document, start, brace, "\n" + indent + INDENT + statement + "\n" + indent);
    }

    /** Adds {@code statement} at the end of {@code element}'s body on its line ({@code { ... statement }}). */
    static TextEdit addInline(Document document, EObject element, String statement) {
        String text = document.getContents();
        int brace = closingBrace(text, element);
        if (brace >= 0) {
            boolean spaced = brace > 0 && Character.isWhitespace(text.charAt(brace - 1));
            return insert(document, brace, (spaced ? "" : " ") + statement + " ");
        }
        return insert(document, NodeModelUtils.findActualNodeFor(element).getEndOffset(), " { " + statement + " }");
    }
}
