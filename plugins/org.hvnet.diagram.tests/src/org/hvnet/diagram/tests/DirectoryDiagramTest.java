// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.hvnet.diagram.text.TopologyFiles;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of a directory in one diagram ({@code hvnet serve DIR}): a network of one file cabled from a host of
 * another is drawn connected, and every edit is written to the file that holds what it changes (a rename to every
 * file that names the element), undone in all of them.
 */
class DirectoryDiagramTest {

    private static final String NETWORKS = """
            topology Networks

            network Office {
                subnet 192.168.1.0/24
                router 192.168.1.1 internet
            }
            """;
    private static final String HOSTS = """
            topology Hosts

            host HV1 platform hyperv-2012 {
                nic eth0 cable Office { bind vswitch }
                switch Ext external on eth0
                vm Web { nic eth0 on Ext { ipv4 dhcp } }
            }

            expect reach Web -> 8.8.8.8
            """;

    @TempDir
    Path dir;
    private Path networks;
    private Path hosts;
    private DiagramSession session;

    @BeforeEach
    void writeFiles() throws IOException {
        networks = dir.resolve("a-networks.hvnet");
        hosts = dir.resolve("b-hosts.hvnet");
        Files.writeString(networks, NETWORKS);
        Files.writeString(hosts, HOSTS);
        session = new DiagramSession(TopologyFiles.open(List.of(networks, hosts), HvnetTestFiles.injector()));
    }

    @Test
    void aCableToANetworkOfAnotherFileIsDrawn() {
        GEdge cable = (GEdge) session.state().graph().root().getChildren().stream().filter(c -> c.getId().equals("edge:cable>pnic:HV1/eth0"))
                .findFirst().orElse(null);
        assertNotNull(cable, "the cable from b-hosts.hvnet to the network of a-networks.hvnet");
        assertEquals("network:Office", cable.getSourceId());
        assertEquals("topology:" + dir.getFileName(), session.state().graph().root().getId(), "the diagram is named after the folder");
    }

    @Test
    void renamingANetworkRenamesItsCablesInTheOtherFileAndUndoRestoresBoth() throws IOException {
        assertTrue(session.run(new ApplyLabelEditOperation("network:Office#name", "Floor")));
        assertEquals(NETWORKS.replace("network Office", "network Floor"), Files.readString(networks));
        assertEquals(HOSTS.replace("cable Office", "cable Floor"), Files.readString(hosts));
        session.undo();
        assertEquals(NETWORKS, Files.readString(networks));
        assertEquals(HOSTS, Files.readString(hosts));
    }

    @Test
    void anEditInsideAHostGoesToItsFileAndANewHostToTheFirstFile() throws IOException {
        assertTrue(session.run(new CreateNodeOperation("node:vm", "host:HV1")));
        assertEquals(NETWORKS, Files.readString(networks), "the networks' file is untouched");
        assertTrue(Files.readString(hosts).contains("vm VM1"), Files.readString(hosts));
        assertTrue(session.run(new CreateNodeOperation("node:host", "")));
        assertTrue(Files.readString(networks).contains("host HV2"), "a new host goes into the first file, named apart from HV1 of the other");
    }

    @Test
    void deletingANetworkUncablesTheNicsOfTheOtherFile() throws IOException {
        assertTrue(session.run(new DeleteOperation(List.of("network:Office"))));
        assertTrue(!Files.readString(networks).contains("network Office"), Files.readString(networks));
        assertEquals(HOSTS.replace(" cable Office", ""), Files.readString(hosts), "the cable is cut where it is written");
        session.undo();
        assertEquals(NETWORKS, Files.readString(networks));
        assertEquals(HOSTS, Files.readString(hosts));
    }
}
