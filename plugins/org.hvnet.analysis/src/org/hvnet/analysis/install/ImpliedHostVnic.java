// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

/** A host vNIC that the rules imply although it is not written (rules S-4, I-2): its host, switch and name. */
public record ImpliedHostVnic(String host, String switchName, String name, String rule) {
}
