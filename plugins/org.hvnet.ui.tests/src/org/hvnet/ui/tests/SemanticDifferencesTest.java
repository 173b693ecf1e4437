// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.hvnet.ui.views.SemanticDifferencesView;
import org.junit.jupiter.api.Test;

/**
 * Compare With → Each Other and → Previous Version (Semantic Differences) on the article and a hand-edited copy (Web01
 * moved to the private switch, Db01 removed with its expect lines, App01 added): the view shows the groups of
 * {@code hvnet diff}, with the same elements, addresses, reachability counts and flipped expectations.
 */
class SemanticDifferencesTest {

    /** The article with Web01 moved to Isolated, Db01 and its expect lines removed, and App01 added on Lab. */
    private static String variant(String article) {
        return article.replace("vm Web01 { nic eth0 on Lab", "vm Web01 { nic eth0 on Isolated")
                .replace("    vm Db01 { nic eth0 on Isolated { ipv4 dhcp } }\n", "    vm App01 { nic eth0 on Lab { ipv4 dhcp } }\n")
                .replace("expect address Db01.eth0 apipa\n", "").replace("expect no reach Db01 -> HV01\n", "");
    }

    @Test
    void eachOtherShowsTheGroupsOfDiff() throws Exception {
        IFile older = WorkbenchFixture.articleFile("before.hvnet");
        IFile newer = WorkbenchFixture.file("after.hvnet", variant(WorkbenchFixture.articleText()));
        SemanticDifferencesView view = run("org.hvnet.ui.compare.eachOther", older, newer);
        assertEquals("/article-lab/before/before.hvnet \u2192 /article-lab/after/after.hvnet", view.status());
        List<String> lines = lines(view);
        assertEquals(List.of("Elements added (2)", "  vm HV01.App01", "  vm-nic HV01.App01.eth0",
                "Elements removed (2)", "  vm HV01.Db01", "  vm-nic HV01.Db01.eth0",
                "Elements changed (1)", "  vm-nic HV01.Web01.eth0", "    switch: HV01.Lab -> HV01.Isolated",
                "Addresses changed (3)"), lines.subList(0, 10));
        assertTrue(lines.get(10).startsWith("  Web01.eth0: 10.0.0.100/24 (dhcp) \u2192 169.254."), lines.toString());
        assertTrue(lines.contains("  App01.eth0: none \u2192 10.0.0.101/24 (dhcp)") || lines.contains("  App01.eth0: none \u2192 10.0.0.100/24 (dhcp)"),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  Db01\\.eth0: 169\\.254\\.[0-9.]+/16 \\(apipa\\) \u2192 none")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("Reachability: [1-9][0-9]* pairs gained, [1-9][0-9]* lost")), lines.toString());
        assertEquals(List.of("Expectations flipped (2)", "  expect address Web01.eth0 10.0.0.100: PASS \u2192 FAIL",
                "  expect reach Web01 -> 8.8.8.8: PASS \u2192 FAIL"), lines.subList(lines.size() - 3, lines.size()));
        WorkbenchFixture.screenshotMaximized(view, "semantic-differences.png");
    }

    @Test
    void previousVersionComparesWithTheLocalHistory() throws Exception {
        IFile file = WorkbenchFixture.articleFile("history.hvnet");
        file.setContents(new ByteArrayInputStream(variant(WorkbenchFixture.articleText()).getBytes(StandardCharsets.UTF_8)),
                IResource.KEEP_HISTORY, new NullProgressMonitor());
        SemanticDifferencesView view = run("org.hvnet.ui.compare.previousVersion", file);
        assertTrue(view.status().matches("/article-lab/history/history\\.hvnet \\(.+\\) \u2192 /article-lab/history/history\\.hvnet"),
                view.status());
        assertTrue(lines(view).contains("Elements added (2)"), lines(view).toString());
    }

    @Test
    void aVersionThatDoesNotParseIsNamed() throws Exception {
        IFile older = WorkbenchFixture.articleFile("good.hvnet");
        IFile broken = WorkbenchFixture.file("broken.hvnet", WorkbenchFixture.articleText().replace("vm Web01 { nic eth0 on Lab", "vm Web01 { nic eth0 on Nowhere"));
        SemanticDifferencesView view = run("org.hvnet.ui.compare.eachOther", older, broken);
        assertTrue(view.status().startsWith("/article-lab/broken/broken.hvnet cannot be compared: it has syntax or link errors"), view.status());
        assertEquals(0, view.tree().getItemCount());
    }

    /** Executes {@code commandId} with {@code files} selected, and waits for the view's comparison. */
    private static SemanticDifferencesView run(String commandId, IFile... files) throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
        IEvaluationContext context = handlers.createContextSnapshot(false);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(files));
        handlers.executeCommandInContext(ParameterizedCommand.generateCommand(command, null), null, context);
        SemanticDifferencesView view = (SemanticDifferencesView) WorkbenchFixture.page().findView(SemanticDifferencesView.ID);
        Job.getJobManager().join(SemanticDifferencesView.FAMILY, null);
        WorkbenchFixture.waitUntil(() -> !view.status().contains("\u2026"), 30_000, "the comparison");
        return view;
    }

    private static List<String> lines(SemanticDifferencesView view) {
        List<String> lines = new ArrayList<>();
        for (TreeItem item : view.tree().getItems()) {
            add(item, "", lines);
        }
        return lines;
    }

    private static void add(TreeItem item, String indent, List<String> lines) {
        lines.add(indent + item.getText());
        for (TreeItem child : item.getItems()) {
            add(child, indent + "  ", lines);
        }
    }
}
