// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.json;

import java.util.List;

import org.hvnet.cli.HvnetVersion;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.simulation.diff.AddressChange;
import org.hvnet.simulation.diff.DiagnosticChanges;
import org.hvnet.simulation.diff.ElementChange;
import org.hvnet.simulation.diff.ExpectationFlip;
import org.hvnet.simulation.diff.ModelDifference;
import org.hvnet.simulation.traffic.ReachDifference;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code hvnet diff --json} document: the version, then {@code elements}, {@code addresses}, {@code reach},
 * {@code diagnostics} (an object of {@code new} and {@code fixed}: the diagnostics are the result here) and
 * {@code expectations}.
 */
public final class DiffJson {

    private DiffJson() {
    }

    /** The whole document. */
    public static JsonObject document(ModelDifference difference, DiagnosticChanges<SourceProblem> diagnostics) {
        JsonObject json = new JsonObject();
        json.addProperty("version", HvnetVersion.release());
        JsonObject elements = new JsonObject();
        elements.add("added", elements(difference.elements().added()));
        elements.add("removed", elements(difference.elements().removed()));
        elements.add("changed", elements(difference.elements().changed()));
        json.add("elements", elements);
        json.add("addresses", addresses(difference.addresses()));
        json.add("reach", reach(difference.reach()));
        JsonObject problems = new JsonObject();
        problems.add("new", ProblemsJson.diagnostics(diagnostics.added()));
        problems.add("fixed", ProblemsJson.diagnostics(diagnostics.fixed()));
        json.add("diagnostics", problems);
        JsonArray flips = new JsonArray();
        for (ExpectationFlip flip : difference.expectations()) {
            JsonObject item = new JsonObject();
            item.addProperty("line", "expect " + flip.line());
            item.addProperty("old", ExpectationFlip.verdict(flip.oldPassed()));
            item.addProperty("new", ExpectationFlip.verdict(flip.newPassed()));
            flips.add(item);
        }
        json.add("expectations", flips);
        return json;
    }

    private static JsonArray elements(List<ElementChange> changes) {
        JsonArray array = new JsonArray();
        for (ElementChange change : changes) {
            JsonObject item = new JsonObject();
            item.addProperty("kind", change.kind());
            item.addProperty("name", change.name());
            if (!change.changes().isEmpty()) {
                JsonArray what = new JsonArray();
                change.changes().forEach(what::add);
                item.add("changes", what);
            }
            array.add(item);
        }
        return array;
    }

    private static JsonArray addresses(List<AddressChange> changes) {
        JsonArray array = new JsonArray();
        for (AddressChange change : changes) {
            JsonObject item = new JsonObject();
            item.addProperty("interface", change.iface());
            item.addProperty("old", change.oldAddress());
            item.addProperty("new", change.newAddress());
            item.addProperty("source", change.newSource());
            item.addProperty("oldSource", change.oldSource());
            array.add(item);
        }
        return array;
    }

    private static JsonObject reach(ReachDifference reach) {
        JsonObject json = new JsonObject();
        json.addProperty("gained", reach.gained());
        json.addProperty("lost", reach.lost());
        JsonArray pairs = new JsonArray();
        for (ReachDifference.PairChange pair : reach.pairs()) {
            JsonObject item = new JsonObject();
            item.addProperty("from", pair.from());
            item.addProperty("to", pair.to());
            item.addProperty("change", pair.change());
            pairs.add(item);
        }
        json.add("pairs", pairs);
        return json;
    }
}
