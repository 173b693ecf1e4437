// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.parsing;

import static org.hvnet.testing.HvnetTestFiles.parseClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.AddressExpectation;
import org.hvnet.model.AddressOutcome;
import org.hvnet.model.Endpoint;
import org.hvnet.model.Host;
import org.hvnet.model.ReachExpectation;
import org.hvnet.model.Topology;
import org.hvnet.model.TraceExpectation;
import org.hvnet.model.TraceVerdict;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.values.Ipv4Address;
import org.junit.jupiter.api.Test;

/** Every {@code expect} form and every kind of endpoint: host, VM, OWNER.IFACE and IPv4 address. */
class ExpectationParsingTest {

    private static final String LAB = """
            topology T
            network Office { subnet 192.168.1.0/24 }
            host HV01 platform hyperv-2008 {
                nic "Local Area Connection" cable Office
                switch Lab internal
                vm DC01 { nic eth0 on Lab { ipv4 static 10.0.0.1/24 } }
                vm Web01 { nic eth0 on Lab { ipv4 dhcp } }
            }
            """;

    private static Topology lab(String expectations) {
        return parseClean(LAB + expectations);
    }

    private static Host hv01(Topology topology) {
        return topology.getHosts().get(0);
    }

    private static VirtualMachine vm(Topology topology, int index) {
        return hv01(topology).getVms().get(index);
    }

    private static AddressExpectation address(String line) {
        Topology topology = lab(line);
        return assertInstanceOf(AddressExpectation.class, topology.getExpectations().get(0));
    }

    @Test
    void addressStatic() {
        AddressExpectation expectation = address("expect address DC01.eth0 static");
        assertEquals(AddressOutcome.STATIC, expectation.getOutcome());
        assertTrue(expectation.isSetOutcome());
        assertEquals("DC01", ((VirtualMachine) expectation.getTarget().getOwner()).getName());
        assertEquals("eth0", expectation.getTarget().getInterfaceName());
        assertNull(expectation.getServer());
        assertNull(expectation.getAddress());
    }

    @Test
    void addressDhcpFromNetworkWithStringInterfaceName() {
        Topology topology = lab("expect address HV01.\"Local Area Connection 3\" dhcp from Office");
        AddressExpectation expectation = (AddressExpectation) topology.getExpectations().get(0);
        assertSame(hv01(topology), expectation.getTarget().getOwner());
        assertEquals("Local Area Connection 3", expectation.getTarget().getInterfaceName());
        assertEquals(AddressOutcome.DHCP, expectation.getOutcome());
        assertSame(topology.getNetworks().get(0), expectation.getServer());
    }

    @Test
    void addressDhcpFromVm() {
        Topology topology = lab("expect address Web01.eth0 dhcp from DC01");
        AddressExpectation expectation = (AddressExpectation) topology.getExpectations().get(0);
        assertSame(vm(topology, 1), expectation.getTarget().getOwner());
        assertSame(vm(topology, 0), expectation.getServer());
    }

    @Test
    void addressDhcpFromASwitchOfTheInterfacesHost() {
        // Virtual Server's dhcp-service and the Default Switch serve as their switch: dhcp from names it (rules S-5, X-2)
        Topology topology = lab("expect address Web01.eth0 dhcp from Lab\nexpect address HV01.\"Local Area Connection 3\" dhcp from Lab");
        assertSame(hv01(topology).getSwitches().get(0), ((AddressExpectation) topology.getExpectations().get(0)).getServer());
        assertSame(hv01(topology).getSwitches().get(0), ((AddressExpectation) topology.getExpectations().get(1)).getServer());
    }

    @Test
    void addressDhcpFromANetworkOrVmBeforeASwitchOfTheSameName() {
        Topology topology = parseClean(LAB.replace("switch Lab internal", "switch Office internal\n    switch Lab internal")
                + "expect address Web01.eth0 dhcp from Office");
        assertSame(topology.getNetworks().get(0), ((AddressExpectation) topology.getExpectations().get(0)).getServer());
    }

    @Test
    void addressApipaAndNone() {
        assertEquals(AddressOutcome.APIPA, address("expect address Web01.eth0 apipa").getOutcome());
        assertEquals(AddressOutcome.NONE, address("expect address Web01.eth0 none").getOutcome());
    }

