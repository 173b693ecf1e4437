// SPDX-License-Identifier: EPL-2.0
package org.hvnet.testing.fuzz;

import java.util.SplittableRandom;

/** Makes a fuzzer's input number {@code index} from its own random source, so that any input can be made again alone. */
@FunctionalInterface
public interface InputSource {

    /** The input drawn from {@code random}. */
    byte[] input(SplittableRandom random);
}
