// SPDX-License-Identifier: EPL-2.0
package org.hvnet.testing.fuzz;

import java.nio.file.Path;

/**
 * How long and from where a fuzzer runs, from system properties the build sets ({@code -Dhvnet.fuzz.inputs=1000000},
 * {@code -Dhvnet.fuzz.seed=7}): the seed, how many inputs, how long one input may run before it counts as a hang,
 * and the folder failing inputs are written to ({@code target/fuzz} of the test bundle).
 *
 * @param name the target's name, the prefix of the files it writes
 * @param seed the seed input number {@code i} is drawn from (with {@code i})
 * @param inputs how many inputs to try
 * @param patienceSeconds how long one input may run
 * @param folder where failing inputs and the run's summary are written
 */
public record FuzzSettings(String name, long seed, long inputs, int patienceSeconds, Path folder) {

    /** The default seed of every target. */
    public static final long SEED = 20_261_207L;

    /** The settings of target {@code name}, which tries {@code defaultInputs} unless the build asks for more. */
    public static FuzzSettings of(String name, long defaultInputs) {
        String folder = property("hvnet.fuzz.folder");
        return new FuzzSettings(name, Long.getLong("hvnet.fuzz.seed", SEED), Long.getLong("hvnet.fuzz.inputs", defaultInputs),
                Integer.getInteger("hvnet.fuzz.patienceSeconds", 60),
                Path.of(folder.isBlank() ? "target/fuzz" : folder).toAbsolutePath());
    }

    /** The input file to replay alone ({@code -Dhvnet.fuzz.replay=FILE}), or null. */
    public static Path replay() {
        String file = property("hvnet.fuzz.replay");
        return file.isEmpty() ? null : Path.of(file);
    }

    /** A system property the build may pass empty (or as {@code null}): then the empty string. */
    private static String property(String name) {
        String value = System.getProperty(name, "").strip();
        return value.equals("null") ? "" : value;
    }

    /** The random source of input number {@code index}. */
    public java.util.SplittableRandom random(long index) {
        return new java.util.SplittableRandom(seed + index * 0x9E3779B97F4A7C15L);
    }
}
