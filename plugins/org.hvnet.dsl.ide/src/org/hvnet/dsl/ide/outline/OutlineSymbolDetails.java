// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

/** Document symbol details: a network's subnet, a host's platform, a switch's kind, a port's VLAN and guards, ... */
public class OutlineSymbolDetails extends DocumentSymbolDetailsProvider {

    @Override
    public String getDetails(EObject object) {
        String detail = OutlineLabels.symbolDetail(object);
        return detail.isEmpty() ? super.getDetails(object) : detail;
    }
}
