// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.cli;

import org.hvnet.interop.hostimport.ImportResult;
import org.hvnet.interop.hostimport.ImportedHost;
import org.hvnet.interop.inventory.InventoryProblem;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The results of {@code import --json}, after the version and diagnostics every document starts with:
 * {@code {"topology":…,"warnings":[{"source","item","message",…}],"hosts":[…]}}, each warning with its file and place
 * as well, each host with its platform and switches.
 */
final class ImportJson {

    private ImportJson() {
    }

    static JsonObject results(ImportResult result) {
        JsonObject document = new JsonObject();
        document.addProperty("topology", result.topology().getName());
        JsonArray warnings = new JsonArray();
        for (InventoryProblem warning : result.warnings()) {
            JsonObject item = new JsonObject();
            item.addProperty("source", warning.source());
            item.addProperty("item", warning.item());
            item.addProperty("message", warning.message());
            item.addProperty("file", warning.file());
            item.addProperty("location", warning.location());
            warnings.add(item);
        }
        document.add("warnings", warnings);
        JsonArray hosts = new JsonArray();
        for (ImportedHost host : result.hosts()) {
            JsonObject item = new JsonObject();
            item.addProperty("name", host.name());
            item.addProperty("platform", host.platform());
            JsonArray switches = new JsonArray();
            for (ImportedHost.ImportedSwitch vswitch : host.switches()) {
                JsonObject entry = new JsonObject();
                entry.addProperty("name", vswitch.name());
                entry.addProperty("kind", vswitch.kind());
                JsonArray nics = new JsonArray();
                vswitch.nics().forEach(nics::add);
                entry.add("nics", nics);
                entry.addProperty("netnat", vswitch.netnat());
                switches.add(entry);
            }
            item.add("switches", switches);
            hosts.add(item);
        }
        document.add("hosts", hosts);
        return document;
    }
}
