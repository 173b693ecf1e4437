// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.inventory;

import java.util.Collection;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** Building JSON rows as ConvertTo-Json writes them: properties in order, absent values as null. */
final class Rows {

    private Rows() {
    }

    /** An object of alternating property names and values (String, Number, Boolean, JsonElement or null). */
    static JsonObject row(Object... namesAndValues) {
        JsonObject row = new JsonObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            if (value == null) {
                row.add(name, JsonNull.INSTANCE);
            } else if (value instanceof String text) {
                row.addProperty(name, text);
            } else if (value instanceof Number number) {
                row.addProperty(name, number);
            } else if (value instanceof Boolean flag) {
                row.addProperty(name, flag);
            } else {
                row.add(name, (com.google.gson.JsonElement) value);
            }
        }
        return row;
    }

    /** An array of texts. */
    static JsonArray texts(Collection<?> values) {
        JsonArray array = new JsonArray();
        values.forEach(value -> array.add(String.valueOf(value)));
        return array;
    }

    /** A MAC as Hyper-V writes it: twelve hex digits. */
    static String hyperVMac(org.hvnet.model.values.MacAddress mac) {
        return mac == null ? "000000000000" : mac.toString().replace("-", "");
    }
}
