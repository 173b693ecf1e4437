// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.text;

import java.io.PrintStream;

/** A print stream that indents every line it prints by two spaces, for nested report sections. */
final class IndentedStream extends PrintStream {

    IndentedStream(PrintStream target) {
        super(target, false); // every println reaches the target at once; the target decides when to flush
    }

    @Override
    public void println(String line) {
        super.println("  " + line);
    }
}
