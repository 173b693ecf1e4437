// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.hvnet.interop.inventory.InventoryKey;

import com.google.gson.JsonElement;

/**
 * Reads an inventory's JSON in either shape: one object whose keys are cmdlets (what the collector writes), or a
 * directory of {@code <cmdlet>.json} files. Anything that makes it unreadable is one error; keys HVNet does not
 * read are warned about and ignored.
 */
final class DocumentReader {

    /** The largest inventory read, file or directory (a collected inventory is usually under 1 MB). */
    static final long LARGEST = 64L * 1024 * 1024;

    private DocumentReader() {
    }

    /** The document of one inventory file's bytes; empty after logging an error. */
    static Optional<InventoryDocument> ofBytes(String file, String source, byte[] bytes, ProblemLog log) {
        if (bytes.length > LARGEST) {
            log.error(file, null, tooLarge(bytes.length));
            return Optional.empty();
        }
        Optional<JsonElement> tree = JsonDecoding.parse(file, bytes, null, false, log);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        if (!tree.get().isJsonObject()) {
            log.error(file, null, "this is " + (tree.get().isJsonArray() ? "a JSON array" : "a single JSON value")
                    + ", not an inventory: an inventory is one object whose keys are cmdlets (as the collector writes"
                    + " it), or a directory of <cmdlet>.json files" + (InventoryKey.of(source).isPresent()
                            ? "; this file looks like one of those: pass the directory that holds it" : ""));
            return Optional.empty();
        }
        InventoryDocument document = new InventoryDocument(source, file);
        JsonPlace root = JsonPlace.root(file);
        List<String> ignored = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : tree.get().getAsJsonObject().entrySet()) {
            JsonPlace place = root.key(entry.getKey());
            Optional<InventoryKey> key = InventoryKey.of(entry.getKey());
            if (key.isPresent()) {
                document.put(key.get(), new InventoryDocument.Section(entry.getValue(), place));
            } else if (entry.getKey().equalsIgnoreCase(InventoryKey.COLLECTOR_KEY)) {
                CollectorNotes.read(entry.getValue(), place, document, log);
            } else {
                ignored.add(entry.getKey());
            }
        }
        if (document.keys().isEmpty()) {
            List<String> keys = tree.get().getAsJsonObject().keySet().stream().toList();
            log.error(file, null, document.skippedAll() ? "the collector collected nothing on the host: "
                    + document.firstSkipReason() : "this JSON is not an inventory: none of its keys is a cmdlet HVNet"
                    + " reads (" + (keys.isEmpty() ? "it is an empty object" : "it has " + shortList(keys))
                    + "); is it another tool's file? Run the collector on the host");
            return Optional.empty();
        }
        for (String key : ignored) {
            log.warning(root.key(key), null, null, "\"" + key + "\" is not a key HVNet reads; ignored");
        }
        return Optional.of(document);
    }

    /** The document of a directory of {@code <cmdlet>.json} files; empty after logging an error. */
    static Optional<InventoryDocument> ofDirectory(Path directory, ProblemLog log) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        if (total > LARGEST) {
            log.error(directory.toString(), null, tooLarge(total));
            return Optional.empty();
        }
        InventoryDocument document = new InventoryDocument(String.valueOf(directory.getFileName()),
                directory.toString());
        List<String> others = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Optional<InventoryKey> key = InventoryKey.of(name);
            boolean collector = name.equalsIgnoreCase(InventoryKey.COLLECTOR_KEY + ".json");
            if (key.isEmpty() && !collector) {
                if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                    others.add(name);
                }
                continue;
            }
            String source = key.map(InventoryKey::cmdlet).orElse(null);
            byte[] bytes = Files.readAllBytes(file);
            Optional<JsonElement> tree = JsonDecoding.parse(file.toString(), bytes, source, true, log);
            if (tree.isEmpty()) {
                return Optional.empty();
            }
            JsonPlace place = JsonPlace.root(file.toString());
            if (collector) {
                CollectorNotes.read(tree.get(), place, document, log);
            } else if (!document.put(key.get(), new InventoryDocument.Section(tree.get(), place))) {
                log.warning(file.toString(), null, source, null, "a second file for " + source + "; ignored");
            }
        }
        if (document.keys().isEmpty()) {
            log.error(directory.toString(), null, "this directory holds no <cmdlet>.json file of an inventory (such as"
                    + " Get-VMSwitch.json)" + (others.isEmpty() ? "" : "; it holds " + shortList(others)
                            + ": pass each inventory file by itself"));
            return Optional.empty();
        }
        for (String other : others) {
            log.warning(directory.resolve(other).toString(), null, null, null,
                    "\"" + other + "\" is not a file HVNet reads; ignored");
        }
        return Optional.of(document);
    }

    /** The message for an inventory of {@code bytes} bytes, more than {@link #LARGEST}. */
    static String tooLarge(long bytes) {
        return "the inventory is " + (bytes / (1024 * 1024)) + " MB; HVNet reads inventories of up to "
                + LARGEST / (1024 * 1024) + " MB (a collected inventory is usually under 1 MB): is this the right file?";
    }

    private static String shortList(List<String> names) {
        List<String> shown = names.stream().limit(5).map(n -> "\"" + (n.length() > 40 ? n.substring(0, 40) + "…" : n)
                + "\"").toList();
        return String.join(", ", shown) + (names.size() > 5 ? ", …" : "");
    }
}
