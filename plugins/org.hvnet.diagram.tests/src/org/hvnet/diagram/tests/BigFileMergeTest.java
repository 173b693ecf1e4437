// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TopologyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's layout survives a diagram edit on a big file too ({@code hvnet generate --hosts 500}, about 9,000
 * lines): the merge that puts back the user's own spacing and comment alignment once gave up above 25 million line
 * pairs and wrote the serializer's layout instead.
 */
class BigFileMergeTest {

    @TempDir
    Path dir;

    @Test
    void aRenameInA500HostFileTouchesOnlyTheRenamedLines() throws IOException {
        String generated = TopologyGenerator.generate(new GeneratorSettings(500, 2, 1));
        String text = generated.replace("    router 10.0.0.1 internet\n", "    router 10.0.0.1 internet          // the way out, aligned by hand\n")
                .replace("host H00250 platform", "host   H00250   platform");
        assertTrue(text.lines().count() > 5_000, "a big file");
        DiagramSession session = new DiagramSession(ArticleCopy.open(dir, "big.hvnet", text));
        assertTrue(session.run(new ApplyLabelEditOperation("network:Lan0#name", "Backbone")));
        String after = Files.readString(dir.resolve("big.hvnet"));
        LineChanges changes = LineChanges.between(text, after);
        assertTrue(changes.removed().stream().allMatch(line -> line.contains("Lan0")), changes.removed().toString());
        assertEquals(changes.removed().size(), changes.added().size());
        for (int i = 0; i < changes.added().size(); i++) {
            assertEquals(changes.removed().get(i).replace("Lan0", "Backbone"), changes.added().get(i), "only the name changed, spacing kept");
        }
        assertTrue(after.contains("    router 10.0.0.1 internet          // the way out, aligned by hand\n"), "comment alignment kept");
        assertTrue(after.contains("host   H00250   platform"), "the user's spacing kept");
        session.undo();
        assertEquals(text, Files.readString(dir.resolve("big.hvnet")), "undo gives the file back byte for byte");
    }

    @Test
    void aSwitchCreatedInAHostOfA500HostFileKeepsTheHostsSpacing() throws IOException {
        String generated = TopologyGenerator.generate(new GeneratorSettings(500, 2, 1));
        StringBuilder spaced = new StringBuilder();
        List<String> byHand = new ArrayList<>();
        boolean inHost = false;
        for (String line : generated.split("\n", -1)) {
            inHost = inHost ? !line.equals("}") : line.startsWith("host H00250 ");
            // switch, vm, rras and install lines of the host, spaced by hand (the serializer re-formats that block)
            if (inHost && line.matches("    (switch|vm|rras|install) .*")) {
                line = line.replaceFirst("^    (\\S+) ", "    $1   ");
                byHand.add(line);
            }
            spaced.append(line).append('\n');
        }
        String text = spaced.substring(0, spaced.length() - 1);
        assertTrue(byHand.size() >= 3, byHand::toString);
        DiagramSession session = new DiagramSession(ArticleCopy.open(dir, "big.hvnet", text));
        assertTrue(session.run(new CreateNodeOperation("node:switch:private", "host:H00250")));
        String after = Files.readString(dir.resolve("big.hvnet"));
        for (String line : byHand) {
            assertTrue(after.contains(line + "\n"), "kept byte for byte: " + line);
        }
        assertTrue(LineChanges.between(text, after).added().contains("    switch Switch1 private"), after);
    }
}
