// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The rows of one cmdlet's output, in every shape ConvertTo-Json gives them: an array of objects, a bare object
 * (one row piped in Windows PowerShell 5.1), Windows PowerShell's {@code {"value":[…],"Count":n}}, or nothing.
 */
final class RowList {

    private RowList() {
    }

    /** The rows of {@code value}, standing at {@code place}, written by cmdlet {@code source}. */
    static List<JsonRow> of(JsonElement value, JsonPlace place, String source, ProblemLog log) {
        List<JsonRow> rows = new ArrayList<>();
        if (value == null || value.isJsonNull()) {
            return rows;
        }
        JsonArray array = JsonRow.asArray(value);
        if (array == null && value.isJsonObject()) {
            rows.add(new JsonRow(value.getAsJsonObject(), place, source, log));
            return rows;
        }
        if (array == null) {
            log.warning(place, source, null, "the output of " + source + " should be an array of objects; found "
                    + JsonRow.shown(value) + ", read as none");
            return rows;
        }
        JsonPlace arrayPlace = array == value ? place : place.key("value");
        for (int i = 0; i < array.size(); i++) {
            JsonElement element = array.get(i);
            if (element.isJsonObject()) {
                rows.add(new JsonRow(element.getAsJsonObject(), arrayPlace.index(i), source, log));
            } else {
                log.warning(arrayPlace.index(i), source, null, "a row of " + source + " should be an object; found "
                        + JsonRow.shown(element) + ", skipped");
            }
        }
        return rows;
    }
}
