// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.tests.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.hvnet.analysis.segments.SegmentIndex;
import org.hvnet.model.Host;
import org.hvnet.model.Topology;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/** Rule T-1: segments of a model as written. */
class SegmentIndexTest {

    private static final String TWO_HOSTS = """
            topology Two
            network Lan { subnet 192.168.0.0/24 }
            host A platform hyperv-2012 {
                nic p1 cable Lan { bind vswitch }
                nic p2 cable Lan { bind client }
                switch Ext external on p1 { host-vnic v { ipv4 dhcp } }
                switch In internal { host-vnic "vEthernet (In)" }
                switch Iso private { host-vnic wrong }
                vm X { nic eth0 on Ext  nic eth1 on In  nic eth2 }
            }
            host B platform hyperv-2012 {
                nic q cable Lan { bind vswitch }
                switch Ext2 external on q
                vm Y { nic eth0 on Ext2  nic eth1 on Iso2 }
                switch Iso2 private
            }
            """;

    @Test
    void t1ExternalSwitchesMergeWithTheirNetworkAcrossHosts() {
        List<Topology> lab = Labs.of(TWO_HOSTS);
        SegmentIndex index = SegmentIndex.of(lab);
        Host a = Labs.host(lab, "A");
        Host b = Labs.host(lab, "B");
        int lan = index.segmentOfNetwork(lab.get(0).getNetworks().get(0));
        assertEquals(lan, index.segmentOfSwitch(a.getSwitches().get(0)));
        assertEquals(lan, index.segmentOfSwitch(b.getSwitches().get(0)));
        assertEquals(lan, index.segmentOf(a.getVms().get(0).getNics().get(0)));
        assertEquals(lan, index.segmentOf(b.getVms().get(0).getNics().get(0)));
        assertEquals("Lan", index.name(lan));
        assertEquals(2, index.switches(lan).size());
    }

    @Test
    void t1InternalAndPrivateSwitchesAreSegmentsOfTheirOwn() {
        List<Topology> lab = Labs.of(TWO_HOSTS);
        SegmentIndex index = SegmentIndex.of(lab);
        Host a = Labs.host(lab, "A");
        Host b = Labs.host(lab, "B");
        int in = index.segmentOfSwitch(a.getSwitches().get(1));
        assertNotEquals(index.segmentOfNetwork(lab.get(0).getNetworks().get(0)), in);
        assertEquals("A.In", index.name(in));
        assertNotEquals(index.segmentOfSwitch(a.getSwitches().get(2)), index.segmentOfSwitch(b.getSwitches().get(1)));
        assertEquals(4, index.count());
    }

    @Test
    void t1PhysicalNicIsMemberOnlyWithTcpip4() {
        List<Topology> lab = Labs.of(TWO_HOSTS);
        SegmentIndex index = SegmentIndex.of(lab);
        Host a = Labs.host(lab, "A");
        assertEquals(-1, index.segmentOf(a.getNics().get(0)), "bound only to vswitch");
        assertEquals(-1, index.segmentOf(a.getNics().get(1)), "client but no tcpip4");
        assertEquals(index.segmentOfNetwork(lab.get(0).getNetworks().get(0)), index.segmentOfCable(a.getNics().get(0)));
    }

    @Test
    void s3HostVnicOnPrivateSwitchIsNoMemberAndUnconnectedNicHasNoSegment() {
        List<Topology> lab = Labs.of(TWO_HOSTS);
        SegmentIndex index = SegmentIndex.of(lab);
        Host a = Labs.host(lab, "A");
        assertEquals(-1, index.segmentOf(a.getSwitches().get(2).getHostVnics().get(0)));
        assertEquals(-1, index.segmentOf(a.getVms().get(0).getNics().get(2)), "rule S-7: unconnected VM NIC");
        assertEquals(List.of(), index.members(index.segmentOfSwitch(a.getSwitches().get(2))));
    }

    @Test
    void t1DefaultBindingsIncludeTcpip4() {
        List<Topology> lab = Labs.of("""
                topology T
                network N { subnet 10.0.0.0/8 }
                host H platform hyperv-2008 { nic a cable N  nic b }
                """);
        SegmentIndex index = SegmentIndex.of(lab);
        Host h = lab.get(0).getHosts().get(0);
        assertEquals(0, index.segmentOf(h.getNics().get(0)));
        assertEquals(-1, index.segmentOf(h.getNics().get(1)));
        assertEquals(List.of(h.getNics().get(0)), index.members(0));
    }
}
