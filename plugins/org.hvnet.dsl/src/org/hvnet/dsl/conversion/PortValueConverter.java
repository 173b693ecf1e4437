// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** The {@code Port} and {@code OptionalPort} rules: a TCP or UDP port number, 1 to 65535 (mappings of rules T-6, X-1). */
public class PortValueConverter implements IValueConverter<Integer> {

    /** The highest port number. */
    public static final int MAX_PORT = 65535;

    @Override
    public Integer toValue(String string, INode node) throws ValueConverterException {
        if (string == null || string.isEmpty()) {
            throw new ValueConverterException("a port number is missing here", node, null);
        }
        String digits = string.replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 5 || Integer.parseInt(digits) > MAX_PORT || Integer.parseInt(digits) == 0) {
            throw new ValueConverterException("port " + string + " is out of range: a port is a number from 1 to " + MAX_PORT, node, null);
        }
        return Integer.valueOf(digits);
    }

    @Override
    public String toString(Integer value) throws ValueConverterException {
        if (value == null) {
            throw new ValueConverterException("a port number is missing", null, null);
        }
        if (value < 1 || value > MAX_PORT) {
            throw new ValueConverterException("port " + value + " cannot be written: a port is a number from 1 to " + MAX_PORT, null, null);
        }
        return value.toString();
    }
}
