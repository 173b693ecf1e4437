// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.script;

/** A PowerShell script being written: lines with indentation, and values quoted as PowerShell literals. */
final class ScriptText {

    private final StringBuilder text = new StringBuilder();
    private int depth;

    /** Appends one line at the current indentation (an empty line stays empty; a comment line stays one line). */
    ScriptText line(String written) {
        String line = written.startsWith("# ") ? inComment(written) : written;
        if (!line.isEmpty()) {
            text.append("    ".repeat(depth));
        }
        text.append(line).append('\n');
        return this;
    }

    /** Appends {@code opening} and indents what follows. */
    ScriptText open(String opening) {
        line(opening);
        depth++;
        return this;
    }

    /** Closes the innermost block with {@code closing} (e.g. {@code "}"} or {@code "} else {"}). */
    ScriptText close(String closing) {
        depth--;
        line(closing);
        return this;
    }

    /** Closes a block and opens the next ({@code } else {}). */
    ScriptText reopen(String middle) {
        depth--;
        line(middle);
        depth++;
        return this;
    }

    /** A single-quoted PowerShell string: no expansion, a quote doubled. */
    static String quote(String value) {
        return "'" + value.replace("'", "''").replace("\u2018", "\u2018\u2018").replace("\u2019", "\u2019\u2019") + "'";
    }

    /** Text for inside a double-quoted message string: quotes, backticks and dollars escaped. */
    static String inMessage(String value) {
        return value.replace("`", "``").replace("\"", "`\"").replace("$", "`$").replace("\u201C", "`\u201C").replace("\u201D", "`\u201D");
    }

    /** Text for a comment: a block comment's end ({@code #>}) and line breaks cannot end it early. */
    static String inComment(String value) {
        return value.replace("#>", "# >").replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
