// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.Optional;

import org.hvnet.interop.inventory.InventoryKey;

import com.google.gson.JsonElement;

/**
 * Reads the collector's own record in an inventory ({@code "hvnet-collector"}): the cmdlets it skipped on the host
 * and why, so that the warning for a missing key can say it ("Get-VMSwitch is not available on this host").
 */
final class CollectorNotes {

    private CollectorNotes() {
    }

    /** Records the skipped keys of {@code value} (standing at {@code place}) in {@code document}. */
    static void read(JsonElement value, JsonPlace place, InventoryDocument document, ProblemLog log) {
        if (!value.isJsonObject()) {
            log.warning(place, null, null, "the collector's record should be an object; ignored");
            return;
        }
        JsonRow notes = new JsonRow(value.getAsJsonObject(), place, InventoryKey.COLLECTOR_KEY, log);
        for (JsonRow skip : Optional.ofNullable(notes.rows("skipped")).orElse(java.util.List.of())) {
            String key = skip.text("key");
            Optional<InventoryKey> known = key == null ? Optional.empty() : InventoryKey.of(key);
            if (known.isPresent()) {
                String reason = skip.nonBlank("reason");
                document.skipped(known.get(), reason == null ? "no reason given" : reason.strip());
            } else {
                skip.warn("key", "the collector skipped \"" + key + "\", which is not a key HVNet reads; ignored");
            }
        }
    }
}
