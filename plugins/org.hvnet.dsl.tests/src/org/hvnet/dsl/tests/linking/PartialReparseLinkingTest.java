// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.hvnet.dsl.resource.HvnetResource;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Topology;
import org.hvnet.model.VmNic;
import org.junit.jupiter.api.Test;

/**
 * An edit brought in by the partial parser links only what it can have changed, and the file's links are then those
 * of a fresh load of the same text (issue 12, item 3): renaming, deleting and adding back an element many references
 * find, a name another element takes (in a host, and across the file), the VM through which a lease's switch is
 * found renamed, broken and mended syntax around references,
 * references into another file loaded anew; and a one-line edit resolves a handful of references, keeping the
 * elements the others found.
 */
class PartialReparseLinkingTest {

    private static final int HOSTS = 12;

    /** Hosts with a NIC on a network, two switches that the VMs' NICs name, VMs that expectations name. */
    static String estate() {
        StringBuilder text = new StringBuilder("topology Estate\nnetwork Lan { subnet 10.0.0.0/16 }\nnetwork Corp { subnet 10.1.0.0/16 }\n");
        for (int i = 0; i < HOSTS; i++) {
            text.append(String.format("""
                    host H%1$03d platform hyperv-2016 {
                        nic eth0 cable Lan { bind vswitch ipv4 static 10.0.0.%2$d/16 }
                        switch Int internal
                        switch Ext external on eth0
                        vm V%1$03d {
                            nic n0 on Ext
                            nic n1 on Int
                            dhcp-server on n1 range 10.0.0.100 - 10.0.0.199 gateway 10.0.0.254 dns 10.0.0.1
                        }
                    }
                    """, i, 10 + i));
        }
        for (int i = 0; i < HOSTS; i++) {
            text.append(String.format("expect address V%03d.n0 dhcp from Corp\nexpect reach V%03d -> H%03d\n", i, i, (i + 1) % HOSTS));
        }
        // a lease from a switch of the host of the interface's VM: found through the VM the expectation names
        return text.append("expect address V007.n1 dhcp from Int\n").toString();
    }

    @Test
    void aOneLineEditResolvesAFewReferencesAndKeepsWhatTheOthersFound() {
        XtextResource edited = LinkedFiles.load(LinkedFiles.resourceSet(), "edited.hvnet", estate());
        List<String> links = LinkedFiles.links(edited);
        VmNic kept = root(edited).getHosts().get(0).getVms().get(0).getNics().get(0);
        EObject found = kept.getSwitch();
        LinkedFiles.resolutions();

        String text = text(edited);
        edited.update(text.indexOf("10.0.0.15/16") + 7, 2, "77");
        assertSame(found, kept.eGet(HvnetPackage.Literals.VM_NIC__SWITCH, false), "a reference of a kept element keeps the element it found");
        int walked = LinkedFiles.walked(edited);
        assertTrue(walked > 0 && walked < 20, "the resolution looked at the linked elements only: " + walked);
        assertEquals(links.size(), LinkedFiles.links(edited).size());
        int resolved = LinkedFiles.resolutions();
        assertTrue(resolved <= 5, "the edit of one address resolved " + resolved + " of " + links.size() + " references");
        assertFresh(edited);
    }

    @Test
    void editsOfNamesMakeTheLinksOfAFreshLoad() {
        XtextResource edited = LinkedFiles.load(LinkedFiles.resourceSet(), "edited.hvnet", estate());
        LinkedFiles.links(edited);
        // the switch Ext of H003, which a VM's NIC names, renamed, then back
        edit(edited, "switch Ext external on eth0", "switch Exx external on eth0");
        edit(edited, "switch Exx external on eth0", "switch Ext external on eth0");
        // the switch Int of H004 takes the name of the switch after it: the NIC "on Ext" finds the first of the two
        edit(edited, "switch Int internal", "switch Ext internal");
        edit(edited, "switch Ext internal", "switch Int internal");
        // the NIC eth0 of H005, which its switch names, deleted and added back
        edit(edited, "    nic eth0 cable Lan { bind vswitch ipv4 static 10.0.0.15/16 }\n", "");
        edit(edited, "    switch Int internal\n    switch Ext external on eth0\n    vm V005",
                "    nic eth0 cable Lan { bind vswitch ipv4 static 10.0.0.15/16 }\n    switch Int internal\n    switch Ext external on eth0\n    vm V005");
        // the network Lan, which every NIC names, renamed; another network takes its name; back
        edit(edited, "network Lan {", "network Lax {");
        edit(edited, "network Corp {", "network Lan {");
        edit(edited, "network Lan { subnet 10.1", "network Corp { subnet 10.1");
        edit(edited, "network Lax {", "network Lan {");
        // a VM that expectations name renamed (the lease's switch is no longer found); a VM before it takes its name; back
        edit(edited, "vm V007 {", "vm V0x7 {");
        edit(edited, "vm V0x7 {", "vm V007 {");
        edit(edited, "vm V006 {", "vm V007 {");
        edit(edited, "vm V007 {", "vm V006 {");
        // a NIC that dhcp-server names renamed, then back
        edit(edited, "nic n1 on Int", "nic n2 on Int");
        edit(edited, "nic n2 on Int", "nic n1 on Int");
        // broken and mended syntax around references
        edit(edited, "nic n0 on Ext", "nic n0 on");
        edit(edited, "nic n0 on\n", "nic n0 on Ext\n");
        edit(edited, "vm V010 {", "vm V010 ");
        edit(edited, "vm V010 ", "vm V010 {");
    }

