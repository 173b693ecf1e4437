// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.hvnet.cli.DocumentationSite;
import org.hvnet.cli.sarif.SarifReport;
import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What code-scanning services read in a SARIF log: rules with friendly names, distinct descriptions, Markdown help and
 * a link to their section of docs/rules.md; results with a region from start to end, a fingerprint that survives
 * edits above the finding, and relative URIs with their bases.
 */
class SarifContentTest {

    private static final String DUPLICATE = HvnetTestFiles.read(HvnetTestFiles.repositoryRoot()
            .resolve("plugins/org.hvnet.validation.tests/cases/V6_DUPLICATE_ADDRESS.hvnet"));

    private static JsonObject run(Path file) {
        CommandRun run = CommandRun.of("validate", "--format", "sarif", file.toString());
        return JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    private static JsonObject firstResult(JsonObject run) {
        return run.getAsJsonArray("results").get(0).getAsJsonObject();
    }

    @Test
    void everyRuleHasANameDescriptionsHelpAndItsSectionOfTheDocs() throws IOException {
        Path file = Files.createTempFile("lab", ".hvnet");
        Files.writeString(file, DUPLICATE);
        JsonObject driver = run(file).getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals(DocumentationSite.base(), driver.get("informationUri").getAsString());
        String rulesDoc = HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("docs/rules.md"));
        for (JsonElement element : driver.getAsJsonArray("rules")) {
            JsonObject rule = element.getAsJsonObject();
            String id = rule.get("id").getAsString();
            assertTrue(rule.get("name").getAsString().matches("([A-Z][a-z0-9]+)+"), rule::toString);
            assertNotEquals(rule.getAsJsonObject("shortDescription").get("text"), rule.getAsJsonObject("fullDescription").get("text"), id);
            assertTrue(rule.getAsJsonObject("help").get("markdown").getAsString().contains("](" + rule.get("helpUri").getAsString() + ")"), id);
            String helpUri = rule.get("helpUri").getAsString();
            if (!id.equals("syntax")) {
                assertEquals(DocumentationSite.page("rules.md#" + id.toLowerCase(Locale.ROOT)), helpUri);
                assertTrue(rulesDoc.contains("\n## " + id + "\n"), () -> "docs/rules.md has no section " + id);
            }
        }
        Files.delete(file);
    }

    @Test
    void aResultHasItsRegionFromStartToEndWithTheText() throws IOException {
        Path file = Files.createTempFile("lab", ".hvnet");
        Files.writeString(file, DUPLICATE);
        JsonObject region = firstResult(run(file)).getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                .getAsJsonObject("region");
        assertEquals(6, region.get("startLine").getAsInt());
        assertEquals(42, region.get("startColumn").getAsInt());
        assertEquals(6, region.get("endLine").getAsInt());
        assertEquals(53, region.get("endColumn").getAsInt(), region::toString);
        assertEquals("10.0.0.1/24", region.getAsJsonObject("snippet").get("text").getAsString());
        Files.delete(file);
    }

    @Test
    void theFingerprintSurvivesLinesAddedAboveAndTellsFindingsApart() throws IOException {
        Path file = Files.createTempFile("lab", ".hvnet");
        Files.writeString(file, DUPLICATE);
        JsonObject before = firstResult(run(file));
        Files.writeString(file, "// a new first line\n\n" + DUPLICATE);
        JsonObject after = firstResult(run(file));
        assertEquals(8, after.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                .getAsJsonObject("region").get("startLine").getAsInt());
        String fingerprint = before.getAsJsonObject("partialFingerprints").get(SarifReport.FINGERPRINT).getAsString();
        assertEquals(fingerprint, after.getAsJsonObject("partialFingerprints").get(SarifReport.FINGERPRINT).getAsString());
        Files.writeString(file, DUPLICATE.replace("vm B", "vm C"));
        assertNotEquals(fingerprint, firstResult(run(file)).getAsJsonObject("partialFingerprints").get(SarifReport.FINGERPRINT).getAsString());
        Files.delete(file);
    }

    @Test
    void aRelativePathStaysRelativeToTheWorkingDirectory() throws IOException {
        Path relative = Path.of("target", "sarif content", "lab.hvnet");
        Files.createDirectories(relative.getParent());
        Files.writeString(relative, DUPLICATE);
        JsonObject run = run(relative);
        JsonObject artifact = firstResult(run).getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                .getAsJsonObject("artifactLocation");
        assertEquals("target/sarif%20content/lab.hvnet", artifact.get("uri").getAsString());
        assertEquals("SRCROOT", artifact.get("uriBaseId").getAsString());
        assertEquals(Path.of("").toAbsolutePath().toUri().toString(),
                run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("SRCROOT").get("uri").getAsString());
    }
}
