// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.json;

import org.hvnet.simulation.traffic.DestinationPort;
import org.hvnet.simulation.traffic.Hop;
import org.hvnet.simulation.traffic.Trace;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The {@code trace --json} document of DSL.md: from, to, verdict, rule (null when delivered), reason, hops. */
public final class TraceJson {

    private TraceJson() {
    }

    /** The whole document. */
    public static JsonObject document(Trace trace) {
        return document(trace, null);
    }

    /** The whole document of a trace to a destination port ({@code "port":"tcp/8080"}, only when there is one). */
    public static JsonObject document(Trace trace, DestinationPort port) {
        JsonObject json = new JsonObject();
        json.addProperty("from", trace.from());
        json.addProperty("to", trace.to());
        if (port != null) {
            json.addProperty("port", port.toString());
        }
        json.addProperty("verdict", trace.verdict().name());
        json.addProperty("rule", trace.rule());
        json.addProperty("reason", trace.reason());
        JsonArray hops = new JsonArray();
        for (Hop hop : trace.hops()) {
            JsonObject item = new JsonObject();
            item.addProperty("at", hop.at());
            item.addProperty("kind", hop.kind());
            item.addProperty("detail", hop.detail());
            hops.add(item);
        }
        json.add("hops", hops);
        return json;
    }
}
