// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor.coloring;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.graphics.Color;

/** The text attributes of the styles (SWT colours need no disposal since SWT 3.111). */
public final class StyleColors {

    private final Map<TextStyle, TextAttribute> attributes = new EnumMap<>(TextStyle.class);

    /** Attributes for every style. */
    public StyleColors() {
        for (TextStyle style : TextStyle.values()) {
            attributes.put(style, new TextAttribute(new Color(style.foreground()), null, style.fontStyle()));
        }
    }

    /** The attribute of {@code style}. */
    public TextAttribute attribute(TextStyle style) {
        return attributes.get(style);
    }
}
