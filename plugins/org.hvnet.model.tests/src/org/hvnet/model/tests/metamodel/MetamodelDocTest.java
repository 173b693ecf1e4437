// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.metamodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

/**
 * docs/metamodel.md describes the whole metamodel: every classifier of hvnet.ecore has its {@code ### Name} section,
 * which names each of the classifier's own features (or enumeration literals) in backquotes. A class, feature or
 * literal added to the .ecore fails this test until the page says what it means.
 */
class MetamodelDocTest {

    private static final String PAGE = "docs/metamodel.md";

    @Test
    void everyClassifierFeatureAndLiteralIsDescribed() throws IOException {
        Map<String, String> sections = sections(Files.readString(EcoreFile.repositoryRoot().resolve(PAGE)));
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : EcoreFile.load().getEClassifiers()) {
            String section = sections.get(classifier.getName());
            if (section == null) {
                missing.add(classifier.getName());
                continue;
            }
            for (String name : namesIn(classifier)) {
                if (!section.contains("`" + name + "`")) {
                    missing.add(classifier.getName() + "." + name);
                }
            }
        }
        assertEquals(List.of(), missing, PAGE + " does not describe these elements of hvnet.ecore");
    }

    private static List<String> namesIn(EClassifier classifier) {
        List<String> names = new ArrayList<>();
        if (classifier instanceof EClass type) {
            for (EStructuralFeature feature : type.getEStructuralFeatures()) {
                names.add(feature.getName());
            }
        } else if (classifier instanceof EEnum enumeration) {
            for (EEnumLiteral literal : enumeration.getELiterals()) {
                names.add(literal.getName());
            }
        }
        return names;
    }

    /** The text of each {@code ### NAME} section, up to the next heading. */
    static Map<String, String> sections(String page) {
        Map<String, String> sections = new LinkedHashMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : page.lines().toList()) {
            if (line.startsWith("#")) {
                if (name != null) {
                    sections.put(name, text.toString());
                }
                name = line.startsWith("### ") ? line.substring(4).strip() : null;
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        if (name != null) {
            sections.put(name, text.toString());
        }
        return sections;
    }

    @Test
    void sectionsEndAtTheNextHeading() {
        Map<String, String> sections = sections("# Page\n### A\n`x`\n## Part\ntext\n### B\n`y`\n");
        assertEquals(Map.of("A", "`x`\n", "B", "`y`\n"), sections);
    }
}
