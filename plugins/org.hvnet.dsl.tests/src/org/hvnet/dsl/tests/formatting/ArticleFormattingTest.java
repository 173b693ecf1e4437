// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * The article formats to the layout in {@code article.formatted.hvnet}: four-space indentation, one statement a
 * line, short bodies inline, comments kept on their lines, blank lines between blocks.
 */
class ArticleFormattingTest {

    private static String article() {
        return HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet"));
    }

    private static String expected() {
        return HvnetTestFiles.resource(ArticleFormattingTest.class, "article.formatted.hvnet");
    }

    @Test
    void articleFormatsToTheGoldenLayout() {
        assertEquals(expected(), Formatting.format(article()));
    }

    @Test
    void formattingIsStable() {
        String once = Formatting.format(article());
        assertEquals(once, Formatting.format(once));
    }

    @Test
    void formattingHasNoConflictingRules() {
        assertEquals(expected(), Formatting.formatStrictly(article()));
    }

    @Test
    void trailingCommentsStayOnTheirLines() {
        List<String> lines = Formatting.format(article()).lines().toList();
        assertTrue(lines.contains("    router 192.168.1.1 internet // a router on this LAN; 'internet' = default route out"), lines::toString);
        assertTrue(lines.contains("    retired \"Local Area Connection 2\" // names used before (rule I-2 skips them)"), lines::toString);
        assertTrue(lines.contains("    install hyperv using \"Local Area Connection\" // planned; the simulator applies rules I-2..I-5"),
                lines::toString);
    }

    @Test
    void squashedArticleFormatsToAnEqualModel() {
        String squashed = article().replaceAll("//[^\n]*", "").replaceAll("\\s+", " ");
        assertEquals(1, squashed.lines().count());
        String formatted = Formatting.formatStrictly(squashed);
        Topology original = HvnetTestFiles.parseClean(article());
        Topology reparsed = HvnetTestFiles.parseClean(formatted);
        assertTrue(new EcoreUtil.EqualityHelper().equals(original, reparsed), formatted);
        assertEquals(expected().replaceAll(" //[^\n]*", "").replace("\n\n    ", "\n    "), formatted);
    }
}
