// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.tests.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.TopologyLoader;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated 10 MB topology loads completely (no time limit is asserted). */
class LargeFileLoadingTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    @TempDir
    Path dir;

    /** Writes hosts until the file holds at least 10 MB; returns the number of hosts. */
    private static int writeLargeTopology(Path file) throws IOException {
        int hosts = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("topology Large\n\nnetwork Office { subnet 10.0.0.0/8 router 10.0.0.1 internet }\n");
            long written = 0;
            while (written < TEN_MB) {
                StringBuilder host = new StringBuilder();
                host.append("\nhost H").append(hosts).append(" platform hyperv-2012 {\n");
                host.append("    nic LAN cable Office { ipv4 static 10.").append(hosts / 65536 % 256).append('.')
                        .append(hosts / 256 % 256).append('.').append(hosts % 256).append("/8 gateway 10.0.0.1 }\n");
                host.append("    switch Ext external on LAN\n    switch Lab internal\n");
                for (int vm = 0; vm < 8; vm++) {
                    host.append("    vm V").append(hosts).append('_').append(vm).append(" { nic eth0 on ")
                            .append(vm % 2 == 0 ? "Ext" : "Lab").append(" { ipv4 dhcp } }\n");
                }
                host.append("}\n");
                host.append("expect reach V").append(hosts).append("_0 -> H").append(hosts).append('\n');
                out.write(host.toString());
                written += host.length();
                hosts++;
            }
        }
        return hosts;
    }

    @Test
    void tenMegabyteFileLoadsWithoutProblems() throws Exception {
        Path file = dir.resolve("large.hvnet");
        int hosts = writeLargeTopology(file);
        assertTrue(Files.size(file) >= TEN_MB);
        LoadedModel model = HvnetTestFiles.injector().getInstance(TopologyLoader.class).loadArguments(List.of(file.toString()));
        assertEquals(List.of(), model.problems());
        Topology topology = model.topologies().get(0);
        assertEquals(hosts, topology.getHosts().size());
        assertEquals(hosts, topology.getExpectations().size());
        int last = hosts - 1;
        assertEquals("V" + last + "_7", topology.getHosts().get(last).getVms().get(7).getName());
        assertEquals(topology.getHosts().get(last).getSwitches().get(1), topology.getHosts().get(last).getVms().get(7).getNics().get(0).getSwitch());
    }
}
