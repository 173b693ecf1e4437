// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

/** One job of the validator: some rules of the catalogue, checked over the whole model in one linear pass. */
public interface TopologyCheck {

    /** Reports every finding of its rules in {@code model} to {@code findings}. */
    void check(ModelUnderCheck model, Findings findings);
}
