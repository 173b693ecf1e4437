// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor.coloring;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.hvnet.dsl.ide.highlighting.TokenKind;

/**
 * The styles of the .hvnet editor: lexical ones from the language's tokens, semantic ones from the model; one per
 * {@link TokenKind} of the language, of the same name.
 */
public enum TextStyle {

    /** A keyword of the grammar ({@code host}, {@code switch}, {@code ipv4}, ...). */
    KEYWORD(new RGB(127, 0, 85), SWT.BOLD),
    /** Punctuation of the grammar ({@code {}, {@code ,}, {@code ->}). */
    PUNCTUATION(new RGB(0, 0, 0), SWT.NORMAL),
    /** A plain identifier. */
    IDENTIFIER(new RGB(0, 0, 0), SWT.NORMAL),
    /** A quoted name. */
    STRING(new RGB(42, 0, 255), SWT.NORMAL),
    /** A number. */
    NUMBER(new RGB(125, 125, 125), SWT.NORMAL),
    /** An IPv4 or MAC address. */
    ADDRESS(new RGB(0, 110, 110), SWT.NORMAL),
    /** A comment. */
    COMMENT(new RGB(63, 127, 95), SWT.ITALIC),
    /** A host's name, where it is declared or referred to. */
    HOST(new RGB(160, 60, 0), SWT.BOLD),
    /** A physical network's name. */
    NETWORK(new RGB(0, 90, 160), SWT.BOLD),
    /** An external switch's name. */
    SWITCH_EXTERNAL(new RGB(0, 120, 0), SWT.BOLD),
    /** An internal switch's name. */
    SWITCH_INTERNAL(new RGB(150, 110, 0), SWT.BOLD),
    /** A private switch's name. */
    SWITCH_PRIVATE(new RGB(140, 0, 140), SWT.BOLD),
    /** A virtual machine's name. */
    VM(new RGB(0, 60, 200), SWT.BOLD | SWT.ITALIC),
    /** A NIC's or host vNIC's name. */
    INTERFACE(new RGB(90, 90, 160), SWT.NORMAL);

    private final RGB foreground;
    private final int fontStyle;

    TextStyle(RGB foreground, int fontStyle) {
        this.foreground = foreground;
        this.fontStyle = fontStyle;
    }

    /** The style of {@code kind}, or null for none. */
    public static TextStyle of(TokenKind kind) {
        return kind == null ? null : valueOf(kind.name());
    }

    /** The foreground colour. */
    public RGB foreground() {
        return foreground;
    }

    /** The SWT font style bits. */
    public int fontStyle() {
        return fontStyle;
    }
}
