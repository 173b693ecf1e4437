// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/** Layout rules beyond the article: blocks, bodies, punctuation, blank lines and comments on their own lines. */
class LayoutFormattingTest {

    @Test
    void messyTextGetsTheCanonicalLayout() {
        String messy = """
                topology   T
                network Office{subnet 10.0.0.0/8 router 10.0.0.1   internet}
                host H platform hyperv-2012 preserve-ip-on-install {nic LAN cable Office
                   switch Ext external on LAN no-management-os{host-vnic V{bind tcpip4,tcpip6 ipv4 dhcp}}
                vm A {nic eth0 vlan 7 on Ext{ipv4 static 10.0.0.5/8 dns 10.0.0.2 , 10.0.0.3} routing}}
                expect trace A . eth0->10.0.0.1 dropped T-4
                """;
        String expected = """
                topology T

                network Office {
                    subnet 10.0.0.0/8
                    router 10.0.0.1 internet
                }

                host H platform hyperv-2012 preserve-ip-on-install {
                    nic LAN cable Office
                    switch Ext external on LAN no-management-os {
                        host-vnic V {
                            bind tcpip4, tcpip6
                            ipv4 dhcp
                        }
                    }
                    vm A {
                        nic eth0 vlan 7 on Ext { ipv4 static 10.0.0.5/8 dns 10.0.0.2, 10.0.0.3 }
                        routing
                    }
                }

                expect trace A.eth0 -> 10.0.0.1 dropped T-4
                """;
        assertEquals(expected, Formatting.formatStrictly(messy));
    }

    @Test
    void oneBlankLineBetweenStatementsIsKeptAndMoreAreRemoved() {
        String text = """
                topology T
                host H platform hyperv-2012 {
                    nic A



                    nic B
                    nic C
                }
                expect reach H -> H.A


                expect reach H.B -> H
                """;
        String expected = """
                topology T

                host H platform hyperv-2012 {
                    nic A

                    nic B
                    nic C
                }

                expect reach H -> H.A

                expect reach H.B -> H
                """;
        assertEquals(expected, Formatting.formatStrictly(text));
    }

    @Test
    void commentsOnTheirOwnLinesAreIndentedWithTheirStatement() {
        String text = """
                // header
                topology T
                host H platform hyperv-2012 {
                // the uplink
                nic LAN
                    /* spare */ nic B
                }
                """;
        String expected = """
                // header
                topology T

                host H platform hyperv-2012 {
                    // the uplink
                    nic LAN
                    /* spare */ nic B
                }
                """;
        assertEquals(expected, Formatting.formatStrictly(text));
    }

    @Test
    void aCommentInsideAShortBodyNeverSwallowsTheCodeAfterIt() {
        String text = """
                topology T
                host H platform hyperv-2012 {
                    nic eth0 { // the uplink
                        ipv4 dhcp }
                    nic eth1 /* spare */ { ipv4 dhcp }
                }
                """;
        String formatted = Formatting.formatStrictly(text);
        assertTrue(new EcoreUtil.EqualityHelper().equals(HvnetTestFiles.parseClean(text), HvnetTestFiles.parseClean(formatted)),
                formatted);
        assertEquals(formatted, Formatting.formatStrictly(formatted));
    }
}
