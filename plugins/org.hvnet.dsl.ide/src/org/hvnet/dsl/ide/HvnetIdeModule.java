// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide;

import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.hvnet.dsl.ide.highlighting.HvnetSemanticHighlighter;
import org.hvnet.dsl.ide.outline.OutlineSymbolDetails;
import org.hvnet.dsl.ide.outline.OutlineSymbolKinds;
import org.hvnet.dsl.ide.outline.OutlineSymbolNames;
import org.hvnet.dsl.ide.quickfix.HvnetCodeActions;
import org.hvnet.dsl.ide.quickfix.HvnetQuickfixProvider;

/** Guice bindings of the .hvnet IDE services (language server). */
public class HvnetIdeModule extends AbstractHvnetIdeModule {

    /** Code actions: the declarative quick fixes. */
    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return HvnetCodeActions.class;
    }

    /** The quick fixes of the rule catalogue, one {@code @QuickFix} method per rule id. */
    public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
        return HvnetQuickfixProvider.class;
    }

    /** The element at an offset, also where a half-typed file has none. */
    public Class<? extends EObjectAtOffsetHelper> bindEObjectAtOffsetHelper() {
        return ElementsAtOffset.class;
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

    /** Document symbol details: subnet, platform, switch kind, VLAN and guards of a port, prefix of a NetNat, ... */
    public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
        return OutlineSymbolDetails.class;
    }
}
