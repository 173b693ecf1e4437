// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hvnet.model.Platform;
import org.hvnet.validation.Rule;
import org.hvnet.validation.RuleDiagnostic;
import org.hvnet.validation.RuleSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every catalogue entry has a case that triggers it (with its severity and a message naming what to do) and a near
 * miss that does not; platform-aware entries apply exactly where SEMANTICS.md says.
 */
class RuleCoverageTest {

    /** Entries that no .hvnet text can trigger: scoping offers only the host's own switches and NICs (see CrossHostRulesTest). */
    /** Entries that text triggers through the linker (the name does not resolve in the host's scope). */
    static final Set<Rule> REPORTED_BY_LINKER = EnumSet.of(Rule.V2_VM_NIC_ON_OTHER_HOST, Rule.V3_EXTERNAL_NIC_NOT_ON_HOST);

    @ParameterizedTest
    @EnumSource(Rule.class)
    void triggerFiresTheEntry(Rule rule) {
        Path trigger = RuleCases.directory().resolve(rule.name() + ".hvnet");
        assertTrue(Files.exists(trigger), "missing trigger case " + trigger);
        if (REPORTED_BY_LINKER.contains(rule)) {
            assertTrue(RuleCases.validate(trigger).problems().stream().anyMatch(p -> p.rule().equals(rule.id())),
                    () -> trigger.getFileName() + " does not report " + rule.id());
            return;
        }
        List<RuleDiagnostic> findings = RuleCases.validate(trigger).diagnostics().stream().filter(d -> d.rule() == rule).toList();
        assertFalse(findings.isEmpty(), () -> trigger.getFileName() + " does not trigger " + rule);
        for (RuleDiagnostic finding : findings) {
            assertEquals(rule.severity(), finding.ruleSeverity());
            assertTrue(finding.getMessage().endsWith(rule.fix()), finding::getMessage);
            assertEquals(rule.id(), finding.getData().get(3));
            assertTrue(finding.getData().get(0) == finding.element());
        }
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void nearMissDoesNotFire(Rule rule) {
        List<Path> nearMisses = RuleCases.files().stream()
                .filter(f -> RuleCases.entryOf(f).equals(rule.name()) && RuleCases.isNearMiss(f)).toList();
        assertFalse(nearMisses.isEmpty(), "missing near miss " + rule.name() + ".ok.hvnet");
        for (Path nearMiss : nearMisses) {
            assertTrue(RuleCases.validate(nearMiss).diagnostics().stream().noneMatch(d -> d.rule() == rule),
                    () -> nearMiss.getFileName() + " triggers " + rule);
        }
    }

    @Test
    void everyCaseFileBelongsToAnEntry() {
        for (Path file : RuleCases.files()) {
            Rule.valueOf(RuleCases.entryOf(file));
        }
    }

    @Test
    void platformVariantsExistForPlatformAwareRules() {
        for (String name : List.of("V1_ONE_EXTERNAL_NETWORK.ok-2012", "V4_STATIC_IP_LOST_ON_INSTALL.ok-2012",
                "V4_STATIC_IP_LOST_ON_INSTALL.ok-preserve", "S5_DHCP_SERVICE_NOT_VIRTUAL_SERVER.virtual-pc",
                "S5_DHCP_SERVICE_NOT_VIRTUAL_SERVER.ok-virtual-server", "S6_INTERNAL_ON_HOSTED_PRODUCT.virtual-server",
                "S6_INTERNAL_ON_HOSTED_PRODUCT.ok-hyperv", "V8_TCPIP_ON_SWITCH_NIC.ok-virtual-server")) {
            assertTrue(Files.exists(RuleCases.directory().resolve(name + ".hvnet")), name);
        }
    }

    @Test
    void platformAwareSeverities() {
        assertEquals(RuleSeverity.ERROR, Rule.V1_ONE_EXTERNAL_NETWORK.severityOn(Platform.HYPERV_2008));
        assertNull(Rule.V1_ONE_EXTERNAL_NETWORK.severityOn(Platform.HYPERV_2012_PLUS));
        assertEquals(RuleSeverity.WARNING, Rule.V4_STATIC_IP_LOST_ON_INSTALL.severityOn(Platform.HYPERV_2008));
        assertNull(Rule.V4_STATIC_IP_LOST_ON_INSTALL.severityOn(Platform.HYPERV_2012_PLUS));
        assertNull(Rule.S5_DHCP_SERVICE_NOT_VIRTUAL_SERVER.severityOn(Platform.VIRTUAL_SERVER));
        for (Platform platform : EnumSet.of(Platform.VIRTUAL_PC, Platform.HYPERV_2008, Platform.HYPERV_2012_PLUS)) {
            assertEquals(RuleSeverity.ERROR, Rule.S5_DHCP_SERVICE_NOT_VIRTUAL_SERVER.severityOn(platform), platform::toString);
        }
        assertEquals(EnumSet.of(Platform.VIRTUAL_PC, Platform.VIRTUAL_SERVER), Rule.S6_INTERNAL_ON_HOSTED_PRODUCT.platforms());
        assertNull(Rule.V8_TCPIP_ON_SWITCH_NIC.severityOn(Platform.VIRTUAL_SERVER));
    }
}
