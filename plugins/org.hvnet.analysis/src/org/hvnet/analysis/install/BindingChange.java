// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.List;

/** What an install did to a physical NIC's bindings (rules I-1, I-2): bindings removed and bindings added. */
public record BindingChange(String nic, List<String> removed, List<String> bound) {
}
