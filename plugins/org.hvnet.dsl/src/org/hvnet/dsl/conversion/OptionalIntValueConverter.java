// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** The {@code OptionalInt} rule: a number stored in a nullable attribute (VLAN ids); too large a number is an error here. */
public class OptionalIntValueConverter implements IValueConverter<Integer> {

    @Override
    public Integer toValue(String string, INode node) throws ValueConverterException {
        if (string == null || string.isEmpty()) {
            throw new ValueConverterException("a number is missing here", node, null);
        }
        try {
            return Integer.valueOf(string);
        } catch (NumberFormatException e) {
            throw new ValueConverterException("'" + string + "' is too large a number", node, null);
        }
    }

    @Override
    public String toString(Integer value) throws ValueConverterException {
        if (value == null) {
            throw new ValueConverterException("a number is missing", null, null);
        }
        if (value < 0) {
            throw new ValueConverterException("a negative number cannot be written: " + value, null, null);
        }
        return value.toString();
    }
}
