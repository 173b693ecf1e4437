// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hvnet.interop.inventory.WindowsEnum;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.MacAddress;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * One object a cmdlet wrote (a row), read the way PowerShell reads it: property names ignore case, a number may
 * come as text, an array of one may come as the bare value. Each typed getter warns, naming the property's JSON
 * path, when the value is there but unusable, and then answers null (or the empty list).
 */
final class JsonRow {

    /** What ConvertTo-Json writes for an object or list below its -Depth: the type's name. */
    private static final Pattern CUT_VALUE = Pattern.compile("(System|Microsoft)\\.[\\w.`\\[\\], ]+");

    private final JsonObject object;
    private final JsonPlace place;
    private final String source;
    private final ProblemLog log;
    private String item;

    JsonRow(JsonObject object, JsonPlace place, String source, ProblemLog log) {
        this.object = object;
        this.place = place;
        this.source = source;
        this.log = log;
    }

    /** Where the row stands. */
    public JsonPlace place() {
        return place;
    }

    /** Names the switch, NIC, VM… this row describes, for the warnings that follow. */
    public JsonRow describing(String newItem) {
        this.item = newItem;
        return this;
    }

    /** The row's {@code Name}, naming it in later warnings; null (warned: the row is skipped) when it has none. */
    String name(String what) {
        String name = nonBlank("Name");
        if (name == null) {
            warn(null, what + " without a Name is skipped");
            return null;
        }
        describing(name);
        return name;
    }

