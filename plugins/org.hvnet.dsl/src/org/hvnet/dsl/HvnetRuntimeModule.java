package org.hvnet.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.hvnet.dsl.conversion.HvnetValueConverters;
import org.hvnet.dsl.linking.HvnetLinkingDiagnosticMessageProvider;
import org.hvnet.dsl.naming.HvnetQualifiedNameProvider;
import org.hvnet.dsl.parser.HvnetSyntaxErrorMessageProvider;

/** Guice bindings of the .hvnet language runtime (customizations of the generated module). */
public class HvnetRuntimeModule extends AbstractHvnetRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return HvnetValueConverters.class;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return HvnetQualifiedNameProvider.class;
    }

    /** Unresolved names reported in the domain's words, naming where they were looked for. */
    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return HvnetLinkingDiagnosticMessageProvider.class;
    }

    /** Syntax errors in the language's words instead of ANTLR's token names. */
    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return HvnetSyntaxErrorMessageProvider.class;
    }
}
