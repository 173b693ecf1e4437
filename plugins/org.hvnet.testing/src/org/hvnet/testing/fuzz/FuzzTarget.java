// SPDX-License-Identifier: EPL-2.0
package org.hvnet.testing.fuzz;

/**
 * A fuzz target in the shape a coverage-guided fuzzer such as Jazzer calls: one input in, and a normal return when
 * every invariant holds; anything it throws is a finding.
 */
@FunctionalInterface
public interface FuzzTarget {

    /** Runs the code under test on {@code data}, throwing when an invariant is broken or an exception escaped. */
    void fuzzerTestOneInput(byte[] data) throws Exception;
}
