// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.loading;

/**
 * One problem found in a .hvnet file, located for people and tools: the rule id (a SEMANTICS.md id, or
 * {@code syntax} / {@code link}), the element's qualified name when known, and a 1-based line and column.
 */
public record SourceProblem(Severity severity, String rule, String element, String file, int line, int column,
        String message) implements Comparable<SourceProblem> {

    /** The rule id of parse errors. */
    public static final String SYNTAX = "syntax";
    /** The rule id of unresolved names. */
    public static final String LINK = "link";

    /** {@code FILE:LINE:COL: SEVERITY: MESSAGE [RULE]}, the text format of every subcommand. */
    public String toText() {
        return file + ":" + line + ":" + column + ": " + severity + ": " + message + " [" + rule + "]";
    }

    @Override
    public int compareTo(SourceProblem other) {
        int c = file.compareTo(other.file);
        if (c == 0) {
            c = Integer.compare(line, other.line);
        }
        if (c == 0) {
            c = Integer.compare(column, other.column);
        }
        if (c == 0) {
            c = rule.compareTo(other.rule);
        }
        return c == 0 ? message.compareTo(other.message) : c;
    }
}
