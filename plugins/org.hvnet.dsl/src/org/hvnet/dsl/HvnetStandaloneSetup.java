// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.hvnet.model.HvnetPackage;

import com.google.inject.Injector;

/** Sets the .hvnet language up outside Eclipse: registers the hvnet EPackage, then the language. */
public class HvnetStandaloneSetup extends HvnetStandaloneSetupGenerated {

    /** Registers the language and returns its injector. */
    public static Injector doSetup() {
        return new HvnetStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public void register(Injector injector) {
        EPackage.Registry.INSTANCE.putIfAbsent(HvnetPackage.eNS_URI, HvnetPackage.eINSTANCE);
        super.register(injector);
    }
}
