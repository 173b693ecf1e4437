// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.sarif;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.hvnet.cli.DocumentationSite;
import org.hvnet.cli.HvnetVersion;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code validate --format sarif} document: a SARIF 2.1.0 log with one run whose driver describes every rule (see
 * {@link SarifRules}) and one result per problem: its region from start to end, its file as a URI relative to a base
 * that {@code originalUriBaseIds} places, the element's qualified name, and a fingerprint that survives edits
 * elsewhere in the file, so that code-scanning services track a finding from one run to the next.
 */
public final class SarifReport {

    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";
    /** The JSON schema of SARIF 2.1.0. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of HVNet's fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT = "hvnetFinding/v1";

    private SarifReport() {
    }

    /** The whole document for {@code problems} of {@code model}, paths relative to the working directory. */
    public static JsonObject document(List<SourceProblem> problems, LoadedModel model) {
        return document(problems, model, Path.of("").toAbsolutePath());
    }

    /** The whole document, relative paths taken as relative to {@code workingDirectory}. */
    public static JsonObject document(List<SourceProblem> problems, LoadedModel model, Path workingDirectory) {
        List<JsonObject> descriptors = SarifRules.all();
        Map<String, Integer> ruleIndex = new HashMap<>();
        JsonArray rules = new JsonArray();
        for (JsonObject descriptor : descriptors) {
            ruleIndex.put(descriptor.get("id").getAsString(), rules.size());
            rules.add(descriptor);
        }
        SourceRegions regions = new SourceRegions(model);
        ArtifactUris uris = new ArtifactUris(problems.stream().map(SourceProblem::file).distinct().toList(), workingDirectory);
        JsonArray results = new JsonArray();
        for (SourceProblem problem : problems) {
            results.add(result(problem, ruleIndex.getOrDefault(problem.rule(), -1), regions, uris));
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "hvnet");
        driver.addProperty("fullName", "HVNet hvnet validate");
        driver.addProperty("version", HvnetVersion.release());
        driver.addProperty("semanticVersion", HvnetVersion.release());
        driver.addProperty("informationUri", DocumentationSite.base());
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("originalUriBaseIds", uris.originalUriBaseIds());
        run.addProperty("columnKind", "utf16CodeUnits");
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject document = new JsonObject();
        document.addProperty("$schema", SCHEMA);
        document.addProperty("version", VERSION);
        document.add("runs", runs);
        return document;
    }

    private static JsonObject result(SourceProblem problem, int ruleIndex, SourceRegions regions, ArtifactUris uris) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", problem.rule());
        if (ruleIndex >= 0) {
            result.addProperty("ruleIndex", ruleIndex);
        }
        result.addProperty("level", level(problem));
        result.add("message", SarifText.of(problem.message()));
        JsonObject region = regions.region(problem);
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", uris.location(problem.file()));
        physical.add("region", region);
        JsonObject context = regions.context(problem, region);
        if (context != null) {
            physical.add("contextRegion", context);
        }
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        if (problem.element() != null && !problem.element().isEmpty()) {
            JsonObject logical = new JsonObject();
            logical.addProperty("fullyQualifiedName", problem.element());
            JsonArray logicals = new JsonArray();
            logicals.add(logical);
            location.add("logicalLocations", logicals);
        }
        JsonArray locations = new JsonArray();
        locations.add(location);
        result.add("locations", locations);
        JsonObject fingerprints = new JsonObject();
        fingerprints.addProperty(FINGERPRINT, fingerprint(problem, regions));
        result.add("partialFingerprints", fingerprints);
        return result;
    }

    /**
     * What identifies a finding across runs, whatever its line: the rule, the element it names and the message (for
     * a problem without an element, such as a syntax error, the text of its line instead of the element).
     */
    static String fingerprint(SourceProblem problem, SourceRegions regions) {
        boolean named = problem.element() != null && !problem.element().isEmpty();
        String identity = problem.rule() + "\n" + (named ? problem.element() : regions.line(problem)) + "\n" + problem.message();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String level(SourceProblem problem) {
        return switch (problem.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
