// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A CSS selector of the diagram's stylesheet: compound selectors (a tag name and class names, e.g. {@code text.hv-text},
 * {@code .count.switch-external}) joined by descendant ({@code a b}) or child ({@code a > b}) combinators.
 */
public final class Selector {

    /** An element as a selector sees it: its tag and its classes. */
    public record Element(String tag, Set<String> classes) {
    }

    private record Compound(String tag, List<String> classes) {

        boolean matches(Element element) {
            return (tag == null || tag.equals(element.tag())) && element.classes().containsAll(classes);
        }
    }

    private final List<Compound> compounds;
    /** For each compound but the first: true when it must be a child of the one before, false for any descendant. */
    private final List<Boolean> childOf;
    private final int specificity;

    private Selector(List<Compound> compounds, List<Boolean> childOf) {
        this.compounds = compounds;
        this.childOf = childOf;
        int classes = compounds.stream().mapToInt(c -> c.classes().size()).sum();
        int tags = (int) compounds.stream().filter(c -> c.tag() != null).count();
        this.specificity = classes * 1000 + tags;
    }

    /**
     * The selector of {@code text}.
     *
     * @throws IllegalArgumentException when {@code text} uses more than tags, classes and the two combinators
     */
    public static Selector parse(String text) {
        List<Compound> compounds = new ArrayList<>();
        List<Boolean> childOf = new ArrayList<>();
        boolean child = false;
        for (String token : text.replace(">", " > ").trim().split("\\s+")) {
            if (token.equals(">")) {
                child = true;
                continue;
            }
            if (!token.matches("[a-zA-Z]*(\\.[a-zA-Z0-9_-]+)*") || token.isEmpty()) {
                throw new IllegalArgumentException("the diagram's stylesheet uses a selector the SVG export does not read: " + text);
            }
            String[] parts = token.split("\\.");
            if (!compounds.isEmpty()) {
                childOf.add(child);
            }
            compounds.add(new Compound(parts[0].isEmpty() ? null : parts[0], List.of(parts).subList(1, parts.length)));
            child = false;
        }
        return new Selector(compounds, childOf);
    }

    /** The specificity: classes weigh more than tags. */
    public int specificity() {
        return specificity;
    }

    /** True when the last element of {@code path} (its ancestors before it, outermost first) is selected. */
    public boolean matches(List<Element> path) {
        return matches(path, path.size() - 1, compounds.size() - 1);
    }

    private boolean matches(List<Element> path, int element, int compound) {
        if (!compounds.get(compound).matches(path.get(element))) {
            return false;
        }
        if (compound == 0) {
            return true;
        }
        if (childOf.get(compound - 1)) {
            return element > 0 && matches(path, element - 1, compound - 1);
        }
        for (int ancestor = element - 1; ancestor >= 0; ancestor--) {
            if (matches(path, ancestor, compound - 1)) {
                return true;
            }
        }
        return false;
    }
}
