// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.loading;

import java.nio.file.Path;

/**
 * One input of a command: a model file named as the user wrote it, or standard input ({@code -} or
 * {@code /dev/stdin}), shown as {@value #STANDARD_INPUT_NAME} in messages.
 */
public record ModelInput(String name, Path file) {

    /** How standard input is named in messages and problems. */
    public static final String STANDARD_INPUT_NAME = "<stdin>";

    /** Standard input. */
    public static final ModelInput STANDARD_INPUT = new ModelInput(STANDARD_INPUT_NAME, null);

    /** True for standard input. */
    public boolean standardInput() {
        return file == null;
    }

    /** True when {@code argument} names standard input: {@code -}, {@code /dev/stdin} or descriptor 0. */
    public static boolean namesStandardInput(String argument) {
        return argument.equals("-") || argument.equals("/dev/stdin") || argument.equals("/dev/fd/0") || argument.equals("/proc/self/fd/0");
    }
}
