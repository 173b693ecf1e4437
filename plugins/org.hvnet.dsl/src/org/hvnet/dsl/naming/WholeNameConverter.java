// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.naming;

import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * A name written in a reference is one whole name, never a dotted path: every reference of the language names one
 * element ({@code cable "192.168.200.0/24"}, {@code dhcp from "10.10.0.0/24 vlan 10"}, a VM {@code "Ubuntu 22.04"}),
 * so a dot inside a quoted name does not split it. Qualified names are still printed with dots.
 */
public class WholeNameConverter extends IQualifiedNameConverter.DefaultImpl {

    @Override
    public QualifiedName toQualifiedName(String qualifiedNameAsString) {
        if (qualifiedNameAsString == null || qualifiedNameAsString.isEmpty()) {
            return super.toQualifiedName(qualifiedNameAsString);
        }
        return QualifiedName.create(qualifiedNameAsString);
    }
}
