// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.validation.RuleDiagnostic;
import org.hvnet.validation.TopologyValidation;
import org.junit.jupiter.api.Test;

/**
 * A large generated model: validation finds exactly the planted duplicates, so no rule compares all pairs by
 * mistake into extra findings. It prints how long validation took (for information only; nothing is timed).
 */
class LargeModelTest {

    private static final int HOSTS = 2000;
    private static final int VMS = 10;

    @Test
    void findsExactlyThePlantedDuplicates() {
        StringBuilder text = new StringBuilder("topology Big\nnetwork Lan { subnet 10.0.0.0/8 router 10.255.255.254 }\n");
        for (int h = 0; h < HOSTS; h++) {
            text.append("host H").append(h).append(" platform hyperv-2012 {\n")
                    .append("    nic eth0 cable Lan { bind vswitch }\n")
                    .append("    switch Ext external on eth0\n")
                    .append("    switch Lab private\n");
            for (int v = 0; v < VMS; v++) {
                int n = h * VMS + v;
                // every 100th VM repeats the previous VM's address on the shared external segment: a planted V-6
                int address = (n % 100 == 99 ? n - 1 : n) + 1;
                text.append("    vm V").append(n).append(" {\n")
                        .append("        nic eth0 on Ext { ipv4 static 10.").append(address / 65536 % 256).append('.')
                        .append(address / 256 % 256).append('.').append(address % 256)
                        .append("/8 gateway 10.255.255.254 }\n")
                        .append("        nic eth1 on Lab { ipv4 static 192.168.0.").append(v + 1).append("/24 }\n")
                        .append("    }\n");
            }
            text.append("}\n");
        }
        LoadedModel model = HvnetTestFiles.load(text.toString());
        assertEquals(List.of(), model.problems());
        long start = System.nanoTime();
        List<RuleDiagnostic> findings = TopologyValidation.validate(model.topologies());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("LargeModelTest: validated " + HOSTS + " hosts, " + HOSTS * VMS + " VMs, " + HOSTS * VMS * 2
                + " VM NICs (" + text.length() / 1024 + " KiB) in " + millis + " ms; " + findings.size() + " findings");
        long duplicates = findings.stream().filter(f -> f.rule().id().equals("V-6")).count();
        assertEquals(HOSTS * VMS / 100, duplicates, () -> findings.subList(0, Math.min(5, findings.size())).toString());
        assertEquals(duplicates, findings.size(), () -> findings.subList(0, Math.min(5, findings.size())).toString());
    }
}