    @Test
    void addressIsAnIpWithNoOutcome() {
        AddressExpectation expectation = address("expect address Web01.eth0 10.0.0.100");
        assertEquals(Ipv4Address.valueOf("10.0.0.100"), expectation.getAddress());
        assertFalse(expectation.isSetOutcome());
    }

    @Test
    void reachBetweenVmAndAddress() {
        Topology topology = lab("expect reach Web01 -> 8.8.8.8");
        ReachExpectation reach = assertInstanceOf(ReachExpectation.class, topology.getExpectations().get(0));
        assertFalse(reach.isNegated());
        assertSame(vm(topology, 1), reach.getFrom().getOwner());
        assertNull(reach.getFrom().getInterfaceName());
        assertNull(reach.getTo().getOwner());
        assertEquals(Ipv4Address.valueOf("8.8.8.8"), reach.getTo().getAddress());
    }

    @Test
    void noReachBetweenVmAndHost() {
        Topology topology = lab("expect no reach Web01.eth0 -> HV01");
        ReachExpectation reach = (ReachExpectation) topology.getExpectations().get(0);
        assertTrue(reach.isNegated());
        assertSame(vm(topology, 1), reach.getFrom().getOwner());
        assertEquals("eth0", reach.getFrom().getInterfaceName());
        assertSame(hv01(topology), reach.getTo().getOwner());
    }

    @Test
    void traceDelivered() {
        Topology topology = lab("expect trace 10.0.0.1 -> HV01.\"Local Area Connection\" delivered");
        TraceExpectation trace = assertInstanceOf(TraceExpectation.class, topology.getExpectations().get(0));
        assertEquals(Ipv4Address.valueOf("10.0.0.1"), trace.getFrom().getAddress());
        Endpoint to = trace.getTo();
        assertSame(hv01(topology), to.getOwner());
        assertEquals("Local Area Connection", to.getInterfaceName());
        assertEquals(TraceVerdict.DELIVERED, trace.getVerdict());
        assertTrue(trace.isSetVerdict());
        assertNull(trace.getRule());
    }

    @Test
    void traceDroppedByRule() {
        TraceExpectation trace = (TraceExpectation) lab("expect trace Web01 -> DC01 dropped T-4").getExpectations().get(0);
        assertEquals(TraceVerdict.DROPPED, trace.getVerdict());
        assertEquals("T-4", trace.getRule());
    }

    @Test
    void traceDroppedByQuotedRuleWithLetterSuffix() {
        TraceExpectation trace = (TraceExpectation) lab("expect trace Web01 -> 10.9.9.9 dropped \"T-3a\"").getExpectations().get(0);
        assertEquals("T-3a", trace.getRule());
    }

    @Test
    void traceDroppedByRuleWithLetterSuffixWithoutQuotes() {
        Topology topology = lab("expect trace Web01 -> 10.9.9.9 dropped T-3a\nexpect trace Web01 -> 10.9.9.9 dropped X-7");
        assertEquals("T-3a", ((TraceExpectation) topology.getExpectations().get(0)).getRule());
        assertEquals("X-7", ((TraceExpectation) topology.getExpectations().get(1)).getRule());
    }

    @Test
    void aRuleIdWithLetterSuffixIsWrittenWithoutQuotes() {
        Topology copy = EcoreUtil.copy(lab("expect trace Web01 -> 10.9.9.9 dropped \"T-3a\""));
        HvnetTestFiles.injector().getInstance(XtextResourceSet.class).createResource(URI.createURI("copy.hvnet")).getContents().add(copy);
        String text = HvnetTestFiles.injector().getInstance(ISerializer.class).serialize(copy, SaveOptions.newBuilder().getOptions());
        assertTrue(text.contains("dropped T-3a") && !text.contains("\"T-3a\""), text);
    }

    @Test
    void traceDroppedWithQuotedReason() {
        TraceExpectation trace = (TraceExpectation) lab("expect trace Web01 -> 8.8.8.8 dropped \"no-route\"").getExpectations().get(0);
        assertEquals("no-route", trace.getRule());
    }

    @Test
    void expectationsKeepTheirOrder() {
        Topology topology = lab("""
                expect reach Web01 -> DC01
                expect address Web01.eth0 apipa
                expect trace Web01 -> DC01 delivered
                """);
        assertInstanceOf(ReachExpectation.class, topology.getExpectations().get(0));
        assertInstanceOf(AddressExpectation.class, topology.getExpectations().get(1));
        assertInstanceOf(TraceExpectation.class, topology.getExpectations().get(2));
    }
}
