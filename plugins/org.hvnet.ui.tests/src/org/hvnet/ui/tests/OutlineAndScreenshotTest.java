// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.hvnet.ui.editor.HvnetEditor;
import org.hvnet.ui.editor.outline.HvnetOutlinePage;
import org.hvnet.ui.editor.outline.OutlineNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Outline of the article, and a screenshot of the workbench with the article open. */
class OutlineAndScreenshotTest {

    @AfterEach
    void closeEditors() {
        WorkbenchFixture.closeEditors();
    }

    @Test
    void theOutlineShowsTheNetworkAndTheHostWithItsSwitchesAndVms() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("outline.hvnet"));
        IWorkbenchPage page = WorkbenchFixture.page();
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        WorkbenchFixture.waitUntil(() -> outline.getCurrentPage() instanceof HvnetOutlinePage p
                && !p.input().isEmpty(), 10_000, "the HVNet outline");
        HvnetOutlinePage outlinePage = assertInstanceOf(HvnetOutlinePage.class, outline.getCurrentPage());
        Tree tree = (Tree) outlinePage.getControl();
        List<String> top = Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("Office  192.168.1.0/24", "HV01 (hyperv-2008)"), top);
        List<String> inHost = Arrays.stream(tree.getItems()[1].getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("nic Local Area Connection", "Lab (internal)", "Isolated (private)", "vm DC01", "vm Web01",
                "vm Db01"), inHost);
    }

    @Test
    void theOutlineShowsTheStatementsOfTodaysHyperV() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.file("today.hvnet", """
                topology Today
                network CorpMgmt { vlan 10 subnet 10.10.0.0/24 }
                host HV02 platform hyperv-2016 {
                    mac-pool 00-15-5D-0A-15-00 - 00-15-5D-0A-15-FF
                    nic NIC1 cable CorpMgmt
                    nic NIC2 cable CorpMgmt
                    switch Converged external on NIC1, NIC2 embedded-teaming {
                        host-vnic Management vlan access 10 { acl allow both remote 10.10.0.0/24 }
                    }
                    netnat LabNat prefix 172.20.0.0/24 { forward tcp 8080 to 172.20.0.10 port 80 }
                    vm Web {
                        nic eth0 on Converged vlan access 20 dhcp-guard { acl deny in remote 10.0.0.0/8 }
                        nic uplink on Converged vlan trunk 10, 30-39 native 10
                    }
                }
                host LAPTOP platform hyperv-client { switch "Default Switch" default }
                """));
        IWorkbenchPage page = WorkbenchFixture.page();
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        WorkbenchFixture.waitUntil(() -> outline.getCurrentPage() instanceof HvnetOutlinePage p
                && p.input().size() == 3, 10_000, "the HVNet outline of today's Hyper-V");
        List<OutlineNode> top = ((HvnetOutlinePage) outline.getCurrentPage()).input();
        assertEquals(List.of("CorpMgmt  10.10.0.0/24  vlan 10", "HV02 (hyperv-2016)", "LAPTOP (hyperv-client)"), labels(top));
        OutlineNode hv02 = top.get(1);
        assertEquals(List.of("mac-pool 00-15-5D-0A-15-00 - 00-15-5D-0A-15-FF", "nic NIC1", "nic NIC2",
                "Converged (external)  embedded-teaming", "netnat LabNat  172.20.0.0/24", "vm Web"), labels(hv02.children()));
        OutlineNode converged = hv02.children().get(3);
        assertEquals(List.of("host-vnic Management  vlan access 10"), labels(converged.children()));
        assertEquals(List.of("acl allow both remote 10.10.0.0/24"), labels(converged.children().get(0).children()));
        assertEquals(List.of("forward tcp 8080 to 172.20.0.10 port 80"), labels(hv02.children().get(4).children()));
        OutlineNode web = hv02.children().get(5);
        assertEquals(List.of("nic eth0 on Converged  vlan access 20, dhcp-guard", "nic uplink on Converged  vlan trunk 10, 30-39 native 10"),
                labels(web.children()));
        assertEquals(List.of("acl deny in remote 10.0.0.0/8"), labels(web.children().get(0).children()));
        assertEquals(List.of("Default Switch (default)"), labels(top.get(2).children()));
    }

    private static List<String> labels(List<OutlineNode> nodes) {
        return nodes.stream().map(OutlineNode::label).toList();
    }

    @Test
    void aScreenshotOfTheWorkbenchWithTheArticleOpen() throws Exception {
        WorkbenchFixture.onlyArticleFolder("article");
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("article.hvnet"));
        IWorkbenchPage page = WorkbenchFixture.page();
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.showView("org.eclipse.ui.navigator.ProjectExplorer");
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        org.hvnet.ui.views.AddressesView addresses = (org.hvnet.ui.views.AddressesView) page.showView(org.hvnet.ui.views.AddressesView.ID);
        page.activate(editor);
        WorkbenchFixture.waitUntil(() -> addresses.table().getItemCount() > 0, 30_000, "the addresses");
        WorkbenchFixture.waitUntil(() -> WorkbenchFixture.expandProblems(editor.getSite().getShell()), 30_000, "the Problems entries");
        WorkbenchFixture.waitUntil(() -> outline.getCurrentPage() instanceof HvnetOutlinePage p && !p.input().isEmpty(), 10_000,
                "the HVNet outline");
        // Xvfb has no window manager to maximize the window: give it the whole screen
        editor.getSite().getShell().setBounds(editor.getSite().getShell().getDisplay().getPrimaryMonitor().getBounds());
        WorkbenchFixture.settle(1500);

        // what the screenshot shows (target/workbench.png): the article in the editor, its two
        // warnings in Problems, its network and host in the Outline, and the six interfaces in Addresses
        assertSame(editor, page.getActiveEditor());
        assertEquals(WorkbenchFixture.articleText(), editor.viewer().getDocument().get(), "the editor shows the article");
        assertEquals(List.of("Warnings (2 items)",
                "  The static IPv4 settings of HV01.\"Local Area Connection\" (ipv4 static 192.168.1.10/24 gateway 192.168.1.1 dns"
                        + " 192.168.1.2) are lost when Hyper-V is installed: on Windows Server 2008 the new host vNIC uses DHCP (I-2). Move"
                        + " the settings to the host vNIC that the install creates (quick fix), or mark the host preserve-ip-on-install. [V-4]",
                "  VM NIC HV01.Db01.eth0 uses DHCP on private switch HV01.Isolated, but no DHCP server is in its segment: it will get an"
                        + " APIPA address (S-5, A-3). Give it a static address, or run a DHCP server in a VM on that switch. [V-5]"),
                WorkbenchFixture.problemsShown(editor.getSite().getShell()));
        HvnetOutlinePage outlinePage = assertInstanceOf(HvnetOutlinePage.class, outline.getCurrentPage());
        assertEquals(List.of("Office  192.168.1.0/24", "HV01 (hyperv-2008)"),
                Arrays.stream(((Tree) outlinePage.getControl()).getItems()).map(TreeItem::getText).toList());
        assertEquals(List.of("HV01.Local Area Connection", "HV01.Local Area Connection 4", "HV01.Local Area Connection 3", "DC01.eth0",
                "Web01.eth0", "Db01.eth0"), Arrays.stream(addresses.table().getItems()).map(item -> item.getText(0)).toList());

        Path shot = WorkbenchFixture.screenshot("workbench.png");
        assertTrue(Files.isRegularFile(shot), shot::toString);
    }
}
