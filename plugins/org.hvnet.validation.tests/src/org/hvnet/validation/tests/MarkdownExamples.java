// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import java.util.ArrayList;
import java.util.List;

/** The ```hvnet code blocks of a Markdown page, each with the line of the page where its text starts. */
final class MarkdownExamples {

    /** One code block: its text and the 1-based line of the page on which the text's first line stands. */
    record Example(String page, int line, String text) {

        /** {@code page:line}, as the tests name the example. */
        @Override
        public String toString() {
            return page + ":" + line;
        }

        /** The page's line of a 1-based line of the example's text. */
        int pageLine(int exampleLine) {
            return line + exampleLine - 1;
        }
    }

    private static final String FENCE = "```";
    private static final String OPENING = FENCE + "hvnet";

    private MarkdownExamples() {
    }

    /** The ```hvnet blocks of {@code markdown}, in page order; other fenced blocks are skipped whole. */
    static List<Example> of(String page, String markdown) {
        List<Example> examples = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String opening = lines.get(i).strip();
            if (!opening.startsWith(FENCE)) {
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).strip().equals(FENCE)) {
                end++;
            }
            if (end == lines.size()) {
                throw new AssertionError(page + ":" + (i + 1) + ": code block without its closing " + FENCE);
            }
            if (opening.equals(OPENING)) {
                examples.add(new Example(page, start + 1, String.join("\n", lines.subList(start, end)) + "\n"));
            }
            i = end;
        }
        return examples;
    }
}
