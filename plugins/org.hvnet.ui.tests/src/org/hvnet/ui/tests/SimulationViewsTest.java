package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.hvnet.ui.editor.HvnetEditor;
import org.hvnet.ui.views.AddressesView;
import org.hvnet.ui.views.InstallPreviewView;
import org.hvnet.ui.views.ReachabilityView;
import org.hvnet.ui.views.TraceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulation views on the article's lab: addresses, a trace, the install preview and reachability. */
class SimulationViewsTest {

    @AfterEach
    void closeEditors() {
        WorkbenchFixture.closeEditors();
    }

    @Test
    void theAddressesViewListsWeb01WithItsLease() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("addresses.hvnet"));
        IWorkbenchPage page = WorkbenchFixture.page();
        AddressesView view = (AddressesView) page.showView(AddressesView.ID);
        page.activate(editor);
        WorkbenchFixture.waitUntil(() -> view.table().getItemCount() > 0, 30_000, "the address table");
        List<String> rows = Arrays.stream(view.table().getItems()).map(i -> i.getText(0) + "  " + i.getText(2)).toList();
        assertTrue(rows.contains("Web01.eth0  10.0.0.100/24"), rows.toString());
        assertTrue(rows.contains("Db01.eth0  169.254.28.35/16"), rows.toString());
        TableItem web01 = Arrays.stream(view.table().getItems()).filter(i -> i.getText(0).equals("Web01.eth0")).findFirst().orElseThrow();
        assertEquals("dhcp", web01.getText(3));
        assertEquals("DC01", web01.getText(4));
    }

    @Test
    void theTraceViewDeliversFromWeb01ToTheInternet() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("trace.hvnet"));
        IWorkbenchPage page = WorkbenchFixture.page();
        TraceView view = (TraceView) page.showView(TraceView.ID);
        page.activate(editor);
        view.trace("Web01", "8.8.8.8");
        WorkbenchFixture.waitUntil(() -> view.verdictText().startsWith("DELIVERED") || view.verdictText().startsWith("DROPPED"),
                30_000, "the verdict");
        assertTrue(view.verdictText().startsWith("DELIVERED"), view.verdictText());
        view.trace("Db01", "HV01");
        WorkbenchFixture.waitUntil(() -> !view.verdictText().startsWith("Tracing"), 30_000, "the second verdict");
        assertTrue(view.verdictText().startsWith("DROPPED"), view.verdictText());
    }

    @Test
    void theInstallPreviewReportsWhatTheInstallDoesToHv01() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("install.hvnet"));
        IWorkbenchPage page = WorkbenchFixture.page();
        InstallPreviewView view = (InstallPreviewView) page.showView(InstallPreviewView.ID);
        page.activate(editor);
        WorkbenchFixture.waitUntil(() -> view.reportText().startsWith("install "), 30_000, "the install report");
        assertEquals("""
                install hyperv on HV01: changed
                  created external switch 'Local Area Connection - Virtual Network' on NIC 'Local Area Connection'
                  created host vNIC 'Local Area Connection 3' on switch 'Local Area Connection - Virtual Network': \
                bind client, file-sharing, qos, tcpip4, tcpip6; ipv4 dhcp
                  NIC 'Local Area Connection': removed client, file-sharing, qos, tcpip4, tcpip6; bound vswitch
                  warning: static 192.168.1.10/24 on 'Local Area Connection' is lost; 'Local Area Connection 3' will use DHCP
                  warning: gateway 192.168.1.1 on 'Local Area Connection' is lost
                  warning: dns 192.168.1.2 on 'Local Area Connection' is lost
                """, view.reportText(), "the command's wording (InstallReportText)");

        org.eclipse.core.resources.IFile written = view.writePostInstallFile();
        String installed = org.hvnet.ui.editor.EditorInputFiles.read(written);
        assertEquals("installed/install.hvnet", written.getParent().getName() + "/" + written.getName());
        assertTrue(installed.contains("host-vnic \"Local Area Connection 3\""), installed);
        assertTrue(!installed.contains("install hyperv"), "the install clause is applied: " + installed);
    }

    @Test
    void theReachabilityMatrixColoursEveryPair() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("reach.hvnet"));
        IWorkbenchPage page = WorkbenchFixture.page();
        ReachabilityView view = (ReachabilityView) page.showView(ReachabilityView.ID);
        page.activate(editor);
        WorkbenchFixture.waitUntil(() -> view.table().getItemCount() > 0, 30_000, "the matrix");
        int n = view.table().getItemCount();
        assertEquals(n + 1, view.table().getColumnCount());
        List<String> cells = Arrays.stream(view.table().getItems())
                .flatMap(item -> java.util.stream.IntStream.range(1, n + 1).mapToObj(item::getText)).toList();
        assertTrue(cells.contains("\u2713") && cells.contains("\u2717"), "both reachable and unreachable pairs: " + cells);
    }
}
