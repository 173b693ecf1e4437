// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Topology;
import org.hvnet.validation.RuleDiagnostic;
import org.hvnet.validation.TopologyValidator;
import org.junit.jupiter.api.Test;

/** The EMF validator: registered for the hvnet package, its diagnostics carry rule id, element and feature. */
class TopologyValidatorTest {

    private static final String DUPLICATE = """
            topology Dup
            host HV01 platform hyperv-2012 {
                switch Lab private
                vm A { nic eth0 on Lab { ipv4 static 10.0.0.1/24 } }
                vm B { nic eth0 on Lab { ipv4 static 10.0.0.1/24 } }
            }
            """;

    @Test
    void emfDiagnosticianReportsRuleDiagnostics() {
        Topology topology = HvnetTestFiles.parseClean(DUPLICATE);
        EValidator.Registry registry = new EValidatorRegistryImpl();
        TopologyValidator.register(registry);
        assertSame(TopologyValidator.INSTANCE, registry.getEValidator(HvnetPackage.eINSTANCE));
        Diagnostic result = new Diagnostician(registry).validate(topology);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        List<Diagnostic> children = result.getChildren();
        assertEquals(1, children.size(), children::toString);
        RuleDiagnostic finding = (RuleDiagnostic) children.get(0);
        assertEquals("V-6", finding.getData().get(3));
        assertSame(topology.getHosts().get(0).getVms().get(1).getNics().get(0).getIpv4(), finding.getData().get(0));
        assertSame(HvnetPackage.Literals.STATIC_IPV4_CONFIG__ADDRESS, finding.getData().get(1));
        assertEquals("VM NIC HV01.B.eth0 has address 10.0.0.1, which VM NIC HV01.A.eth0 already has in segment HV01.Lab. Give one of them another address.", finding.getMessage());
    }

    @Test
    void registerKeepsAValidatorAlreadyThere() {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        EValidator other = new org.eclipse.emf.ecore.util.EObjectValidator();
        registry.put(HvnetPackage.eINSTANCE, other);
        TopologyValidator.register(registry);
        assertSame(other, registry.getEValidator(HvnetPackage.eINSTANCE));
    }

    @Test
    void theLanguageComposesItInTheGlobalRegistry() {
        HvnetTestFiles.injector();
        EValidator registered = EValidator.Registry.INSTANCE.getEValidator(HvnetPackage.eINSTANCE);
        assertNotSame(TopologyValidator.INSTANCE, registered);
        Topology topology = HvnetTestFiles.parseClean(DUPLICATE);
        Diagnostic result = Diagnostician.INSTANCE.validate(topology);
        assertEquals(1, result.getChildren().size(), result::toString);
        assertEquals(Diagnostic.ERROR, result.getChildren().get(0).getSeverity());
    }
}
