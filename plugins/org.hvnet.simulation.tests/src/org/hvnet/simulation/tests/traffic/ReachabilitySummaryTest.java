// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.hvnet.generator.TodaysShares;
import org.hvnet.simulation.traffic.ReachGroup;
import org.hvnet.simulation.traffic.ReachabilitySummary;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.simulation.Simulation;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule T-8: the reachability summary, counted from class walks without visiting the pairs, says what the matrix says
 * cell by cell, on every example, on the examples folder as one model, and on generated data centres.
 */
class ReachabilitySummaryTest {

    static List<Path> examples() {
        return HvnetTestFiles.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void t8SummaryCountsWhatTheMatrixSaysOnEveryExample(Path example) {
        String name = example.getFileName().toString();
        MatrixCounts.assertSummaryAgrees(Simulation.of(Labs.example(name)), name);
    }

    @Test
    void t8SummaryCountsWhatTheMatrixSaysOnTheExamplesFolderAsOneModel() {
        // the labs share addresses across their segments: a source's own address is held elsewhere too
        MatrixCounts.assertSummaryAgrees(Simulation.of(Labs.allExamples()), "examples/");
    }

    @ParameterizedTest
    @CsvSource({ "2, 3, 1", "5, 8, 2", "12, 6, 3", "40, 12, 4", "120, 2, 5" }) // 120 hosts: 3 networks, NAT across them
    void t8SummaryCountsWhatTheMatrixSaysOnGeneratedDataCentres(int hosts, int vmsPerHost, long seed) {
        Simulation simulation = Simulation.of(Labs.generated(hosts, vmsPerHost, seed));
        MatrixCounts.assertSummaryAgrees(simulation, "generated " + hosts + "x" + vmsPerHost);
    }

    @ParameterizedTest
    @CsvSource({ "12, 6, 3, 30, 30, 30, 30", "40, 8, 4, 0, 50, 0, 50", "120, 3, 5, 30, 10, 20, 20", "60, 5, 7, 0, 100, 0, 0",
            "60, 5, 8, 0, 0, 0, 100" })
    void t8SummaryCountsWhatTheMatrixSaysOnGeneratedDataCentresOfTodaysHyperV(int hosts, int vmsPerHost, long seed, int vlan, int nat,
            int set, int acl) {
        // WinNAT hosts and port ACLs share gateway walks across source classes and filter them: same counts
        TodaysShares shares = new TodaysShares(vlan, nat, set, acl);
        Simulation simulation = Simulation.of(Labs.generated(hosts, vmsPerHost, seed, shares));
        MatrixCounts.assertSummaryAgrees(simulation, "generated " + hosts + "x" + vmsPerHost + " " + shares);
    }

    /**
     * WinNAT hosts and hosts with port ACLs add walks in proportion to the source classes they add: a
     * NetNat's prefix or an ACL's prefixes split the senders' classes by source, but the gateways' walks that read
     * nothing of it are shared, an ACL filters the walks of its port's gateway instead of walking itself, a WinNAT
     * host hands its translated packets to its LAN's router like an RRAS NAT does and drops the others without a walk
     * per class, and a NetNat's mapped address or an ACL's /32 inside a subnet adds no on-link walk. Without that
     * sharing, the walks per source class of this model were 1.9 times those of the classic model of the same seed.
     */
    @Test
    void t8WinNatAndAclHostsAddWalksInProportionToTheirClasses() {
        ReachabilitySummary classic = Simulation.of(Labs.generated(200, 6, 1)).reachabilitySummary();
        ReachabilitySummary today = Simulation.of(Labs.generated(200, 6, 1, new TodaysShares(0, 30, 0, 30))).reachabilitySummary();
        double classicPerClass = classic.walks() / (double) classic.sourceClasses();
        double bound = 1.2 * classicPerClass * today.sourceClasses();
        assertTrue(today.walks() <= bound, () -> today.walks() + " walks for " + today.sourceClasses() + " source classes, more than "
                + Math.round(bound) + " (1.2 x the classic model's " + classic.walks() + " walks for " + classic.sourceClasses() + " classes)");
    }

    /**
     * Every host's NAT gateway hands what is off its subnets to its LAN's router and shares that router's walks: class
     * walks grow with the model, not with hosts x networks (the generator adds a network per 50 hosts). Walking every
     * gateway to every destination class gave about 3x the walks per doubling here.
     */
    @Test
    void t8ClassWalksGrowLinearlyWhenNetworksGrowWithHosts() {
        long half = Simulation.of(Labs.generated(500, 2, 6)).reachabilitySummary().walks();
        long whole = Simulation.of(Labs.generated(1000, 2, 6)).reachabilitySummary().walks();
        assertTrue(whole < 2.3 * half, () -> whole + " walks at 1,000 hosts, " + half + " at 500");
    }

    @Test
    void t8SummaryWalksPerClassNotPerPair() {
        Simulation simulation = Simulation.of(Labs.generated(40, 12, 4));
        ReachabilitySummary summary = simulation.reachabilitySummary();
        assertTrue(summary.sourceClasses() < summary.endpoints(), summary::toString);
        assertTrue(summary.walks() < summary.endpoints() * (long) summary.destinationClasses(),
                () -> summary.walks() + " walks for " + summary.endpoints() + " endpoints");
        assertTrue(summary.walks() * 20L < summary.pairs(), () -> summary.walks() + " walks for " + summary.pairs() + " pairs");
    }

    @Test
    void t8SummaryIsComputedOnceAndKept() {
        Simulation simulation = Simulation.of(Labs.example("article.hvnet"));
        assertSame(simulation.reachabilitySummary(), simulation.reachabilitySummary());
    }

    @Test
    void t8GroupsPutTheIsolatedFirst() {
        ReachabilitySummary summary = Simulation.of(Labs.example("private-isolation.hvnet")).reachabilitySummary();
        List<ReachGroup> groups = summary.groups();
        assertEquals(groups.stream().sorted(Comparator.comparingInt(ReachGroup::reaches)).toList(), groups);
        ReachabilitySummary article = Simulation.of(Labs.example("article.hvnet")).reachabilitySummary();
        ReachGroup db = article.groups().stream().filter(g -> g.endpoint().equals("Db01.eth0")).findFirst().orElseThrow();
        assertTrue(db.isolated(), db::toString); // Db01 on the private switch, APIPA
        assertFalse(db.internet());
        assertEquals(db, article.groups().get(0));
    }

    /**
     * The groups come fewest reached first, then the largest, then by name: the same list as sorting them with that
     * comparison, on a generated data centre of today's Hyper-V whose groups tie on both numbers (the summary sorts
     * the numbers packed into longs and compares names only within a run of ties, so a wrong packing or a run cut
     * short would show here).
     */
    @Test
    void t8GroupsAreOrderedByReachThenSizeThenName() {
        List<ReachGroup> groups = Simulation.of(Labs.generated(60, 5, 3, new TodaysShares(30, 10, 20, 20))).reachabilitySummary().groups();
        Comparator<ReachGroup> order = Comparator.comparingInt(ReachGroup::reaches)
                .thenComparing(Comparator.comparingInt(ReachGroup::members).reversed()).thenComparing(ReachGroup::endpoint);
        assertEquals(groups.stream().sorted(order).toList(), groups);
        long ties = IntStream.range(1, groups.size())
                .filter(i -> groups.get(i - 1).reaches() == groups.get(i).reaches() && groups.get(i - 1).members() == groups.get(i).members())
                .count();
        assertTrue(ties > 10, () -> ties + " groups tie with the one before: too few to check the order by name");
    }

    @Test
    void t4DuplicateSourcesReachNothingAndTheSummarySaysSo() {
        Simulation simulation = Simulation.of(Labs.of("""
                topology Duplicates
                network Lan { subnet 10.0.0.0/24 router 10.0.0.1 internet }
                host H platform hyperv-2012 {
                    nic Ethernet cable Lan { bind vswitch }
                    switch External external on Ethernet { host-vnic V { ipv4 static 10.0.0.2/24 gateway 10.0.0.1 } }
                    vm A { nic eth0 on External { ipv4 static 10.0.0.5/24 gateway 10.0.0.1 } }
                    vm B { nic eth0 on External { ipv4 static 10.0.0.5/24 gateway 10.0.0.1 } }
                    vm C { nic eth0 on External { ipv4 static 10.0.0.6/24 gateway 10.0.0.1 } }
                }
                """));
        MatrixCounts.assertSummaryAgrees(simulation, "duplicates");
        ReachabilitySummary summary = simulation.reachabilitySummary();
        ReachGroup duplicates = summary.groups().stream().filter(g -> g.endpoint().equals("A.eth0")).findFirst().orElseThrow();
        // rule T-4: a duplicate source address drops every packet; each reaches only the address it holds itself
        assertEquals(2, duplicates.members(), duplicates::toString);
        assertEquals(duplicates.members() - 1, duplicates.reachesMost(), duplicates::toString);
        assertFalse(duplicates.internet(), duplicates::toString);
    }
}