    /** The value of property {@code name}, any case; null when absent or JSON null. */
    JsonElement get(String name) {
        if (name == null) {
            return null;
        }
        JsonElement value = object.get(name);
        if (value == null) {
            for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    value = entry.getValue();
                    break;
                }
            }
        }
        return value == null || value.isJsonNull() ? null : value;
    }

    /** The first of {@code names} the row has a value for, or null. */
    String firstPresent(String... names) {
        for (String name : names) {
            if (get(name) != null) {
                return name;
            }
        }
        return null;
    }

    /** A warning about property {@code name} of this row. */
    void warn(String name, String message) {
        log.warning(name == null ? place : place.key(name), source, item, message);
    }

    /** The property as text (a number or boolean as written); null when absent or not text. */
    String text(String name) {
        JsonElement value = get(name);
        if (value == null) {
            return null;
        }
        if (value.isJsonPrimitive()) {
            return value.getAsString();
        }
        warn(name, name + " should be text; found " + kind(value) + ", read as missing");
        return null;
    }

    /** The property as text, or null when absent, not text, or blank. */
    String nonBlank(String name) {
        String text = text(name);
        return text == null || text.isBlank() ? null : text;
    }

    /** The property as a whole number in [min, max]; a numeric text counts. */
    Integer integer(String name, long min, long max) {
        JsonElement value = get(name);
        if (value == null) {
            return null;
        }
        Long number = wholeNumber(value);
        if (number == null || number < min || number > max) {
            warn(name, name + " should be a whole number from " + min + " to " + max + "; found " + shown(value)
                    + ", read as missing");
            return null;
        }
        return number.intValue();
    }

    /** The property as a boolean ({@code true}/{@code false}, as text too, or 1/0); {@code otherwise} when absent. */
    boolean bool(String name, boolean otherwise) {
        JsonElement value = get(name);
        if (value == null) {
            return otherwise;
        }
        if (value.isJsonPrimitive()) {
            String text = value.getAsString().strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("1")) {
                return true;
            }
            if (text.equals("false") || text.equals("0")) {
                return false;
            }
        }
        warn(name, name + " should be true or false; found " + shown(value) + ", read as " + otherwise);
        return otherwise;
    }

    /** The property as a list of texts: an array, a bare text (an array of one), or nothing. */
    List<String> texts(String name) {
        JsonElement value = get(name);
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (value.isJsonPrimitive()) {
            texts.add(value.getAsString());
            return texts;
        }
        JsonArray array = asArray(value);
        if (array == null) {
            warn(name, name + (isCut(value) ? " was cut by ConvertTo-Json's -Depth" : " should be a list of texts")
                    + "; found " + shown(value) + ", read as empty");
            return texts;
        }
        for (JsonElement element : array) {
            if (element.isJsonPrimitive()) {
                texts.add(element.getAsString());
            } else if (!element.isJsonNull()) {
                warn(name, name + " should hold texts; an element that is " + kind(element) + " is skipped");
            }
        }
        return texts;
    }

    /** The property as a Windows enumeration, by number or name; an unknown value is warned about and null. */
    <E extends Enum<E> & WindowsEnum> E enumValue(String name, Class<E> type) {
        return enumValue(name, type, "read as unknown");
    }

    /**
     * The property as a Windows enumeration; an unknown value is warned about, saying {@code consequence} (what the
     * reader does with the row then), and null.
     */
    <E extends Enum<E> & WindowsEnum> E enumValue(String name, Class<E> type, String consequence) {
        JsonElement value = get(name);
        if (value == null) {
            return null;
        }
        Optional<E> known = WindowsEnums.decode(type, value);
        if (known.isEmpty()) {
            warn(name, name + " " + shown(value) + " is not a value Windows writes here ("
                    + WindowsEnums.describe(type) + "); " + consequence);
        }
        return known.orElse(null);
    }

    /** The property as a MAC in any Windows form; null when absent or all zeros (not assigned yet). */
    MacAddress mac(String name) {
        String text = text(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        String bare = text.strip();
        String dashed = bare.length() == 12 ? bare.replaceAll("(..)(?!$)", "$1-") : bare;
        try {
            MacAddress mac = MacAddress.valueOf(dashed);
            return mac.bits() == 0 ? null : mac;
        } catch (IllegalArgumentException e) {
            warn(name, name + " \"" + bare + "\" is not a MAC address (like 00155D0A1500, 00-15-5D-0A-15-00 or"
                    + " 00:15:5D:0A:15:00); read as missing");
            return null;
        }
    }

    /** The property as an IPv4 address; null when absent or not IPv4 (warned). */
    Ipv4Address ipv4(String name) {
        String text = text(name);
        return text == null || text.isBlank() ? null : ipv4(name, text);
    }

    /** {@code text} (a value of property {@code name}) as an IPv4 address, or null with a warning. */
    Ipv4Address ipv4(String name, String text) {
        try {
            return Ipv4Address.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            warn(name, name + " \"" + text + "\" is not an IPv4 address; read as missing");
            return null;
        }
    }

    /** The property as an IPv4 prefix such as {@code 192.168.0.0/24}; null when absent or invalid (warned). */
    Ipv4Cidr cidr(String name) {
        String text = text(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Ipv4Cidr.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            warn(name, name + " \"" + text + "\" is not an IPv4 prefix (a.b.c.d/n); read as missing");
            return null;
        }
    }

    /** The nested object of property {@code name}, or empty (warned when it is there but unusable). */
    Optional<JsonRow> object(String name) {
        JsonElement value = get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isJsonObject()) {
            return Optional.of(new JsonRow(value.getAsJsonObject(), place.key(name), source, log).describing(item));
        }
        warn(name, name + (isCut(value) ? " was cut by ConvertTo-Json's -Depth" : " should be an object")
                + "; found " + shown(value) + ", read as missing");
        return Optional.empty();
    }

    /** The nested rows of property {@code name} (an array of objects, or one bare object); null when absent. */
    List<JsonRow> rows(String name) {
        JsonElement value = get(name);
        if (value == null) {
            return null;
        }
        JsonArray array = asArray(value);
        JsonElement cut = isCut(value) ? value : array == null ? null
                : array.asList().stream().filter(JsonRow::isCut).findFirst().orElse(null);
        if (cut != null) {
            warn(name, name + " was cut by ConvertTo-Json's -Depth (found " + shown(cut) + "); read as missing");
            return null;
        }
        return RowList.of(value, place.key(name), source, log);
    }

    /** True when {@code value} is what ConvertTo-Json writes for an object below its -Depth. */
    static boolean isCut(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                && CUT_VALUE.matcher(value.getAsString()).matches();
    }

    /** The array {@code value} is: an array, or Windows PowerShell 5.1's {@code {"value":[…],"Count":n}}. */
    static JsonArray asArray(JsonElement value) {
        if (value.isJsonArray()) {
            return value.getAsJsonArray();
        }
        if (value.isJsonObject() && value.getAsJsonObject().size() == 2) {
            JsonRow wrapper = new JsonRow(value.getAsJsonObject(), null, null, null);
            JsonElement inner = wrapper.get("value");
            if (inner != null && inner.isJsonArray() && wrapper.get("Count") != null) {
                return inner.getAsJsonArray();
            }
        }
        return null;
    }

    /** A JSON number or numeric text as a long; null when it is neither, has a fraction, or is out of range. */
    static Long wholeNumber(JsonElement value) {
        if (!value.isJsonPrimitive() || value.getAsJsonPrimitive().isBoolean()) {
            return null;
        }
        String text = value.getAsString().strip();
        if (text.isEmpty() || text.length() > 40) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            if (number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                return null;
            }
            return number.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** The value as a message shows it: a short JSON text, or its kind. */
    static String shown(JsonElement value) {
        if (value.isJsonPrimitive()) {
            JsonPrimitive primitive = value.getAsJsonPrimitive();
            String text = primitive.getAsString();
            text = text.length() > 60 ? text.substring(0, 60) + "…" : text;
            return primitive.isString() ? "\"" + text + "\"" : text;
        }
        return kind(value);
    }

    private static String kind(JsonElement value) {
        if (value.isJsonNull()) {
            return "null";
        }
        return value.isJsonArray() ? "an array" : value.isJsonObject() ? "an object"
                : value.getAsJsonPrimitive().isString() ? "text" : "a number or boolean";
    }
}
