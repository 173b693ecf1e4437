// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.json;

import java.util.List;

import org.hvnet.simulation.traffic.ReachGroup;
import org.hvnet.simulation.traffic.ReachabilitySummary;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code reach --summary --json} results (rule T-8): {@code endpoints} as in {@code reach --json} (the names, in
 * matrix order) with {@code reaches} (how many others each one reaches, in the same order), the totals
 * {@code endpointCount, pairs, reachablePairs, reachInternet, reachNothing, sourceClasses, destinationClasses, walks},
 * and {@code groups:[{endpoint, members, reaches, reachesMost, internet}]}, fewest reached first ({@code reaches} is
 * the fewest endpoints a member reaches, {@code reachesMost} the most).
 */
public final class ReachSummaryJson {

    private ReachSummaryJson() {
    }

    /** The results, for the endpoints of the matrix the summary counts. */
    public static JsonObject document(ReachabilitySummary summary, List<String> endpoints) {
        JsonObject json = new JsonObject();
        JsonArray names = new JsonArray();
        endpoints.forEach(names::add);
        json.add("endpoints", names);
        JsonArray reaches = new JsonArray();
        for (int i = 0; i < summary.endpoints(); i++) {
            reaches.add(summary.reaches(i));
        }
        json.add("reaches", reaches);
        totals(summary).entrySet().forEach(field -> json.add(field.getKey(), field.getValue()));
        return json;
    }

    /** The totals and the groups without the endpoint lists: the reachability section of {@code simulate --json}. */
    public static JsonObject totals(ReachabilitySummary summary) {
        JsonObject json = new JsonObject();
        json.addProperty("endpointCount", summary.endpoints());
        json.addProperty("pairs", summary.pairs());
        json.addProperty("reachablePairs", summary.reachablePairs());
        json.addProperty("reachInternet", summary.reachInternet());
        json.addProperty("reachNothing", summary.reachNothing());
        json.addProperty("sourceClasses", summary.sourceClasses());
        json.addProperty("destinationClasses", summary.destinationClasses());
        json.addProperty("walks", summary.walks());
        json.add("groups", groups(summary));
        return json;
    }

    private static JsonArray groups(ReachabilitySummary summary) {
        JsonArray groups = new JsonArray();
        for (ReachGroup group : summary.groups()) {
            JsonObject item = new JsonObject();
            item.addProperty("endpoint", group.endpoint());
            item.addProperty("members", group.members());
            item.addProperty("reaches", group.reaches());
            item.addProperty("reachesMost", group.reachesMost());
            item.addProperty("internet", group.internet());
            groups.add(item);
        }
        return groups;
    }
}
