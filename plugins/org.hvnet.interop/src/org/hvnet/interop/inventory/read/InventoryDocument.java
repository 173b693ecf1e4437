// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hvnet.interop.inventory.InventoryKey;

import com.google.gson.JsonElement;

/**
 * An inventory's JSON before it is typed: the value of each key with the place it stands (a key of one object, or
 * a file of a directory), and the cmdlets the collector recorded as skipped on the host, with its reason.
 */
final class InventoryDocument {

    /** The value of one key and where it stands. */
    record Section(JsonElement value, JsonPlace place) {
    }

    private final String source;
    private final String file;
    private final Map<InventoryKey, Section> sections = new EnumMap<>(InventoryKey.class);
    private final Map<InventoryKey, String> skipped = new EnumMap<>(InventoryKey.class);

    InventoryDocument(String source, String file) {
        this.source = source;
        this.file = file;
    }

    /** The inventory's name: its file or directory name. */
    String source() {
        return source;
    }

    /** The file or directory, as the user named it. */
    String file() {
        return file;
    }

    /** Records the value of {@code key}; false when the key was there already. */
    boolean put(InventoryKey key, Section section) {
        return sections.putIfAbsent(key, section) == null;
    }

    /** Records that the collector skipped {@code key} on the host, and why. */
    void skipped(InventoryKey key, String reason) {
        skipped.put(key, reason);
    }

    /** True when the collector recorded every key as skipped. */
    boolean skippedAll() {
        return skipped.size() == InventoryKey.values().length;
    }

    /** The collector's first reason for skipping a key, as a message says it. */
    String firstSkipReason() {
        return skipped.entrySet().stream().findFirst().map(e -> e.getKey().cmdlet() + ": " + e.getValue()).orElse("");
    }

    /** True when the inventory has a value for {@code key}. */
    boolean has(InventoryKey key) {
        return sections.containsKey(key);
    }

    /** The keys with a value. */
    Set<InventoryKey> keys() {
        return sections.keySet();
    }

    /** Why the collector skipped {@code key}, if it did. */
    Optional<String> skipReason(InventoryKey key) {
        return Optional.ofNullable(skipped.get(key));
    }

    /** The rows of {@code key} (empty when the key is missing). */
    List<JsonRow> rows(InventoryKey key, ProblemLog log) {
        Section section = sections.get(key);
        return section == null ? List.of() : RowList.of(section.value(), section.place(), key.cmdlet(), log);
    }
}
