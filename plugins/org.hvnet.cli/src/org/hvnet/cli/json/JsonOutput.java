// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.json;

import java.io.PrintStream;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/** Prints the single JSON document of a {@code --json} run: pretty, stable field order, nulls kept. */
public final class JsonOutput {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

    private JsonOutput() {
    }

    /** The document as text. */
    public static String toText(JsonElement document) {
        return GSON.toJson(document);
    }

    /** Prints the document and a final newline. */
    public static void print(PrintStream out, JsonElement document) {
        out.println(toText(document));
        out.flush();
    }
}
