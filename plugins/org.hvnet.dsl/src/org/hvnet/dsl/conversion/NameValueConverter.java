// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.conversion;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

import com.google.inject.Inject;

/**
 * The {@code Name} rule: an identifier as written, or a quoted string for Windows names with spaces.
 * Printing quotes a name only when it is not a plain identifier or when it is a keyword of the language.
 */
public class NameValueConverter implements IValueConverter<String> {

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");

    private final STRINGValueConverter strings;
    private final Set<String> keywords;

    /** Built by Guice with the language's grammar (for its keywords) and string converter. */
    @Inject
    public NameValueConverter(IGrammarAccess grammarAccess, STRINGValueConverter strings) {
        this.strings = strings;
        this.keywords = GrammarUtil.getAllKeywords(grammarAccess.getGrammar());
    }

    @Override
    public String toValue(String string, INode node) throws ValueConverterException {
        if (string == null) {
            return null;
        }
        if (string.startsWith("\"")) {
            return strings.toValue(string, node);
        }
        return string.startsWith("^") ? string.substring(1) : string;
    }

    @Override
    public String toString(String value) throws ValueConverterException {
        if (value == null) {
            throw new ValueConverterException("a name is missing", null, null);
        }
        if (PLAIN_ID.matcher(value).matches() && !keywords.contains(value)) {
            return value;
        }
        return '"' + Strings.convertToJavaString(value, false) + '"';
    }
}
