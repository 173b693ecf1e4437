// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.diagram.gmodel.ChangeBaseline;
import org.hvnet.diagram.server.DiagramServer;
import org.hvnet.diagram.text.TopologyFiles;
import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes layer in headless Chromium ({@code e2e/changes.e2e.mjs}): the article's hand-edited variant served against
 * the article, as {@code hvnet serve --changes OLD NEW} serves it; the layer's marks and panel, toggled off and on.
 * Screenshots: {@code target/e2e/changes.png} (docs/diagram.md's picture, see {@link ReadmePictures}) and {@code changes-hidden.png}.
 */
class ChangesBrowserTest {

    @TempDir
    Path dir;

    @Test
    void theChangesLayerTogglesInTheBrowser() throws Exception {
        List<Topology> old = TopologyFiles.of(ArticleCopy.open(dir)).topologies();
        Path edited = dir.resolve("article-edited.hvnet");
        Files.writeString(edited, ChangesLayerTest.variant(ArticleCopy.text()));
        ChangeBaseline baseline = new ChangeBaseline("article.hvnet", old, Simulation.of(old));
        try (DiagramServer server = DiagramServer.start(List.of(edited), baseline, HvnetTestFiles.injector(), 0)) {
            BrowserEndToEndTest.runScript("changes.e2e.mjs", server.url(), Path.of("target/e2e").toAbsolutePath().toString());
        }
        ReadmePictures.update(Path.of("target/e2e/changes.png").toAbsolutePath(), "changes.png");
    }
}
