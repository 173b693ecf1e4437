// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.metamodel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The box of one classifier in the class diagram: a stereotype line where it is abstract, an enumeration or a data
 * type, its name, and one line per attribute or literal (references that stay inside the package are edges). Sizes
 * come from a fixed advance per character of a monospace font, so that the layout is the same on every machine.
 */
record ClassBox(EClassifier classifier, String stereotype, List<String> lines) {

    static final double CHAR_WIDTH = 7.3;
    static final double LINE_HEIGHT = 16;
    static final double PADDING = 8;

    /** The box of {@code classifier}. */
    static ClassBox of(EClassifier classifier) {
        List<String> lines = new ArrayList<>();
        String stereotype = null;
        if (classifier instanceof EClass type) {
            stereotype = type.isInterface() ? "«interface»" : type.isAbstract() ? "«abstract»" : null;
            for (EStructuralFeature feature : type.getEStructuralFeatures()) {
                if (feature instanceof EAttribute || !isEdge((EReference) feature)) {
                    lines.add(feature.getName() + " : " + typeName(feature) + multiplicity(feature) + defaultValue(feature));
                }
            }
        } else if (classifier instanceof EEnum enumeration) {
            stereotype = "«enumeration»";
            for (EEnumLiteral literal : enumeration.getELiterals()) {
                lines.add(literal.getName() + " = \"" + literal.getLiteral() + "\"");
            }
        } else {
            stereotype = "«datatype»";
        }
        return new ClassBox(classifier, stereotype, List.copyOf(lines));
    }

    /** A reference drawn as an edge: its type is a class of the same package. */
    static boolean isEdge(EReference reference) {
        EClass target = reference.getEReferenceType();
        EPackage owner = reference.getEContainingClass().getEPackage();
        return target != null && target.getEPackage() == owner;
    }

    /** {@code [0..*]}, {@code [1]}, {@code [1..*]} or nothing for an optional single value. */
    static String multiplicity(EStructuralFeature feature) {
        int lower = feature.getLowerBound();
        int upper = feature.getUpperBound();
        if (lower == 0 && upper == 1) {
            return "";
        }
        String high = upper < 0 ? "*" : Integer.toString(upper);
        return lower == upper ? " [" + high + "]" : " [" + lower + ".." + high + "]";
    }

    private static String typeName(EStructuralFeature feature) {
        return feature.getEType() == null ? "?" : feature.getEType().getName();
    }

    private static String defaultValue(EStructuralFeature feature) {
        return feature.getDefaultValueLiteral() == null ? "" : " = " + feature.getDefaultValueLiteral();
    }

    /** Header lines: the stereotype (if any) and the name. */
    int headerLines() {
        return stereotype == null ? 1 : 2;
    }

    double width() {
        int longest = classifier.getName().length();
        if (stereotype != null) {
            longest = Math.max(longest, stereotype.length());
        }
        for (String line : lines) {
            longest = Math.max(longest, line.length());
        }
        return Math.ceil(longest * CHAR_WIDTH + 2 * PADDING);
    }

    double headerHeight() {
        return headerLines() * LINE_HEIGHT + PADDING;
    }

    double height() {
        return headerHeight() + (lines.isEmpty() ? PADDING : lines.size() * LINE_HEIGHT + PADDING);
    }
}
