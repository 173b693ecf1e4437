// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.expectations;

import org.hvnet.model.Expectation;

/**
 * The outcome of one {@code expect} line: the written expectation, its text, whether it passed, and two
 * sentences, what was expected and what the simulation found.
 */
public record ExpectationResult(Expectation expectation, String text, boolean passed, String expected, String found) {
}
