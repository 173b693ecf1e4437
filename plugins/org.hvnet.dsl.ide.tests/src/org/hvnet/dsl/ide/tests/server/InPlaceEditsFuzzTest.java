// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random edits through a real language server, which reparses an edited open document in place: after every edit
 * the diagnostics it publishes and its hover and definition at a few positions are those of a fresh parse of the same
 * text (a document the reference server never saw). Seeded and deterministic (system properties
 * {@code hvnet.reparseFuzz.seed} and {@code hvnet.reparseFuzz.steps} make longer runs).
 */
class InPlaceEditsFuzzTest {

    private static final long SEED = Long.getLong("hvnet.reparseFuzz.seed", 20261207L);
    private static final int STEPS = Integer.getInteger("hvnet.reparseFuzz.steps", 160);

    @TempDir
    Path workspace;

    @Test
    void afterEveryEditTheServerAnswersAsAFreshParseOfTheText() throws Exception {
        RandomEdits edits = new RandomEdits(SEED);
        List<String> sources = new ArrayList<>();
        HvnetTestFiles.examples().forEach(file -> sources.add(HvnetTestFiles.read(file)));
        sources.add(HvnetTestFiles.todaysHyperV());
        int keptResource = 0;
        try (LspWire wire = LspWire.initialized(Files.createDirectories(workspace.resolve("edited")), null);
                ReferenceServer reference = new ReferenceServer(workspace.resolve("reference"))) {
            FuzzedDocument edited = FuzzedDocument.open(wire, workspace.resolve("edited/edited.hvnet"), sources.get(sources.size() - 1));
            String before = edited.client().text();
            Resource resource = ServerResources.read(wire, edited.uri(), r -> r);
            for (int step = 0; step < STEPS; step++) {
                String source = sources.get(edits.random().nextInt(sources.size()));
                String text = edited.client().text();
                List<ClientDocument.Change> changes = edits.next(text, before, source);
                try {
                    edited.change(changes);
                    List<int[]> positions = List.of(edits.someWhere(edited.client().text()), edits.someWhere(edited.client().text()),
                            edits.someWhere(edited.client().text()));
                    ReferenceServer.Answers answers = ReferenceServer.Answers.of(wire, edited.uri(), edited.published(), positions);
                    assertEquals(reference.answers(edited.client().text(), positions), answers, "the answers of a fresh parse of the text");
                    Resource now = ServerResources.read(wire, edited.uri(), r -> r);
                    keptResource += now == resource ? 1 : 0;
                    resource = now;
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("seed " + SEED + ", step " + step + " (didChange " + changes + "): " + e.getMessage()
                            + "\n--- text before\n" + text + "\n--- text after\n" + edited.client().text(), e);
                }
                before = text;
            }
        }
        assertTrue(keptResource > STEPS / 2, "the edited document's resource was updated in place at most edits, not reloaded: " + keptResource
                + " of " + STEPS);
    }
}
