// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.conversion;

import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

/**
 * The {@code RuleId} rule: a SEMANTICS.md rule id such as {@code T-4} or {@code T-3a}, or any quoted reason. Printing
 * writes a rule id (one capital letter, a dash, a number and an optional letter) without quotes, anything else quoted.
 */
public class RuleIdValueConverter implements IValueConverter<String> {

    private static final Pattern RULE_ID = Pattern.compile("[A-Z]-[0-9]+[a-z]?");

    @Override
    public String toValue(String string, INode node) throws ValueConverterException {
        if (string != null && string.startsWith("\"") && string.endsWith("\"") && string.length() >= 2) {
            return Strings.convertFromJavaString(string.substring(1, string.length() - 1), false);
        }
        return string;
    }

    @Override
    public String toString(String value) throws ValueConverterException {
        if (value == null) {
            throw new ValueConverterException("a rule id is missing", null, null);
        }
        return RULE_ID.matcher(value).matches() ? value : '"' + Strings.convertToJavaString(value, false) + '"';
    }
}
