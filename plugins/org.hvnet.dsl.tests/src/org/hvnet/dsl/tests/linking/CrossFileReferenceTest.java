// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.AddressExpectation;
import org.hvnet.model.Network;
import org.hvnet.model.ReachExpectation;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.junit.jupiter.api.Test;

/** Files loaded together resolve names across each other: networks, hosts and VMs are global. */
class CrossFileReferenceTest {

    private static final String NETWORKS = """
            topology Networks
            network Office { subnet 192.168.1.0/24 }
            """;

    private static final String HOSTS = """
            topology Hosts
            host HV01 platform hyperv-2008 {
                nic LAN cable Office
                switch Lab internal
                vm Web01 { nic eth0 on Lab }
            }
            """;

    private static final String CHECKS = """
            topology Checks
            expect reach Web01 -> HV01
            expect address Web01.eth0 dhcp from Office
            """;

    private static LoadedModel load(String... texts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            files.put("file" + i + ".hvnet", texts[i]);
        }
        return HvnetTestFiles.load(files);
    }

    private static Topology named(LoadedModel model, String name) {
        return model.topologies().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void nicIsCabledToANetworkOfAnotherFile() {
        LoadedModel model = load(NETWORKS, HOSTS);
        assertEquals(List.of(), model.problems());
        Network office = named(model, "Networks").getNetworks().get(0);
        assertSame(office, named(model, "Hosts").getHosts().get(0).getNics().get(0).getCables().get(0));
    }

    @Test
    void expectationNamesAVmAndANetworkOfOtherFiles() {
        LoadedModel model = load(CHECKS, HOSTS, NETWORKS);
        assertEquals(List.of(), model.problems());
        VirtualMachine web01 = named(model, "Hosts").getHosts().get(0).getVms().get(0);
        ReachExpectation reach = (ReachExpectation) named(model, "Checks").getExpectations().get(0);
        assertSame(web01, reach.getFrom().getOwner());
        assertSame(named(model, "Hosts").getHosts().get(0), reach.getTo().getOwner());
        AddressExpectation address = (AddressExpectation) named(model, "Checks").getExpectations().get(1);
        assertSame(web01, address.getTarget().getOwner());
        assertSame(named(model, "Networks").getNetworks().get(0), address.getServer());
    }

    @Test
    void withoutTheOtherFileTheNamesDoNotResolve() {
        LoadedModel model = load(CHECKS);
        assertEquals(List.of("no host or VM 'Web01'", "no host or VM 'HV01'", "no host or VM 'Web01'", "no network or VM 'Office', and no switch of that name on the interface's host"),
                model.problems().stream().map(SourceProblem::message).toList());
        assertEquals(List.of("file0.hvnet"), model.problems().stream().map(SourceProblem::file).distinct().toList());
    }
}
