// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.json;

import java.util.EnumMap;
import java.util.Map;

import org.hvnet.analysis.install.ImpliedHostVnic;
import org.hvnet.analysis.install.InstallReport;
import org.hvnet.cli.report.FindingGroup;
import org.hvnet.cli.report.InstallTotals;
import org.hvnet.cli.report.ModelCounts;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.report.SimulationResults;
import org.hvnet.model.SwitchKind;
import org.hvnet.simulation.addresses.AddressSource;
import org.hvnet.simulation.addresses.InterfaceAddress;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The results of {@code simulate --json}, the whole report: {@code model} (what is written, counted),
 * {@code simulated}, and when simulated {@code installs} and {@code implied} (the change reports of {@code install}),
 * {@code interfaces} (as {@code addresses}), {@code reachability} (the totals and groups of {@code reach --summary})
 * and {@code passed}, {@code failed}, {@code expectations} (as {@code check}). With {@code --summary}, totals replace
 * the long lists: {@code findingsByRule}, {@code installTotals} and {@code addressSources}.
 */
public final class SimulateJson {

    private SimulateJson() {
    }

    /** The results; {@code results} is null when the model was not simulated. */
    public static JsonObject document(SimulationInput input, SimulationResults results, boolean summary) {
        JsonObject json = new JsonObject();
        json.add("model", model(ModelCounts.of(input.model().topologies())));
        json.addProperty("simulated", results != null);
        if (summary) {
            json.add("findingsByRule", findings(input));
        }
        if (results == null) {
            return json;
        }
        if (summary) {
            json.add("installTotals", installTotals(InstallTotals.of(input.simulation().model().installs())));
            json.add("addressSources", sources(results));
        } else {
            JsonArray installs = new JsonArray();
            for (InstallReport report : input.simulation().model().installs()) {
                installs.add(InstallJson.document(report));
            }
            json.add("installs", installs);
            JsonArray implied = new JsonArray();
            for (ImpliedHostVnic vnic : input.simulation().model().implied()) {
                JsonObject item = new JsonObject();
                item.addProperty("host", vnic.host());
                item.addProperty("switch", vnic.switchName());
                item.addProperty("name", vnic.name());
                item.addProperty("rule", vnic.rule());
                implied.add(item);
            }
            json.add("implied", implied);
            json.add("interfaces", AddressesJson.interfaces(results.addresses()));
        }
        json.add("reachability", ReachSummaryJson.totals(results.reachability()));
        ExpectationsJson.document(results.expectations(), input.model().locator()).entrySet()
                .forEach(field -> json.add(field.getKey(), field.getValue()));
        return json;
    }

    private static JsonObject model(ModelCounts counts) {
        JsonObject json = new JsonObject();
        json.add("topologies", InstallJson.strings(counts.topologies()));
        json.addProperty("networks", counts.networks());
        json.addProperty("hosts", counts.hosts());
        json.addProperty("vms", counts.vms());
        json.addProperty("interfaces", counts.interfaces());
        JsonObject switches = new JsonObject();
        for (SwitchKind kind : SwitchKind.values()) {
            switches.addProperty(kind.getLiteral(), counts.switches(kind));
        }
        json.add("switches", switches);
        return json;
    }

    private static JsonArray findings(SimulationInput input) {
        JsonArray groups = new JsonArray();
        for (FindingGroup group : FindingGroup.of(input.problems())) {
            JsonObject item = new JsonObject();
            item.addProperty("rule", group.rule());
            item.addProperty("severity", group.severity().name());
            item.addProperty("title", group.title());
            item.addProperty("count", group.count());
            groups.add(item);
        }
        return groups;
    }

    private static JsonObject installTotals(InstallTotals totals) {
        JsonObject json = new JsonObject();
        json.addProperty("installs", totals.installs());
        json.addProperty("changed", totals.changed());
        json.addProperty("createdSwitches", totals.createdSwitches());
        json.addProperty("createdHostVnics", totals.createdHostVnics());
        json.addProperty("lost", totals.lost());
        json.addProperty("warnings", totals.warnings());
        return json;
    }

    private static JsonObject sources(SimulationResults results) {
        Map<AddressSource, Integer> counts = new EnumMap<>(AddressSource.class);
        for (InterfaceAddress row : results.addresses()) {
            counts.merge(row.source(), 1, Integer::sum);
        }
        JsonObject json = new JsonObject();
        for (AddressSource source : AddressSource.values()) {
            json.addProperty(source.label(), counts.getOrDefault(source, 0));
        }
        return json;
    }
}
