// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
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
        WorkbenchFixture.waitUntil(() -> hasRow(view.table(), "Web01.eth0"), 30_000, "the article's address table");
        List<String> rows = Arrays.stream(view.table().getItems()).map(i -> i.getText(0) + "  " + i.getText(2)).toList();
        assertTrue(rows.contains("Web01.eth0  10.0.0.100/24"), rows.toString());
        assertTrue(rows.contains("Db01.eth0  169.254.28.35/16"), rows.toString());
        TableItem web01 = Arrays.stream(view.table().getItems()).filter(i -> i.getText(0).equals("Web01.eth0")).findFirst().orElseThrow();
        assertEquals("dhcp", web01.getText(3));
        assertEquals("DC01", web01.getText(4));
        assertEquals("00-15-5D-01-0A-03", cell(view.table(), web01, "MAC"), "rule X-5: the first free MAC of HV01's pool");
        assertEquals("", cell(view.table(), web01, "VLAN"), "untagged");
    }

    @Test
    void theAddressesViewShowsMacAndVlanAsTheAddressesCommandDoes() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.exampleFile("converged-set-2022", "macvlan.hvnet"));
        IWorkbenchPage page = WorkbenchFixture.page();
        AddressesView view = (AddressesView) page.showView(AddressesView.ID);
        page.activate(editor);
        WorkbenchFixture.waitUntil(() -> hasRow(view.table(), "Mon22.eth0"), 30_000, "the lab's address table");
        // the same values as plugins/org.hvnet.cli.tests/golden/converged-set-2022/addresses.json
        TableItem mon22 = row(view.table(), "Mon22.eth0");
        assertEquals("00-15-5D-00-15-02", cell(view.table(), mon22, "MAC"));
        assertEquals("10", cell(view.table(), mon22, "VLAN"), "rule X-3: an access port of VLAN 10");
        TableItem uplink = row(view.table(), "HV22.SLOT 1 Port 1");
        assertEquals("", cell(view.table(), uplink, "MAC"), "a physical NIC without a written MAC");
        assertEquals("", cell(view.table(), row(view.table(), "App22.eth0"), "VLAN"), "untagged");
        assertColumnsFit(view.table());
        WorkbenchFixture.fillScreen();
        WorkbenchFixture.screenshotMaximized(view, "addresses-mac-vlan.png");
    }

    /** True when the table shows a row for {@code first} (a view still showing the previous test's file has none). */
    private static boolean hasRow(Table table, String first) {
        return Arrays.stream(table.getItems()).anyMatch(i -> i.getText(0).equals(first));
    }

    /** The row whose first cell is {@code first}. */
    private static TableItem row(Table table, String first) {
        return Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first));
    }

    /** The text of {@code item} in the column headed {@code header}. */
    private static String cell(Table table, TableItem item, String header) {
        for (int c = 0; c < table.getColumnCount(); c++) {
            if (table.getColumn(c).getText().equals(header)) {
                return item.getText(c);
            }
        }
        throw new AssertionError("no column " + header);
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
        assertVerdictWhole(view);
        assertColumnsFit(view.hopsTable());
        WorkbenchFixture.fillScreen();
        assertVerdictWhole(view);
        WorkbenchFixture.screenshotMaximized(view, "trace-view.png");
        view.trace("Db01", "HV01");
        WorkbenchFixture.waitUntil(() -> !view.verdictText().startsWith("Tracing"), 30_000, "the second verdict");
        assertTrue(view.verdictText().startsWith("DROPPED"), view.verdictText());
        assertVerdictWhole(view);
        assertColumnsFit(view.hopsTable());
    }

    @Test
    void theTraceViewShowsTheMacAndVlanOfEachInterfaceHop() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.exampleFile("converged-set-2022", "tracevlan.hvnet"));
        IWorkbenchPage page = WorkbenchFixture.page();
        TraceView view = (TraceView) page.showView(TraceView.ID);
        page.activate(editor);
        view.trace("Mon22", "10.10.0.21");
        WorkbenchFixture.waitUntil(() -> view.verdictText().startsWith("DELIVERED") || view.verdictText().startsWith("DROPPED"),
                30_000, "the verdict");
        Table hops = view.hopsTable();
        TableItem sender = hops.getItem(0);
        assertEquals("Mon22.eth0", sender.getText(0));
        assertEquals("interface", cell(hops, sender, "Kind"));
        assertEquals("00-15-5D-00-15-02", cell(hops, sender, "MAC"));
        assertEquals("10", cell(hops, sender, "VLAN"));
        for (TableItem hop : hops.getItems()) {
            boolean atInterface = List.of("interface", "acl").contains(cell(hops, hop, "Kind"));
            assertEquals(!atInterface, cell(hops, hop, "MAC").isEmpty() && cell(hops, hop, "VLAN").isEmpty(),
                    "MAC or VLAN only at an interface: " + hop.getText(0) + " " + hop.getText(1));
        }
        assertColumnsFit(hops);
        WorkbenchFixture.fillScreen();
        WorkbenchFixture.screenshotMaximized(view, "trace-mac-vlan.png");
    }

    /** The verdict label shows its whole text: as wide as its first word at least, and as high as its wrapped lines. */
    private static void assertVerdictWhole(TraceView view) {
        Label verdict = view.verdictLabel();
        String firstWord = verdict.getText().split("[ :]")[0];
        assertTrue(verdict.getSize().x >= WorkbenchFixture.textWidth(verdict, firstWord),
                "'" + firstWord + "' fits: label " + verdict.getSize() + " for " + verdict.getText());
        assertTrue(verdict.computeSize(verdict.getSize().x, SWT.DEFAULT).y <= verdict.getSize().y,
                "every wrapped line fits: label " + verdict.getSize() + " for " + verdict.getText());
        assertTrue(verdict.getBounds().x + verdict.getSize().x <= verdict.getParent().getClientArea().width,
                "the label lies inside the view");
    }

    /** Every column is at least as wide as its header and as each of its cells. */
    private static void assertColumnsFit(Table table) {
        assertTrue(table.getItemCount() > 0, "the table has rows");
        for (int c = 0; c < table.getColumnCount(); c++) {
            TableColumn column = table.getColumn(c);
            assertTrue(column.getWidth() >= WorkbenchFixture.textWidth(table, column.getText()),
                    "header '" + column.getText() + "' fits in " + column.getWidth());
            for (TableItem item : table.getItems()) {
                String cell = item.getText(c);
                assertTrue(column.getWidth() >= WorkbenchFixture.textWidth(table, cell),
                        "'" + cell + "' fits in column '" + column.getText() + "' of " + column.getWidth());
            }
        }
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
        WorkbenchFixture.waitUntil(() -> hasRow(view.table(), "Web01.eth0"), 30_000, "the article's matrix");
        int n = view.table().getItemCount();
        int first = ReachabilityView.FIRST_ENDPOINT_COLUMN;
        assertEquals(n + first, view.table().getColumnCount());
        assertEquals(List.of("from \\ to", "MAC", "VLAN"),
                Arrays.stream(view.table().getColumns()).limit(first).map(TableColumn::getText).toList());
        assertEquals("00-15-5D-01-0A-03", cell(view.table(), row(view.table(), "Web01.eth0"), "MAC"));
        List<String> cells = Arrays.stream(view.table().getItems())
                .flatMap(item -> java.util.stream.IntStream.range(first, n + first).mapToObj(item::getText)).toList();
        assertTrue(cells.contains("\u2713") && cells.contains("\u2717"), "both reachable and unreachable pairs: " + cells);
        assertTrue(Arrays.stream(view.table().getColumns()).skip(first).allMatch(c -> c.getToolTipText().equals(c.getText())),
                "each endpoint's whole name as its header");
        assertColumnsFit(view.table());
        WorkbenchFixture.fillScreen();
        WorkbenchFixture.screenshotMaximized(view, "reachability-view.png");
    }

    @Test
    void theReachabilityViewGivesEachEndpointItsVlan() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.exampleFile("converged-set-2022", "reachvlan.hvnet"));
        IWorkbenchPage page = WorkbenchFixture.page();
        ReachabilityView view = (ReachabilityView) page.showView(ReachabilityView.ID);
        page.activate(editor);
        WorkbenchFixture.waitUntil(() -> hasRow(view.table(), "Mon22.eth0"), 30_000, "the lab's matrix");
        TableItem mon22 = row(view.table(), "Mon22.eth0");
        assertEquals("00-15-5D-00-15-02", cell(view.table(), mon22, "MAC"));
        assertEquals("10", cell(view.table(), mon22, "VLAN"));
        assertEquals("30", cell(view.table(), row(view.table(), "Lab22.eth0"), "VLAN"));
        assertColumnsFit(view.table());
    }
}
