// SPDX-License-Identifier: EPL-2.0
package org.hvnet.testing.fuzz;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a fuzz run found: how many inputs failed, the file of the first input of each distinct failure, and the
 * run's wall time.
 *
 * @param settings the run's settings
 * @param failures how many inputs failed
 * @param distinct per failure signature, the input written for it
 * @param millis the run's wall time
 */
public record FuzzReport(FuzzSettings settings, long failures, Map<String, Path> distinct, long millis) {

    /** One paragraph for the test's output and the summary file. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("fuzz %s: %,d inputs from seed %d in %.1f s (%,.0f inputs/s), %d failed, %d distinct%n",
                settings.name(), settings.inputs(), settings.seed(), millis / 1000.0,
                settings.inputs() * 1000.0 / Math.max(1, millis), failures, distinct.size()));
        distinct.forEach((signature, file) -> text.append("  ").append(signature).append("\n    ").append(file).append('\n'));
        return text.toString();
    }
}
