// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The diagram's stylesheet ({@code web/hvnet-diagram.css}, which the web client uses as it is) resolved for the SVG
 * export into presentation attributes: renderers other than browsers (librsvg, Inkscape, ImageMagick) ignore a
 * {@code <style>} block but all read {@code fill="..."}. It understands what the stylesheet uses: selectors of tag
 * and class names joined by descendant or child combinators, comma lists, specificity, source order and
 * {@code !important}; only properties that SVG has as presentation attributes are kept.
 */
public final class StyleSheet {

    /** Where the stylesheet lives in this bundle. */
    public static final String LOCATION = "web/hvnet-diagram.css";

    /** The CSS properties that are SVG presentation attributes, and that the export writes. */
    public static final Set<String> PRESENTATION = Set.of("fill", "stroke", "stroke-width", "stroke-dasharray", "font-family", "font-size",
            "font-weight", "dominant-baseline", "text-anchor", "opacity", "fill-opacity", "stroke-opacity");

    private final List<Rule> rules;

    private StyleSheet(List<Rule> rules) {
        this.rules = rules;
    }

    /** The bundle's stylesheet. */
    public static StyleSheet diagram() {
        try (InputStream in = StyleSheet.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is missing from the diagram bundle");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rules of {@code css}.
     *
     * @throws IllegalArgumentException naming a selector this reader does not understand
     */
    public static StyleSheet parse(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        List<Rule> rules = new ArrayList<>();
        int order = 0;
        for (String block : text.split("}")) {
            int brace = block.indexOf('{');
            if (brace < 0) {
                continue;
            }
            Map<String, Declaration> declarations = new LinkedHashMap<>();
            for (String declaration : block.substring(brace + 1).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    String value = declaration.substring(colon + 1).strip();
                    boolean important = value.endsWith("!important");
                    value = important ? value.substring(0, value.length() - "!important".length()).strip() : value;
                    declarations.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT), new Declaration(value, important));
                }
            }
            for (String selector : block.substring(0, brace).split(",")) {
                if (!selector.isBlank()) {
                    rules.add(new Rule(Selector.parse(selector.strip()), declarations, order++));
                }
            }
        }
        return new StyleSheet(rules);
    }

    /**
     * The presentation attributes of the element {@code path.get(last)} (tag and classes), under its ancestors (the
     * rest of {@code path}, outermost first), in a stable order.
     */
    public Map<String, String> attributes(List<Selector.Element> path) {
        Map<String, Winner> winners = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (!rule.selector().matches(path)) {
                continue;
            }
            rule.declarations().forEach((property, declaration) -> {
                if (!PRESENTATION.contains(property)) {
                    return;
                }
                Winner candidate = new Winner(declaration, rule.selector().specificity(), rule.order());
                Winner current = winners.get(property);
                if (current == null || candidate.beats(current)) {
                    winners.put(property, candidate);
                }
            });
        }
        Map<String, String> attributes = new java.util.TreeMap<>();
        winners.forEach((property, winner) -> attributes.put(property, winner.declaration().value()));
        return attributes;
    }

    private record Rule(Selector selector, Map<String, Declaration> declarations, int order) {
    }

    private record Declaration(String value, boolean important) {
    }

    private record Winner(Declaration declaration, int specificity, int order) {

        boolean beats(Winner other) {
            if (declaration.important() != other.declaration().important()) {
                return declaration.important();
            }
            return specificity != other.specificity() ? specificity > other.specificity() : order > other.order();
        }
    }
}
