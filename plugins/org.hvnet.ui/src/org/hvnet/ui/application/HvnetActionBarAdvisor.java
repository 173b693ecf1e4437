// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.ide.IDEActionFactory;

/** Menus and tool bar as Eclipse users expect them: File, Edit, Navigate, Window, Help. */
final class HvnetActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction newWizard;
    private IWorkbenchAction save;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction close;
    private IWorkbenchAction closeAll;
    private IWorkbenchAction refresh;
    private IWorkbenchAction importWizard;
    private IWorkbenchAction exportWizard;
    private IWorkbenchAction properties;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction delete;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction find;
    private IWorkbenchAction back;
    private IWorkbenchAction forward;
    private IWorkbenchAction next;
    private IWorkbenchAction previous;
    private IWorkbenchAction preferences;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction about;
    private IWorkbenchAction newWindow;

    HvnetActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        newWizard = register(ActionFactory.NEW_WIZARD_DROP_DOWN.create(window));
        save = register(ActionFactory.SAVE.create(window));
        saveAll = register(ActionFactory.SAVE_ALL.create(window));
        close = register(ActionFactory.CLOSE.create(window));
        closeAll = register(ActionFactory.CLOSE_ALL.create(window));
        refresh = register(ActionFactory.REFRESH.create(window));
        importWizard = register(ActionFactory.IMPORT.create(window));
        exportWizard = register(ActionFactory.EXPORT.create(window));
        properties = register(ActionFactory.PROPERTIES.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        cut = register(ActionFactory.CUT.create(window));
        copy = register(ActionFactory.COPY.create(window));
        paste = register(ActionFactory.PASTE.create(window));
        delete = register(ActionFactory.DELETE.create(window));
        selectAll = register(ActionFactory.SELECT_ALL.create(window));
        find = register(ActionFactory.FIND.create(window));
        back = register(ActionFactory.BACKWARD_HISTORY.create(window));
        forward = register(ActionFactory.FORWARD_HISTORY.create(window));
        next = register(ActionFactory.NEXT.create(window));
        previous = register(ActionFactory.PREVIOUS.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        newWindow = register(ActionFactory.OPEN_NEW_WINDOW.create(window));
        about = register(ActionFactory.ABOUT.create(window));
        register(IDEActionFactory.OPEN_PROJECT.create(window));
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
        newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(close);
        file.add(closeAll);
        file.add(new Separator());
        file.add(save);
        file.add(saveAll);
        file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        file.add(new Separator());
        file.add(refresh);
        file.add(new Separator());
        file.add(importWizard);
        file.add(exportWizard);
        file.add(new Separator());
        file.add(properties);
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(ContributionItemFactory.REOPEN_EDITORS.create(window));
        file.add(new GroupMarker(IWorkbenchActionConstants.MRU));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(undo);
        edit.add(redo);
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        edit.add(new Separator());
        edit.add(delete);
        edit.add(selectAll);
        edit.add(new Separator());
        edit.add(find);
        edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

        MenuManager navigate = new MenuManager("&Navigate", IWorkbenchActionConstants.M_NAVIGATE);
        navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_START));
        navigate.add(new Separator(IWorkbenchActionConstants.OPEN_EXT));
        navigate.add(new Separator(IWorkbenchActionConstants.SHOW_EXT));
        navigate.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        navigate.add(new Separator());
        navigate.add(next);
        navigate.add(previous);
        navigate.add(new Separator());
        navigate.add(back);
        navigate.add(forward);
        navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_END));

        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        windowMenu.add(newWindow);
        windowMenu.add(new Separator());
        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(resetPerspective);
        windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(new Separator());
        windowMenu.add(preferences);
        windowMenu.add(ContributionItemFactory.OPEN_WINDOWS.create(window));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        help.add(new Separator());
        help.add(about);

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(navigate);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        toolBar.add(newWizard);
        toolBar.add(save);
        toolBar.add(saveAll);
        toolBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        coolBar.add(new ToolBarContributionItem(toolBar, IWorkbenchActionConstants.TOOLBAR_FILE));
        coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        IToolBarManager navigation = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        navigation.add(back);
        navigation.add(forward);
        coolBar.add(new ToolBarContributionItem(navigation, IWorkbenchActionConstants.TOOLBAR_NAVIGATE));
    }

}
