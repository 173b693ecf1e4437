// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.hvnet.dsl.ide.HvnetIdeSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * Content assist of today's Hyper-V, as the workbench's editor and the language server ask for it (Xtext's generic IDE
 * services): the new keywords where they may stand, and the names the scopes allow after {@code cable} (networks)
 * and {@code external on} (the host's NICs). The caret is written {@code |} in the texts.
 */
class ContentAssistTest {

    private static final Injector IDE = new HvnetIdeSetup().createInjectorAndDoEMFRegistration();
    private static final ExecutorService POOL = Executors.newCachedThreadPool();

    private static final String LAB = """
            topology T
            network Corp { }
            network CorpMgmt { vlan 10 }
            host HV02 platform hyperv-2016 {
                nic NIC1
                nic NIC2
                switch Lab internal
                %s
            }
            host Other platform hyperv-2016 { nic Elsewhere }
            """;

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    /** The proposals at the caret {@code |} of {@code text}. */
    private static List<String> proposals(String textWithCaret) throws IOException {
        int offset = textWithCaret.indexOf('|');
        String text = textWithCaret.replace("|", "");
        XtextResource resource = (XtextResource) IDE.getInstance(XtextResourceSet.class).createResource(URI.createURI("assist.hvnet"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        ContentAssistContextFactory factory = IDE.getInstance(ContentAssistContextFactory.class);
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        IdeContentProposalAcceptor acceptor = IDE.getInstance(IdeContentProposalAcceptor.class);
        IDE.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
        List<String> proposals = new ArrayList<>();
        acceptor.getEntries().forEach(entry -> proposals.add(entry.getProposal()));
        return proposals;
    }

    private static List<String> inHost(String statementWithCaret) throws IOException {
        return proposals(LAB.formatted(statementWithCaret));
    }

    private static void assertProposes(List<String> proposals, String... expected) {
        assertTrue(proposals.containsAll(List.of(expected)), () -> proposals + " lacks one of " + List.of(expected));
    }

    @Test
    void platformsIncludeTheTwoNewOnes() throws IOException {
        assertProposes(proposals("topology T\nhost H platform |"), "hyperv-2016", "hyperv-client", "hyperv-2012");
    }

    @Test
    void theHostBodyOffersMacPoolAndNetnat() throws IOException {
        assertProposes(inHost("|"), "mac-pool", "netnat", "nic", "switch", "vm");
    }

    @Test
    void afterCableTheNetworksAndAfterACommaTheNetworksAgain() throws IOException {
        assertEquals(List.of("Corp", "CorpMgmt"), inHost("nic NIC3 cable |").stream().sorted().toList());
        assertEquals(List.of("Corp", "CorpMgmt"), inHost("nic NIC3 cable Corp, |").stream().sorted().toList());
    }

    @Test
    void afterExternalOnTheHostsNicsAndAfterACommaThemAgain() throws IOException {
        assertEquals(List.of("NIC1", "NIC2"), inHost("switch S external on |").stream().sorted().toList());
        assertEquals(List.of("NIC1", "NIC2"), inHost("switch S external on NIC1, |").stream().sorted().toList());
        assertProposes(inHost("switch S external on NIC1, NIC2 |"), "embedded-teaming", ",");
    }

    @Test
    void aSwitchMayBeTheDefaultSwitchWithASubnet() throws IOException {
        assertProposes(inHost("switch S |"), "external", "internal", "private", "default");
        assertProposes(inHost("switch S default |"), "subnet");
    }

    @Test
    void afterTheSwitchOfAVmNicTheVlanAndTheGuards() throws IOException {
        List<String> proposals = inHost("vm V { nic e on Lab | }");
        assertProposes(proposals, "vlan", "dhcp-guard", "router-guard", "mac-spoofing", "{");
        assertProposes(inHost("vm V { nic e vlan 5 | }"), "on");
        assertProposes(inHost("vm V { nic e on Lab vlan | }"), "access", "trunk");
        assertProposes(inHost("vm V { nic e on Lab vlan trunk 10, 30-39 | }"), "native", ",");
    }

    @Test
    void aPortBodyOffersAclsAndAnAclItsWords() throws IOException {
        assertProposes(inHost("vm V { nic e on Lab { ipv4 dhcp | } }"), "acl");
        assertProposes(inHost("switch S internal { host-vnic X { | } }"), "acl", "ipv4", "bind");
        assertProposes(inHost("vm V { nic e { acl | } }"), "allow", "deny");
        assertProposes(inHost("vm V { nic e { acl deny | } }"), "in", "out", "both");
        assertProposes(inHost("vm V { nic e { acl deny in | } }"), "remote");
        assertFalse(inHost("nic X { | }").contains("acl"), "a physical NIC has no port ACL");
    }

    @Test
    void aNetnatAndItsMappings() throws IOException {
        assertProposes(inHost("netnat N |"), "prefix");
        assertProposes(inHost("netnat N prefix 172.20.0.0/24 { | }"), "forward");
    }

    @Test
    void anAddressExpectationOnAMac() throws IOException {
        assertProposes(proposals("topology T\nhost H platform hyperv-2016 { vm V { nic e } }\nexpect address V.e |"), "mac", "static",
                "dhcp");
    }
}
