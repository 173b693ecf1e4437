// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes SVG elements with their classes (as the web client's views) and the presentation attributes the stylesheet
 * gives them there, so that every renderer draws them alike; it keeps the open elements for the stylesheet's
 * descendant selectors.
 */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final StyleSheet styles;
    private final Deque<Selector.Element> open = new ArrayDeque<>();
    private final Map<String, Map<String, String>> resolved = new java.util.HashMap<>();

    SvgWriter(StyleSheet styles) {
        this.styles = styles;
    }

    /** Opens {@code tag} with {@code classes} and {@code attributes} (name, value, name, value...). */
    SvgWriter open(String tag, List<String> classes, Object... attributes) {
        start(tag, classes, attributes);
        out.append(">\n");
        return this;
    }

    /** Closes the element opened last. */
    SvgWriter close() {
        Selector.Element element = open.pop();
        out.append("</").append(element.tag()).append(">\n");
        return this;
    }

    /** An element without children (or with {@code text} as its only content, null for none). */
    SvgWriter leaf(String tag, List<String> classes, String text, Object... attributes) {
        start(tag, classes, attributes);
        Selector.Element element = open.pop();
        if (text == null) {
            out.append("/>\n");
        } else {
            out.append('>').append(escape(text)).append("</").append(element.tag()).append(">\n");
        }
        return this;
    }

    /** Raw text inside the element open now (a {@code <title>}). */
    SvgWriter title(String text) {
        out.append("<title>").append(escape(text)).append("</title>\n");
        return this;
    }

    /** The document written. */
    String text() {
        return out.toString();
    }

    private void start(String tag, List<String> classes, Object... attributes) {
        Set<String> classSet = new LinkedHashSet<>(classes);
        open.push(new Selector.Element(tag, classSet));
        out.append('<').append(tag);
        if (!classSet.isEmpty()) {
            out.append(" class=\"").append(escape(String.join(" ", classSet))).append('"');
        }
        Map<String, String> own = new LinkedHashMap<>();
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            own.put((String) attributes[i], format(attributes[i + 1]));
        }
        own.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(escape(value)).append('"'));
        presentation().forEach((name, value) -> {
            if (!own.containsKey(name)) {
                out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
            }
        });
    }

    /** The stylesheet's presentation attributes of the element opened last, cached by its path of classes. */
    private Map<String, String> presentation() {
        List<Selector.Element> path = new ArrayList<>(open);
        java.util.Collections.reverse(path);
        return resolved.computeIfAbsent(path.toString(), key -> styles.attributes(path));
    }

    /** A number without a needless fraction, or the text of any other value. */
    static String format(Object value) {
        if (value instanceof Double number) {
            double v = number;
            return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
        }
        return String.valueOf(value);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
