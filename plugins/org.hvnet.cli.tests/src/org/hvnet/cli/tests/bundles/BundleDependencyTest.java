// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/**
 * The walls between the bundles, read from their manifests and sources: no re-exports, no use of another bundle's
 * non-API packages, a headless feature that needs neither the diagram nor the workbench, and validation below the
 * simulation.
 */
class BundleDependencyTest {

    private static final List<String> UI_AND_DIAGRAM = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.glsp", "org.hvnet.diagram", "org.hvnet.ui");

    @Test
    void noBundleReExportsWhatItRequires() {
        for (String bundle : BundleManifests.bundles()) {
            assertFalse(BundleManifests.header(bundle, "Require-Bundle").contains("visibility:=reexport"), bundle);
        }
    }

    @Test
    void noBundleUsesAnotherBundlesNonApiPackage() {
        Map<String, BundleManifests.Export> exports = BundleManifests.exports();
        List<String> violations = new ArrayList<>();
        for (String bundle : BundleManifests.bundles()) {
            for (String pkg : BundleManifests.packagesUsed(bundle)) {
                BundleManifests.Export export = exports.get(pkg);
                if (export != null && !export.allows(bundle)) {
                    violations.add(bundle + " uses " + pkg + " of " + export.bundle());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theHeadlessFeatureNeedsNeitherTheDiagramNorTheWorkbench() {
        String feature = HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("features/org.hvnet.feature/feature.xml"));
        Matcher plugin = Pattern.compile("<plugin id=\"([^\"]+)\"").matcher(feature);
        List<String> headless = new ArrayList<>();
        while (plugin.find()) {
            headless.add(plugin.group(1));
        }
        assertEquals(List.of("org.hvnet.files", "org.hvnet.model", "org.hvnet.analysis", "org.hvnet.simulation", "org.hvnet.validation", "org.hvnet.dsl",
                "org.hvnet.dsl.ide", "org.hvnet.frontend", "org.hvnet.generator", "org.hvnet.interop", "org.hvnet.cli", "org.hvnet.interop.cli"),
                headless, "each bundle once");
        for (String bundle : headless) {
            for (String required : BundleManifests.required(bundle)) {
                assertTrue(UI_AND_DIAGRAM.stream().noneMatch(required::startsWith), bundle + " requires " + required);
                assertTrue(!required.startsWith("org.hvnet.") || headless.contains(required),
                        bundle + " requires " + required + ", which is not in the headless feature");
            }
        }
    }

    @Test
    void validationAndTheLanguageStayBelowTheSimulationAndTheFrontEnd() {
        assertEquals(Set.of("org.hvnet.model", "org.hvnet.analysis"), hvnetRequirements("org.hvnet.validation"));
        assertEquals(Set.of("org.hvnet.model"), hvnetRequirements("org.hvnet.analysis"));
        assertEquals(Set.of("org.hvnet.model", "org.hvnet.analysis"), hvnetRequirements("org.hvnet.simulation"));
        assertEquals(Set.of("org.hvnet.model", "org.hvnet.validation"), hvnetRequirements("org.hvnet.dsl"));
    }

    @Test
    void theWriterOfTheUsersFilesStandsOnNothingSoEveryWriterCanUseIt() {
        assertEquals(Set.of(), hvnetRequirements("org.hvnet.files"));
        assertEquals(List.of(), BundleManifests.required("org.hvnet.files"), "the Java runtime only");
    }

    private static Set<String> hvnetRequirements(String bundle) {
        return Set.copyOf(BundleManifests.required(bundle).stream().filter(required -> required.startsWith("org.hvnet.")).toList());
    }
}
