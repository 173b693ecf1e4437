// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.text;

import org.hvnet.cli.Style;
import org.hvnet.frontend.loading.SourceProblem;

/** A problem as one line, {@code FILE:LINE:COL: SEVERITY: MESSAGE [RULE]}, its severity coloured when the style colours. */
public final class ProblemText {

    private ProblemText() {
    }

    /** The line; without colour, exactly {@link SourceProblem#toText()}. */
    public static String line(SourceProblem problem, Style style) {
        if (!style.colored()) {
            return problem.toText();
        }
        return problem.file() + ":" + problem.line() + ":" + problem.column() + ": " + style.severity(problem.severity().name()) + ": "
                + problem.message() + " [" + problem.rule() + "]";
    }
}
