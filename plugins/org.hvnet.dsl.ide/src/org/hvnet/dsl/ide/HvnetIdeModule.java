package org.hvnet.dsl.ide;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.hvnet.dsl.ide.highlighting.HvnetSemanticHighlighter;
import org.hvnet.dsl.ide.outline.OutlineSymbolDetails;
import org.hvnet.dsl.ide.outline.OutlineSymbolKinds;
import org.hvnet.dsl.ide.outline.OutlineSymbolNames;
import org.hvnet.dsl.ide.quickfix.InstallSettingsQuickFix;

/** Guice bindings of the .hvnet IDE services (language server). */
public class HvnetIdeModule extends AbstractHvnetIdeModule {

    /** Code actions: the quick fix of rule V-4. */
    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return InstallSettingsQuickFix.class;
    }

    /** Semantic tokens: the workbench editor's colouring of names, keywords, values and comments. */
    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return HvnetSemanticHighlighter.class;
    }

    /** Document symbols for the unnamed statements of today's Hyper-V (ACLs, static mappings, MAC pools). */
    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
        return OutlineSymbolNames.class;
    }

    /** Document and workspace symbol kinds: module, namespace, class, struct, object, interface, ... by element. */
    public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
        return OutlineSymbolKinds.class;
    }

    /** Document symbol details: VLAN and guards of a port, prefix of a NetNat, teaming of a switch. */
    public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
        return OutlineSymbolDetails.class;
    }
}
