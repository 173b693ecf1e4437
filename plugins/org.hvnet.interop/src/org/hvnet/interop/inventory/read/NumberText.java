// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.math.BigDecimal;

/**
 * A JSON number kept as its text, parsed only when asked: a damaged file's 10,000-digit number costs nothing
 * until (and unless) it is read as a bounded integer.
 */
final class NumberText extends Number {

    private static final long serialVersionUID = 1L;

    private final String text;

    NumberText(String text) {
        this.text = text;
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    @Override
    public long longValue() {
        return (long) doubleValue();
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    @Override
    public double doubleValue() {
        return text.length() > 400 ? Double.NaN : new BigDecimal(text).doubleValue();
    }

    @Override
    public String toString() {
        return text;
    }
}
