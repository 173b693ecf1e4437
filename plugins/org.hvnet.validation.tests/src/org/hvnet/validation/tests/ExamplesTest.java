// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.Severity;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.frontend.validation.ModelValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example topologies users start from validate without errors; the article's lab gives exactly its two warnings. */
class ExamplesTest {

    static List<Path> examples() {
        return HvnetTestFiles.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleHasNoErrors(Path example) {
        LoadedModel model = HvnetTestFiles.load(Map.of(example.getFileName().toString(), HvnetTestFiles.read(example)));
        List<SourceProblem> errors = ModelValidation.validate(model).stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors, () -> String.join("\n", errors.stream().map(SourceProblem::toText).toList()));
    }

    @Test
    void articleWarnsAboutTheLostAddressAndTheIsolatedDatabase() {
        Path article = HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet");
        LoadedModel model = HvnetTestFiles.load(Map.of("article.hvnet", HvnetTestFiles.read(article)));
        List<String> found = ModelValidation.validate(model).stream().map(p -> p.rule() + " " + p.severity() + " " + p.element()
                + " line " + p.line()).toList();
        assertEquals(List.of("V-4 WARNING HV01.Local Area Connection line 13", "V-5 WARNING HV01.Db01.eth0 line 29"), found);
        assertFalse(ModelValidation.hasErrors(ModelValidation.validate(model)));
        assertEquals("The static IPv4 settings of HV01.\"Local Area Connection\" (ipv4 static 192.168.1.10/24 gateway 192.168.1.1"
                + " dns 192.168.1.2) are lost when Hyper-V is installed: on Windows Server 2008 the new host vNIC uses DHCP (I-2). Move"
                + " the settings to the host vNIC that the install creates (quick fix), or mark the host preserve-ip-on-install.",
                ModelValidation.validate(model).get(0).message());
    }
}
