// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.validation.Rule;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the catalogue and cannot drift: this test regenerates it and fails when the file
 * differs. With {@code -Dhvnet.updateDocs=true} it writes the file instead.
 */
class RulesDocTest {

    @Test
    void rulesDocumentMatchesTheCatalogue() throws IOException {
        Path file = HvnetTestFiles.repositoryRoot().resolve("docs/rules.md");
        String generated = RulesDocument.text();
        if (Boolean.getBoolean("hvnet.updateDocs")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated);
        }
        String written = Files.exists(file) ? Files.readString(file) : "";
        assertEquals(generated, written, "docs/rules.md is out of date: regenerate it with "
                + "./mvnw -B verify -Dhvnet.updateDocs=true (the test RulesDocTest writes it), then commit it");
    }

    @Test
    void everyEntryIsDocumented() {
        String generated = RulesDocument.text();
        for (Rule rule : Rule.values()) {
            assertTrue(generated.contains("### " + rule.name() + "\n"), rule::name);
            assertTrue(generated.contains(rule.fix()), rule::name);
        }
    }
}
