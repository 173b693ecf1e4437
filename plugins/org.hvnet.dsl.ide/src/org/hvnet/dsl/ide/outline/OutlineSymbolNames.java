// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

/** Document symbol names: an element's name, or for an ACL, a static mapping and a MAC pool, the statement as written. */
public class OutlineSymbolNames extends DocumentSymbolNameProvider {

    @Override
    public String getName(EObject object) {
        String label = OutlineLabels.unnamed(object);
        return label != null ? label : super.getName(object);
    }
}
