// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The extraction of ```hvnet blocks that the docs tests rely on: only those blocks, with their page lines. */
class MarkdownExamplesTest {

    @Test
    void findsHvnetBlocksWithTheirLinesAndSkipsOtherFences() {
        String page = """
                # Title
                ```bash
                ./hvnet check lab.hvnet
                ```
                ```hvnet
                topology A
                network N { }
                ```
                text
                ```
                ```hvnet
                not an example: inside a plain block
                ```
                ```hvnet
                topology B
                ```
                """;
        List<MarkdownExamples.Example> examples = MarkdownExamples.of("page.md", page);
        assertEquals(List.of("page.md:6", "page.md:15"), examples.stream().map(Object::toString).toList());
        assertEquals("topology A\nnetwork N { }\n", examples.get(0).text());
        assertEquals(7, examples.get(0).pageLine(2));
    }

    @Test
    void anUnclosedBlockIsAnError() {
        assertThrows(AssertionError.class, () -> MarkdownExamples.of("page.md", "```hvnet\ntopology A\n"));
    }
}
