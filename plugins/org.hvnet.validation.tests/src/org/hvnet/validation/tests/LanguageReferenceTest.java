// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/**
 * docs/language.md shows the whole language: every keyword of the grammar is used in one of its ```hvnet examples
 * (which {@link DocsExamplesTest} parses and validates). A keyword added to the grammar fails this test until the
 * page shows it.
 */
class LanguageReferenceTest {

    private static final String PAGE = "docs/language.md";

    @Test
    void everyKeywordOfTheGrammarIsShownInAnExample() {
        Set<String> keywords = new TreeSet<>();
        for (String keyword : GrammarUtil.getAllKeywords(HvnetTestFiles.injector().getInstance(IGrammarAccess.class).getGrammar())) {
            if (keyword.matches("[a-z][a-z0-9-]*")) {
                keywords.add(keyword);
            }
        }
        assertTrue(keywords.contains("topology") && keywords.contains("expect"), keywords::toString);
        keywords.removeAll(keywordsUsedOnThePage());
        assertEquals(Set.of(), keywords, PAGE + " shows no example with these keywords");
    }

    private static Set<String> keywordsUsedOnThePage() {
        String page = HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve(PAGE));
        Set<String> used = new TreeSet<>();
        for (MarkdownExamples.Example example : MarkdownExamples.of(PAGE, page)) {
            LoadedModel model = HvnetTestFiles.load(Map.of("example.hvnet", example.text()));
            for (Resource resource : model.resourceSet().getResources()) {
                if (resource instanceof XtextResource text && text.getParseResult() != null) {
                    for (ILeafNode leaf : text.getParseResult().getRootNode().getLeafNodes()) {
                        if (!leaf.isHidden()) {
                            used.add(leaf.getText());
                        }
                    }
                }
            }
        }
        return used;
    }
}
