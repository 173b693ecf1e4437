// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** The {@code no-management-os} flag: writing it sets {@code allowManagementOS} to false (rule S-8). */
public class NoManagementOsValueConverter implements IValueConverter<Boolean> {

    /** The keyword that stands for {@code allowManagementOS = false}. */
    public static final String KEYWORD = "no-management-os";

    @Override
    public Boolean toValue(String string, INode node) throws ValueConverterException {
        return Boolean.FALSE;
    }

    @Override
    public String toString(Boolean value) throws ValueConverterException {
        if (Boolean.TRUE.equals(value)) {
            throw new ValueConverterException("allowManagementOS=true is the default and is not written", null, null);
        }
        return KEYWORD;
    }
}
