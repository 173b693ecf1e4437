// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * Bytes of one file to a JSON tree, or one error that says why not: the encoding, a foreign format (CLIXML, CSV,
 * table text…), or a JSON syntax error with its line and column.
 */
final class JsonDecoding {

    private JsonDecoding() {
    }

    /**
     * The tree of {@code bytes}, read from {@code file}; empty after logging an error. With {@code blankIsNoRows}
     * (a file of a directory inventory) a blank file is an empty array: ConvertTo-Json writes nothing when the cmdlet
     * wrote nothing.
     */
    static Optional<JsonElement> parse(String file, byte[] bytes, String source, boolean blankIsNoRows,
            ProblemLog log) {
        InventoryText text;
        try {
            text = InventoryText.decode(bytes);
        } catch (InventoryText.Undecodable e) {
            log.error(file, null, e.getMessage());
            return Optional.empty();
        }
        if (text.text().isBlank() && blankIsNoRows) {
            return Optional.of(new JsonArray());
        }
        if (text.text().isBlank()) {
            log.error(file, null, "the file is empty: an inventory is a JSON object (run the collector again?)");
            return Optional.empty();
        }
        try {
            JsonElement tree = StrictJsonParser.parse(text.text(), JsonPlace.root(file), source, log);
            if (text.notUtf8()) {
                log.warning(file, null, source, null, "the file is not UTF-8; read as Windows-1252 (what Windows"
                        + " PowerShell 5.1's Set-Content writes): check names with accents");
            }
            return Optional.of(tree);
        } catch (StrictJsonParser.SyntaxError e) {
            Optional<String> foreign = ForeignFormat.describe(text.text());
            if (foreign.isPresent()) {
                log.error(file, null, foreign.get());
            } else {
                log.error(file, e.line > 0 ? e.line + ":" + e.column : null, e.getMessage());
            }
            return Optional.empty();
        }
    }
}
