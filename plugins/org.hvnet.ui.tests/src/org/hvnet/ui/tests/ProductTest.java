// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/** The product's name and about text, as the Help menu and the About dialog show them (plugin.properties). */
class ProductTest {

    static final String ABOUT_TEXT_START = "HVNet Workbench\n\nModel a Hyper-V virtual network, validate it against the rules"
            + " of each platform and simulate it";

    @Test
    void theHelpMenuNamesTheProduct() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Menu help = Arrays.stream(shell.getMenuBar().getItems()).filter(item -> item.getText().equals("&Help"))
                .findFirst().orElseThrow().getMenu();
        help.notifyListeners(SWT.Show, new Event()); // the menu manager fills the menu when it is shown
        List<String> items = Arrays.stream(help.getItems()).map(MenuItem::getText).map(t -> t.split("\t")[0]).toList();
        help.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.contains("&About HVNet Workbench"), items.toString());
        assertTrue(items.stream().noneMatch(text -> text.contains("%")), "no untranslated key: " + items);
    }

    @Test
    void theAboutDialogShowsTheProductsAboutText() throws Exception {
        Display display = Display.getCurrent();
        List<String> seen = new ArrayList<>();
        Runnable[] poll = new Runnable[1];
        long deadline = System.currentTimeMillis() + 20_000;
        poll[0] = () -> {
            Shell about = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && s.getText().startsWith("About"))
                    .findFirst().orElse(null);
            if (about == null) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, poll[0]);
                }
                return;
            }
            seen.add(about.getText());
            WorkbenchFixture.controls(about, StyledText.class).forEach(text -> seen.add(text.getText()));
            try {
                WorkbenchFixture.screenshot("about.png");
            } catch (Exception e) {
                seen.add("screenshot failed: " + e);
            }
            about.close();
        };
        display.timerExec(100, poll[0]);
        // blocks in the dialog's event loop until the poll above closes it
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.HELP_ABOUT, null);
        assertTrue(!seen.isEmpty(), "the About dialog opened");
        assertEquals("About HVNet Workbench", seen.get(0));
        assertTrue(seen.stream().anyMatch(text -> text.startsWith(ABOUT_TEXT_START)), seen.toString());
        assertTrue(seen.stream().noneMatch(text -> text.contains("%aboutText") || text.contains("%productName")), seen.toString());
    }
}
