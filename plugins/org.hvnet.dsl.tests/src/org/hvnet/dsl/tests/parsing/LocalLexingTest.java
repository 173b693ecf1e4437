// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.hvnet.dsl.parser.LexingFromLineBreak;
import org.hvnet.dsl.parser.LocalPartialParsingHelper;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The partial parser widens an edited region to whole tokens lexing from a line break before the edit, found in the
 * node model of the text before it: for every position of every example and of a text with multi-line comments and
 * strings, and for edits that open or close a comment or a string, the region is the one Xtext finds lexing the whole
 * text from its start.
 */
class LocalLexingTest {

    private static final String TRICKY = """
            topology Tricky /* a comment
               over lines, with "quotes" and // slashes
            */
            // a line comment with /* an opening
            host HV01 platform hyperv-2016 {
                description "a string
            over two lines, with /* and // inside"
                nic eth0 { ipv4 static 10.0.0.1/24 } /* after */ // after
                vm Web { nic n0 on Nowhere }
            }
            """;

    private static final List<String> INSERTIONS = List.of("x", " ", "\n", "/*", "*/", "\"", "1", "-", "//", "\\", "1.2");

    @Test
    void theTokenRegionIsXtextsFromEveryPosition() {
        Injector injector = HvnetTestFiles.injector();
        TokenRegionProvider fromStart = injector.getInstance(TokenRegionProvider.class);
        LexingFromLineBreak local = injector.getInstance(LexingFromLineBreak.class);
        IParser parser = injector.getInstance(IParser.class);
        List<String> texts = new ArrayList<>(List.of(TRICKY));
        for (Path example : HvnetTestFiles.examples()) {
            texts.add(HvnetTestFiles.read(example));
        }
        int compared = 0;
        int restarted = 0;
        for (String text : texts) {
            ICompositeNode root = parser.parse(new StringReader(text)).getRootNode();
            int step = Math.max(1, text.length() / 400);
            for (int offset = 0; offset <= text.length(); offset += step) {
                int restart = LocalPartialParsingHelper.lineBreakBefore(root, offset);
                assertTrue(restart <= offset, "restart " + restart + " after the edit at " + offset);
                restarted += restart > 0 ? 1 : 0;
                for (String inserted : INSERTIONS) {
                    for (int replaced = 0; replaced <= 2 && offset + replaced <= text.length(); replaced += 2) {
                        String edited = text.substring(0, offset) + inserted + text.substring(offset + replaced);
                        ITextRegion region = new TextRegion(offset, inserted.length());
                        local.restartAt(restart);
                        ITextRegion found;
                        try {
                            found = local.getTokenRegion(edited, region);
                        } finally {
                            local.restartAt(0);
                        }
                        assertEquals(fromStart.getTokenRegion(edited, region), found,
                                "'" + inserted + "' at " + offset + " (restart " + restart + ") of " + text.substring(0, Math.min(40, text.length())));
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 10_000, compared + " regions compared");
        assertTrue(restarted > compared / INSERTIONS.size() / 4, restarted + " positions lexed from a line break");
    }
}
