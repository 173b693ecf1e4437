package org.hvnet.dsl.ide;

import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.hvnet.dsl.ide.quickfix.InstallSettingsQuickFix;

/** Guice bindings of the .hvnet IDE services (language server). */
public class HvnetIdeModule extends AbstractHvnetIdeModule {

    /** Code actions: the quick fix of rule V-4. */
    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return InstallSettingsQuickFix.class;
    }
}
