// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Parses JSON as RFC 8259 writes it (Gson's reader in strict mode), without recursion, into Gson's tree. Keys that
 * repeat in one object, also in another case (PowerShell names ignore case), are warned about and the first is
 * kept; a document nested deeper than {@value #DEEPEST} levels, or followed by more text, is refused.
 */
final class StrictJsonParser {

    /** Deeper than any inventory (the collector writes 5 levels); guards against hostile input. */
    static final int DEEPEST = 200;

    private static final Pattern POSITION = Pattern.compile(" at line (\\d+) column (\\d+)");

    /** A syntax error at a line and column (from 1). */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        SyntaxError(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    /** An open object or array and where it stands. */
    private static final class Frame {
        final JsonElement container;
        final JsonPlace place;
        final Map<String, String> keys = new HashMap<>();
        String name;
        boolean repeated;

        Frame(JsonElement container, JsonPlace place) {
            this.container = container;
            this.place = place;
        }

        JsonPlace next() {
            return container.isJsonArray() ? place.index(container.getAsJsonArray().size()) : place.key(name);
        }
    }

    private final Deque<Frame> open = new ArrayDeque<>();
    private final JsonPlace root;
    private final String source;
    private final ProblemLog log;
    private JsonElement result;

    private StrictJsonParser(JsonPlace root, String source, ProblemLog log) {
        this.root = root;
        this.source = source;
        this.log = log;
    }

    /** The tree of {@code text}; repeated keys are logged as warnings from cmdlet {@code source} (may be null). */
    static JsonElement parse(String text, JsonPlace root, String source, ProblemLog log) throws SyntaxError {
        return new StrictJsonParser(root, source, log).run(text);
    }

    private JsonElement run(String text) throws SyntaxError {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setLenient(false);
        try {
            do {
                step(reader);
            } while (!open.isEmpty());
            if (!endsHere(reader)) {
                throw syntaxError(reader, "more text follows the end of the JSON value (two documents in one file?"
                        + " An inventory is one JSON object)");
            }
            return result;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw translate(e);
        }
    }

    /** True when nothing but white space follows the value read. */
    private static boolean endsHere(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    private void step(JsonReader reader) throws IOException, SyntaxError {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                push(new JsonObject(), reader);
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                push(new JsonArray(), reader);
            }
            case END_OBJECT -> {
                reader.endObject();
                add(open.pop().container);
            }
            case END_ARRAY -> {
                reader.endArray();
                add(open.pop().container);
            }
            case NAME -> name(reader.nextName());
            case STRING -> add(new JsonPrimitive(reader.nextString()));
            case NUMBER -> add(new JsonPrimitive(new NumberText(reader.nextString())));
            case BOOLEAN -> add(new JsonPrimitive(reader.nextBoolean()));
            case NULL -> {
                reader.nextNull();
                add(JsonNull.INSTANCE);
            }
            case END_DOCUMENT -> throw syntaxError(reader, "the JSON ends early (is the file truncated?)");
        }
    }

    private void push(JsonElement container, JsonReader reader) throws SyntaxError {
        if (open.size() >= DEEPEST) {
            throw syntaxError(reader, "values are nested more than " + DEEPEST + " levels deep: not an inventory");
        }
        open.push(new Frame(container, open.isEmpty() ? root : open.peek().next()));
    }

    private void name(String name) {
        Frame frame = open.peek();
        String first = frame.keys.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        frame.name = name;
        frame.repeated = first != null;
        if (first != null) {
            log.warning(frame.place.key(name), source, null, "the key \"" + name + "\" appears twice in one object"
                    + (first.equals(name) ? "" : " (also as \"" + first + "\": PowerShell names ignore case)")
                    + "; the first is read");
        }
    }

    private void add(JsonElement value) {
        Frame parent = open.peek();
        if (parent == null) {
            result = value;
        } else if (parent.container.isJsonArray()) {
            parent.container.getAsJsonArray().add(value);
        } else if (!parent.repeated) {
            parent.container.getAsJsonObject().add(parent.name, value);
        }
    }

    private SyntaxError syntaxError(JsonReader reader, String message) {
        Matcher at = POSITION.matcher(reader.toString());
        return at.find() ? new SyntaxError(Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)), message)
                : new SyntaxError(0, 0, message);
    }

    /** Gson's message, cut before its own position and path, said the way a user understands. */
    private SyntaxError translate(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher at = POSITION.matcher(message);
        int line = 0;
        int column = 0;
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
            message = message.substring(0, at.start());
        }
        String inside = open.isEmpty() ? "" : " inside " + open.peek().place.path();
        if (message.startsWith("End of input") || message.startsWith("Unterminated")) {
            message = "the JSON ends early" + inside + " (is the file truncated?)";
        } else if (message.contains("setLenient") || message.contains("malformed")) {
            message = "this is not valid JSON" + inside;
        } else {
            message = "this is not valid JSON" + inside + ": " + message;
        }
        return new SyntaxError(line, column, message);
    }
}
