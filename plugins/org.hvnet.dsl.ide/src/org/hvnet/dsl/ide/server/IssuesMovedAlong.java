// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.util.ReplaceRegion;
import org.eclipse.xtext.validation.Issue;

/**
 * Issues found on one text, moved to where they lie in a later text, as an editor moves its markers along an edit:
 * the two texts differ in one region ({@link InPlaceReparse#difference}); an issue before it stays, an issue after it
 * moves by the lines and columns the region gained or lost, and an issue that overlaps it is dropped (the text it was
 * about changed).
 */
public final class IssuesMovedAlong {

    private final int start;
    private final int oldEnd;
    private final int offsetDelta;
    private final int lineDelta;
    private final int oldEndLineBreak;
    private final int columnDelta;

    private IssuesMovedAlong(String before, String after, ReplaceRegion region) {
        start = region.getOffset();
        oldEnd = region.getEndOffset();
        int newEnd = start + region.getText().length();
        offsetDelta = newEnd - oldEnd;
        lineDelta = lineBreaks(after, start, newEnd) - lineBreaks(before, start, oldEnd);
        oldEndLineBreak = before.indexOf('\n', oldEnd);
        columnDelta = column(after, newEnd) - column(before, oldEnd);
    }

    /** {@code issues} of the text {@code before}, where they lie in {@code after}; those the change touched left out. */
    public static List<Issue> of(List<Issue> issues, String before, String after) {
        ReplaceRegion region = InPlaceReparse.difference(before, after);
        if (region == null) {
            return issues;
        }
        IssuesMovedAlong move = new IssuesMovedAlong(before, after, region);
        List<Issue> moved = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            Issue kept = move.moved(issue);
            if (kept != null) {
                moved.add(kept);
            }
        }
        return moved;
    }

    /** {@code issue} where it lies after the change, or null when the change touched its text. */
    private Issue moved(Issue issue) {
        Integer offset = issue.getOffset();
        if (offset == null || issue.getLength() == null || issue.getLineNumber() == null || issue.getColumn() == null) {
            return issue;
        }
        int end = offset + issue.getLength();
        if (end <= start) {
            return issue; // before the change
        }
        if (offset < oldEnd) {
            return null; // over the change
        }
        Issue.IssueImpl moved = copy(issue);
        moved.setOffset(offset + offsetDelta);
        moved.setLineNumber(issue.getLineNumber() + lineDelta);
        moved.setColumn(issue.getColumn() + (onEndLine(offset) ? columnDelta : 0));
        if (issue.getLineNumberEnd() != null && issue.getColumnEnd() != null) {
            moved.setLineNumberEnd(issue.getLineNumberEnd() + lineDelta);
            moved.setColumnEnd(issue.getColumnEnd() + (onEndLine(end) ? columnDelta : 0));
        }
        return moved;
    }

    /** Whether {@code offset} (at or after the changed region) is on the line where the region ends. */
    private boolean onEndLine(int offset) {
        return oldEndLineBreak < 0 || offset <= oldEndLineBreak;
    }

    private static Issue.IssueImpl copy(Issue issue) {
        Issue.IssueImpl copy = new Issue.IssueImpl();
        copy.setCode(issue.getCode());
        copy.setData(issue.getData());
        copy.setMessage(issue.getMessage());
        copy.setSeverity(issue.getSeverity());
        copy.setType(issue.getType());
        copy.setUriToProblem(issue.getUriToProblem());
        copy.setSyntaxError(issue.isSyntaxError());
        copy.setLength(issue.getLength());
        copy.setLineNumberEnd(issue.getLineNumberEnd());
        copy.setColumnEnd(issue.getColumnEnd());
        return copy;
    }

    private static int lineBreaks(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        return breaks;
    }

    /** The column (from 0) of {@code offset} in {@code text}. */
    private static int column(String text, int offset) {
        return offset - (text.lastIndexOf('\n', offset - 1) + 1);
    }
}
