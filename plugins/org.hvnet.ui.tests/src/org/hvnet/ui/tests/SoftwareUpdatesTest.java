// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

/** Help → Check for Updates and Install New Software… (Eclipse's p2 user interface in the product). */
class SoftwareUpdatesTest {

    private static final String CHECK_FOR_UPDATES = "org.eclipse.equinox.p2.ui.sdk.update";
    private static final String INSTALL_NEW_SOFTWARE = "org.eclipse.equinox.p2.ui.sdk.install";

    @Test
    void theHelpMenuOffersCheckForUpdatesAndInstallNewSoftwareBeforeAbout() {
        List<String> items = helpMenuItems();
        int updates = items.indexOf("Check for Updates");
        int install = items.indexOf("Install New Software...");
        int about = items.indexOf("About HVNet Workbench");
        assertTrue(updates >= 0 && install >= 0, "both entries in the Help menu: " + items);
        assertTrue(updates < install && install < about, "Check for Updates, Install New Software..., then About: " + items);
    }

    @Test
    void bothCommandsHaveAnEnabledHandler() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String id : List.of(CHECK_FOR_UPDATES, INSTALL_NEW_SOFTWARE)) {
            Command command = commands.getCommand(id);
            assertTrue(command.isDefined(), id + " is defined");
            assertTrue(command.isHandled() && command.isEnabled(), id + " has an enabled handler");
        }
    }

    /** The Help menu's entries as the user reads them (mnemonics and accelerators dropped). */
    private static List<String> helpMenuItems() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Menu help = Arrays.stream(shell.getMenuBar().getItems()).filter(item -> item.getText().equals("&Help"))
                .findFirst().orElseThrow().getMenu();
        help.notifyListeners(SWT.Show, new Event()); // the menu manager fills the menu when it is shown
        List<String> items = Arrays.stream(help.getItems()).map(MenuItem::getText)
                .map(text -> text.split("\t")[0].replace("&", "")).toList();
        help.notifyListeners(SWT.Hide, new Event());
        return items;
    }
}
