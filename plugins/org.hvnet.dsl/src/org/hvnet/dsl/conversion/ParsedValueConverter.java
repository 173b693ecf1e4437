// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.conversion;

import java.util.function.Function;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts a token to one of the model's value types (IPv4 address, CIDR, MAC) with its {@code valueOf}
 * parser; a parser's rejection becomes a syntax error at the token, with the parser's message.
 */
public class ParsedValueConverter<T> implements IValueConverter<T> {

    private final Function<String, T> parser;

    /** A converter that parses tokens with {@code parser} and prints values with {@code toString()}. */
    public ParsedValueConverter(Function<String, T> parser) {
        this.parser = parser;
    }

    @Override
    public T toValue(String string, INode node) throws ValueConverterException {
        if (string == null || string.isEmpty()) {
            throw new ValueConverterException("a value is missing here", node, null);
        }
        try {
            return parser.apply(string);
        } catch (IllegalArgumentException e) {
            throw new ValueConverterException(e.getMessage(), node, e);
        }
    }

    @Override
    public String toString(T value) throws ValueConverterException {
        if (value == null) {
            throw new ValueConverterException("a value is missing", null, null);
        }
        return value.toString();
    }
}
