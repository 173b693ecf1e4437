// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.analysis.install.InstallTransformation;
import org.hvnet.dsl.formatting2.DocumentFormatter;
import org.hvnet.dsl.formatting2.TopologyWriter;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TopologyGenerator;
import org.hvnet.model.Host;
import org.hvnet.model.Topology;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/**
 * What {@link TopologyWriter} writes (the serializer, which lays the text out with the language's formatter as it
 * writes) is what {@code hvnet format} leaves unchanged, and parses back to the model written: for every example,
 * every example after each of its planned installs (as {@code hvnet install -o} writes it), and a generated data centre.
 */
class WrittenTextIsFormattedTest {

    @Test
    void writtenTextIsAFixedPointOfTheFormatter() {
        List<Topology> written = new ArrayList<>();
        for (Path example : HvnetTestFiles.examples()) {
            LoadedModel model = HvnetTestFiles.load(Map.of(example.getFileName().toString(), HvnetTestFiles.read(example)));
            written.add(EcoreUtil.copy(model.topologies().get(0)));
            for (Host host : model.topologies().get(0).getHosts()) {
                if (host.getInstall() != null) {
                    written.add(InstallTransformation.applyTo(model.topologies(), host.getName(), List.of()).topologies().get(0));
                }
            }
        }
        written.add(EcoreUtil.copy(HvnetTestFiles.load(TopologyGenerator.generate(new GeneratorSettings(3, 20, 1))).topologies().get(0)));
        assertTrue(written.size() > HvnetTestFiles.examples().size(), "some example plans an install");
        for (Topology topology : written) {
            Topology expected = EcoreUtil.copy(topology);
            String text = HvnetTestFiles.injector().getInstance(TopologyWriter.class).write(topology);
            LoadedModel parsed = HvnetTestFiles.load(Map.of("written.hvnet", text));
            assertEquals(List.of(), parsed.problems(), text);
            XtextResource resource = (XtextResource) parsed.topologies().get(0).eResource();
            assertEquals(text, HvnetTestFiles.injector().getInstance(DocumentFormatter.class).format(resource));
            assertTrue(new EcoreUtil.EqualityHelper().equals(expected, parsed.topologies().get(0)), text);
        }
    }
}
