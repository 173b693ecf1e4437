package org.hvnet.cli.json;

import org.hvnet.simulation.traffic.ReachGroup;
import org.hvnet.simulation.traffic.ReachabilitySummary;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code reach --summary --json} document (rule T-8): {@code {"endpoints", "pairs", "reachablePairs",
 * "reachInternet", "reachNothing", "sourceClasses", "destinationClasses", "walks", "groups":[{"endpoint",
 * "members", "reaches", "reachesMost", "internet"}]}}, groups fewest reached first ({@code reaches} is the fewest
 * endpoints a member reaches, {@code reachesMost} the most).
 */
public final class ReachSummaryJson {

    private ReachSummaryJson() {
    }

    /** The whole document. */
    public static JsonObject document(ReachabilitySummary summary) {
        JsonObject json = new JsonObject();
        json.addProperty("endpoints", summary.endpoints());
        json.addProperty("pairs", summary.pairs());
        json.addProperty("reachablePairs", summary.reachablePairs());
        json.addProperty("reachInternet", summary.reachInternet());
        json.addProperty("reachNothing", summary.reachNothing());
        json.addProperty("sourceClasses", summary.sourceClasses());
        json.addProperty("destinationClasses", summary.destinationClasses());
        json.addProperty("walks", summary.walks());
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
        json.add("groups", groups);
        return json;
    }
}
