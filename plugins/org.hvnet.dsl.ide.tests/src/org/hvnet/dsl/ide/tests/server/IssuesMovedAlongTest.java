// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.hvnet.dsl.ide.server.IssuesMovedAlong;
import org.junit.jupiter.api.Test;

/**
 * The rule findings of the last validation, moved along an edit to where they lie in the new text (the language
 * server's first publication after an edit): each moved issue's offset, line and column are those of the same text in
 * the new document; an issue the edit touched is left out.
 */
class IssuesMovedAlongTest {

    private static final String BEFORE = """
            topology Lab
            host HV01 {
                nic eth0 { ipv4 static 10.0.0.1/24 }
                nic eth1 { ipv4 static 10.0.0.1/24 }
            }
            """;

    /** An issue on the first occurrence of {@code marked} at or after {@code from} in {@code text}. */
    private static Issue issue(String text, String marked, int from) {
        int offset = text.indexOf(marked, from);
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setCode("V-6");
        issue.setMessage("address used twice");
        issue.setOffset(offset);
        issue.setLength(marked.length());
        issue.setLineNumber(line(text, offset));
        issue.setColumn(column(text, offset));
        issue.setLineNumberEnd(line(text, offset + marked.length()));
        issue.setColumnEnd(column(text, offset + marked.length()));
        return issue;
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int column(String text, int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }

    /** Offset, length, line, column, end line and end column of each issue. */
    private static List<String> places(List<Issue> issues) {
        List<String> places = new ArrayList<>();
        for (Issue issue : issues) {
            places.add(issue.getOffset() + "+" + issue.getLength() + " " + issue.getLineNumber() + ":" + issue.getColumn() + "-"
                    + issue.getLineNumberEnd() + ":" + issue.getColumnEnd());
        }
        return places;
    }

    private static List<Issue> both(String text) {
        int second = text.indexOf("eth1");
        return List.of(issue(text, "10.0.0.1/24", 0), issue(text, "10.0.0.1/24", second));
    }

    @Test
    void linesInsertedAboveMoveTheIssuesDown() {
        String after = BEFORE.replace("host HV01 {\n", "host HV01 {\n    // two\n    // comments\n");
        assertEquals(places(both(after)), places(IssuesMovedAlong.of(both(BEFORE), BEFORE, after)));
    }

    @Test
    void lineDeletedAboveMovesTheIssuesUp() {
        String before = BEFORE.replace("host HV01 {\n", "host HV01 {\n    // a comment\n");
        assertEquals(places(both(BEFORE)), places(IssuesMovedAlong.of(both(before), before, BEFORE)));
    }

    @Test
    void anEditEarlierOnTheSameLineMovesTheColumn() {
        String after = BEFORE.replace("nic eth1 {", "nic eth1-renamed {");
        assertEquals(places(both(after)), places(IssuesMovedAlong.of(both(BEFORE), BEFORE, after)));
    }

    @Test
    void anEditSplittingTheLineBeforeAnIssueMovesItToTheNewLine() {
        String after = BEFORE.replace("nic eth1 { ipv4", "nic eth1 {\n        ipv4");
        assertEquals(places(both(after)), places(IssuesMovedAlong.of(both(BEFORE), BEFORE, after)));
    }

    @Test
    void anEditAfterTheIssuesLeavesThemWhereTheyAre() {
        String after = BEFORE + "// the end\n";
        assertEquals(places(both(BEFORE)), places(IssuesMovedAlong.of(both(BEFORE), BEFORE, after)));
        assertEquals(places(both(BEFORE)), places(IssuesMovedAlong.of(both(BEFORE), BEFORE, BEFORE)));
    }

    @Test
    void anIssueTheEditTouchesIsLeftOutTheOthersMove() {
        String after = BEFORE.replace("nic eth0 { ipv4 static 10.0.0.1/24 }", "nic eth0 { ipv4 static 10.0.0.99/24 }");
        List<Issue> moved = IssuesMovedAlong.of(both(BEFORE), BEFORE, after);
        assertEquals(places(List.of(issue(after, "10.0.0.1/24", 0))), places(moved));
        assertEquals("V-6", moved.get(0).getCode());
        assertEquals("address used twice", moved.get(0).getMessage());
    }

    @Test
    void textTypedRightAfterAnIssueKeepsItTextTypedRightBeforeMovesIt() {
        int end = BEFORE.indexOf("10.0.0.1/24") + "10.0.0.1/24".length();
        String typedAfter = BEFORE.substring(0, end) + " " + BEFORE.substring(end);
        List<Issue> first = List.of(issue(BEFORE, "10.0.0.1/24", 0));
        assertEquals(places(first), places(IssuesMovedAlong.of(first, BEFORE, typedAfter)));
        int start = BEFORE.indexOf("10.0.0.1/24");
        String typedBefore = BEFORE.substring(0, start) + " " + BEFORE.substring(start);
        assertEquals(places(List.of(issue(typedBefore, "10.0.0.1/24", 0))), places(IssuesMovedAlong.of(first, BEFORE, typedBefore)));
    }

    @Test
    void textTypedInsideAnIssueLeavesItOut() {
        int inside = BEFORE.indexOf("10.0.0.1/24") + 3;
        String after = BEFORE.substring(0, inside) + "7" + BEFORE.substring(inside);
        assertEquals(List.of(), IssuesMovedAlong.of(List.of(issue(BEFORE, "10.0.0.1/24", 0)), BEFORE, after));
    }
}
