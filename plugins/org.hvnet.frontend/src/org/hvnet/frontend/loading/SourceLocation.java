// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.loading;

/** A 1-based line and column with the offset and length of a text range in one file. */
public record SourceLocation(String file, int line, int column, int offset, int length) {
}