    @Test
    void referencesIntoAnotherFileLoadedAnewAreFoundByName() {
        String networks = "topology Networks\nnetwork Wan { subnet 10.2.0.0/16 }\nnetwork Lan { subnet 10.1.0.0/16 }\n";
        String hosts = "topology Hosts\nhost H1 platform hyperv-2016 {\n    nic eth0 cable Lan { ipv4 static 10.1.0.5/16 }\n"
                + "    nic eth1 cable Wan { ipv4 static 10.2.0.5/16 }\n}\n";
        XtextResourceSet set = LinkedFiles.resourceSet();
        XtextResource other = LinkedFiles.load(set, "networks.hvnet", networks);
        XtextResource edited = LinkedFiles.load(set, "edited.hvnet", hosts);
        LinkedFiles.links(edited);
        // the other file is unloaded and loaded anew with its networks in the other order
        other.unload();
        set.getResources().remove(other);
        LinkedFiles.load(set, "networks.hvnet", "topology Networks\nnetwork Lan { subnet 10.1.0.0/16 }\nnetwork Wan { subnet 10.2.0.0/16 }\n");
        edited.update(hosts.indexOf("10.2.0.5") + 7, 1, "6");
        List<String> links = LinkedFiles.links(edited);
        assertTrue(links.contains("//@hosts.0/@nics.0 cables: networks.hvnet#//@networks.0"), links::toString);
        XtextResourceSet fresh = LinkedFiles.resourceSet();
        LinkedFiles.load(fresh, "networks.hvnet", "topology Networks\nnetwork Lan { subnet 10.1.0.0/16 }\nnetwork Wan { subnet 10.2.0.0/16 }\n");
        assertEquals(LinkedFiles.links(LinkedFiles.load(fresh, "edited.hvnet", text(edited))), links);
    }

    @Test
    void aReparseOfTheWholeTextLinksTheWholeFile() {
        HvnetResource edited = (HvnetResource) LinkedFiles.load(LinkedFiles.resourceSet(), "edited.hvnet", estate());
        LinkedFiles.links(edited);
        EObject root = root(edited);
        edited.update(0, "topology Estate".length(), "topology Estatf");
        assertFalse(root == root(edited), "the root was parsed anew");
        assertFresh(edited);
        assertEquals(null, edited.replacedInPlace(), "no partial reparse is being linked");
    }

    @Test
    void aTextWithoutARootReplacedByAModelLinksTheWholeModel() {
        XtextResource edited = LinkedFiles.load(LinkedFiles.resourceSet(), "edited.hvnet", "\n\n    expect reach ");
        edited.update(0, text(edited).length(), estate());
        assertFresh(edited);
    }

    /** Replaces {@code from} (at its first place; the characters it shares at its start with {@code to} kept) with {@code to}; the links are then fresh. */
    private static void edit(XtextResource edited, String from, String to) {
        String text = text(edited);
        int at = text.indexOf(from);
        assertTrue(at >= 0, from);
        int skip = 0;
        while (skip < Math.min(from.length(), to.length()) && from.charAt(skip) == to.charAt(skip)) {
            skip++;
        }
        edited.update(at + skip, from.length() - skip, to.substring(skip));
        assertEquals(text.substring(0, at) + to + text.substring(at + from.length()), text(edited));
        assertFresh(edited);
    }

    private static void assertFresh(XtextResource edited) {
        XtextResource fresh = LinkedFiles.load(LinkedFiles.resourceSet(), "edited.hvnet", text(edited));
        assertEquals(String.join("\n", LinkedFiles.links(fresh)), String.join("\n", LinkedFiles.links(edited)), "the links of a fresh load");
    }

    private static String text(XtextResource resource) {
        return resource.getParseResult().getRootNode().getText();
    }

    private static Topology root(XtextResource resource) {
        return (Topology) resource.getContents().get(0);
    }
}
