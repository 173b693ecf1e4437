// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.json;

import org.hvnet.analysis.install.BindingChange;
import org.hvnet.analysis.install.CreatedElement;
import org.hvnet.analysis.install.InstallReport;
import org.hvnet.analysis.install.LostSetting;
import org.hvnet.analysis.install.MovedSetting;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The {@code install --json} document of DSL.md: host, changed, created, unbound, lost (and moved, warnings, notes). */
public final class InstallJson {

    private InstallJson() {
    }

    /** The report of one host's install. */
    public static JsonObject document(InstallReport report) {
        JsonObject json = new JsonObject();
        json.addProperty("host", report.host());
        json.addProperty("product", report.product());
        json.addProperty("changed", report.changed());
        JsonArray created = new JsonArray();
        for (CreatedElement element : report.created()) {
            JsonObject item = new JsonObject();
            item.addProperty("kind", element.kind());
            item.addProperty("name", element.name());
            if (element instanceof CreatedElement.HostVnic vnic) {
                item.add("bindings", strings(vnic.bindings()));
                item.addProperty("ipv4", vnic.ipv4());
                item.addProperty("switch", vnic.switchName());
            } else if (element instanceof CreatedElement.Switch vswitch) {
                item.addProperty("type", vswitch.type());
                item.addProperty("nic", vswitch.nic());
            }
            created.add(item);
        }
        json.add("created", created);
        JsonArray unbound = new JsonArray();
        for (BindingChange change : report.unbound()) {
            JsonObject item = new JsonObject();
            item.addProperty("nic", change.nic());
            item.add("removed", strings(change.removed()));
            item.add("bound", strings(change.bound()));
            unbound.add(item);
        }
        json.add("unbound", unbound);
        JsonArray lost = new JsonArray();
        for (LostSetting setting : report.lost()) {
            JsonObject item = new JsonObject();
            item.addProperty("nic", setting.nic());
            item.addProperty("setting", setting.setting());
            item.add("warnings", strings(setting.warnings()));
            lost.add(item);
        }
        json.add("lost", lost);
        JsonArray moved = new JsonArray();
        for (MovedSetting setting : report.moved()) {
            JsonObject item = new JsonObject();
            item.addProperty("nic", setting.nic());
            item.addProperty("to", setting.to());
            item.addProperty("setting", setting.setting());
            moved.add(item);
        }
        json.add("moved", moved);
        json.add("warnings", strings(report.warnings()));
        json.add("notes", strings(report.notes()));
        return json;
    }

    static JsonArray strings(java.util.List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
