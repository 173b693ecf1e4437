package org.hvnet.dsl.ide.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

/** Document symbol details: a port's VLAN and guards, a NetNat's prefix, a teamed switch's embedded-teaming. */
public class OutlineSymbolDetails extends DocumentSymbolDetailsProvider {

    @Override
    public String getDetails(EObject object) {
        String detail = OutlineLabels.detail(object);
        return detail.isEmpty() ? super.getDetails(object) : detail;
    }
}
