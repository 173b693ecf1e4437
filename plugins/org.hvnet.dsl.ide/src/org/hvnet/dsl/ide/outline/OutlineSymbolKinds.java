// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.outline;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.hvnet.model.HvnetPackage;

/**
 * Document and workspace symbol kinds: a topology is a module, a network a namespace, a host a class, a switch a
 * struct, a VM an object, a NIC or host vNIC an interface, a NetNat a package; a port ACL a key, a static mapping an
 * operator, a MAC pool an array.
 */
public class OutlineSymbolKinds extends DocumentSymbolKindProvider {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    protected SymbolKind getSymbolKind(EClass type) {
        if (type == null) {
            return super.getSymbolKind(type);
        } else if (type == MODEL.getTopology()) {
            return SymbolKind.Module;
        } else if (type == MODEL.getNetwork()) {
            return SymbolKind.Namespace;
        } else if (type == MODEL.getHost()) {
            return SymbolKind.Class;
        } else if (type == MODEL.getVirtualSwitch()) {
            return SymbolKind.Struct;
        } else if (type == MODEL.getVirtualMachine()) {
            return SymbolKind.Object;
        } else if (MODEL.getInterface().isSuperTypeOf(type)) {
            return SymbolKind.Interface;
        } else if (type == MODEL.getNetNat()) {
            return SymbolKind.Package;
        } else if (type == MODEL.getPortAcl()) {
            return SymbolKind.Key;
        } else if (type == MODEL.getPortMapping()) {
            return SymbolKind.Operator;
        } else if (type == MODEL.getMacAddressPool()) {
            return SymbolKind.Array;
        }
        return super.getSymbolKind(type);
    }
}
