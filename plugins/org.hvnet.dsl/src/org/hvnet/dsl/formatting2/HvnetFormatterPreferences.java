package org.hvnet.dsl.formatting2;

import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

/** The formatter settings of .hvnet files: four spaces per indentation level. */
public class HvnetFormatterPreferences implements IPreferenceValuesProvider {

    /** One indentation level. */
    public static final String INDENTATION = "    ";

    @Override
    public IPreferenceValues getPreferenceValues(Resource context) {
        return new MapBasedPreferenceValues(Map.of(FormatterPreferenceKeys.indentation.getId(), INDENTATION));
    }
}
