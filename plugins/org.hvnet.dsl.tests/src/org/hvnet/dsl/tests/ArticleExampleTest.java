// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.model.Binding;
import org.hvnet.model.Host;
import org.hvnet.model.Platform;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/** The article's lab of DSL.md parses unchanged into the model it describes. */
class ArticleExampleTest {

    @Test
    void articleParsesWithoutProblems() {
        LoadedModel model = HvnetTestFiles.load(HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet")));
        assertEquals(java.util.List.of(), model.problems());
        Topology topology = model.topologies().get(0);
        assertEquals("ArticleLab", topology.getName());
        Host host = topology.getHosts().get(0);
        assertEquals(Platform.HYPERV_2008, host.getPlatform());
        assertEquals(java.util.List.of("Local Area Connection 2"), host.getRetiredNames());
        assertEquals("Local Area Connection", host.getNics().get(0).getName());
        assertEquals(java.util.List.of(Binding.CLIENT, Binding.FILE_SHARING, Binding.QOS, Binding.TCPIP4, Binding.TCPIP6),
                host.getNics().get(0).getBindings());
        StaticIpv4Config ipv4 = (StaticIpv4Config) host.getNics().get(0).getIpv4();
        assertEquals("192.168.1.10/24", ipv4.getAddress().toString());
        assertEquals(SwitchKind.INTERNAL, host.getSwitches().get(0).getKind());
        assertEquals(SwitchKind.PRIVATE, host.getSwitches().get(1).getKind());
        assertTrue(host.getSwitches().get(0).isAllowManagementOS());
        assertEquals(host.getSwitches().get(0), host.getVms().get(1).getNics().get(0).getSwitch());
        assertEquals(5, topology.getExpectations().size());
        assertFalse(model.hasErrors());
    }
}
