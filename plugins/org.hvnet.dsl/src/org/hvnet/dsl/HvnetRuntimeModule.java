package org.hvnet.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.hvnet.dsl.conversion.HvnetValueConverters;
import org.hvnet.dsl.formatting2.HvnetFormatterPreferences;
import org.hvnet.dsl.naming.HvnetQualifiedNameProvider;

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

    /** Formatter settings (four-space indentation) for every formatting client: CLI, LSP, workbench. */
    public void configureFormatterPreferences(com.google.inject.Binder binder) {
        binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class).to(HvnetFormatterPreferences.class);
    }
}
