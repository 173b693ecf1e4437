// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.loading;

/** How bad a reported problem is; the names are those of the command's text and JSON output. */
public enum Severity {
    /** The model is invalid; commands exit 1. */
    ERROR,
    /** Legal, but probably not what the user wants. */
    WARNING,
    /** For information only. */
    INFO
}
