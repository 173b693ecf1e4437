// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.interop.inventory.InventoryProblem;
import org.hvnet.interop.inventory.InventoryProblem.Severity;

/**
 * The errors and warnings of reading one inventory, in the order found. Past {@value #MOST_WARNINGS} warnings (a
 * damaged file can give thousands) the rest are counted in one last warning.
 */
final class ProblemLog {

    /** Warnings kept before the rest are only counted. */
    public static final int MOST_WARNINGS = 500;

    private final List<InventoryProblem> problems = new ArrayList<>();
    private int warnings;
    private int untold;
    private String lastFile;

    /** An error: the inventory cannot be read. */
    public void error(String file, String location, String message) {
        problems.add(new InventoryProblem(Severity.ERROR, file, location, null, null, message));
    }

    /** A warning about the value at {@code place}, from cmdlet {@code source} (may be null), about {@code item}. */
    public void warning(JsonPlace place, String source, String item, String message) {
        warning(place.file(), place.path(), source, item, message);
    }

    /** A warning about a file, or a place in it ({@code location} may be null). */
    public void warning(String file, String location, String source, String item, String message) {
        lastFile = file;
        if (warnings++ >= MOST_WARNINGS) {
            untold++;
            return;
        }
        problems.add(new InventoryProblem(Severity.WARNING, file, location, source, item, message));
    }

    /** True once an error was logged. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(InventoryProblem::isError);
    }

    /** Everything logged, with the count of warnings not told one by one. */
    public List<InventoryProblem> problems() {
        List<InventoryProblem> all = new ArrayList<>(problems);
        if (untold > 0) {
            all.add(new InventoryProblem(Severity.WARNING, lastFile, null, null, null,
                    untold + " more warnings not shown (the first " + MOST_WARNINGS + " are)"));
        }
        return all;
    }
}
