// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.hvnet.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's decisions where Windows leaves a choice, each on the fixture host that shows it. */
class ImportDecisionsTest {

    @TempDir
    Path dir;

    @Test
    void platformComesFromTheBuildAndProductTypeNeverTheProductName() {
        assertTrue(imported("2008r2-win32-only").contains("host HV2008 platform hyperv-2008 {"));
        assertTrue(imported("2012r2-external-host-vnic.json").contains("host \"HV12R2-01\" platform hyperv-2012 {"));
        assertTrue(imported("2022-cluster-node.json").contains("host \"HV22-N1\" platform hyperv-2016 {"));
        // build 22631 on a workstation, although WindowsProductName says "Windows 10"
        assertTrue(imported("win11-default-switch.json").contains("host \"LAPTOP-7Q2M4K\" platform hyperv-client {"));
    }

    @Test
    void networksAreNamedAfterTheirSubnetWithTheVlanWhenTaggedAndCarryTheHostsRouter() {
        String text = imported("2019-set-vlans");
        assertTrue(text.contains("network \"10.10.10.0/24 vlan 10\" {\n    vlan 10\n    subnet 10.10.10.0/24\n    router 10.10.10.1 internet\n}"), text);
        assertTrue(text.contains("network \"10.10.20.0/24 vlan 20\" {\n    vlan 20\n    subnet 10.10.20.0/24\n}"), text);
        // a SET team: both members cabled to the networks of the host vNICs' VLANs (rule X-6)
        // and to the network of VLAN 30, which only the VMs' addresses show (/24 assumed: a VM reports no prefix)
        assertTrue(text.contains("network \"10.10.30.0/24 vlan 30\" {\n    vlan 30\n    subnet 10.10.30.0/24\n}"), text);
        assertTrue(text.contains("nic \"SLOT 2 Port 1\" mac 24-8A-07-A1-B2-C0 cable \"10.10.10.0/24 vlan 10\", \"10.10.20.0/24 vlan 20\","
                + " \"10.10.30.0/24 vlan 30\" {\n        bind vswitch"), text);
        assertTrue(text.contains("switch SETswitch external on \"SLOT 2 Port 1\", \"SLOT 2 Port 2\" embedded-teaming {"), text);
        assertTrue(text.contains("host-vnic \"vEthernet (Management)\" vlan 10 {"), text);
        assertTrue(text.contains("nic Trunk vlan trunk 30, 40-42 native 30 on SETswitch { ipv4 static 10.10.30.1/24 }"), text);
    }

    @Test
    void aLeaseIsDhcpExpectedFromItsNetworkWhoseServerRangeIsTheSubnet() {
        String text = imported("win11-default-switch.json");
        assertTrue(text.contains("dhcp-server 192.168.1.1 range 192.168.1.1 - 192.168.1.254 gateway 192.168.1.1 dns 192.168.1.1"), text);
        assertTrue(text.contains("nic \"Wi-Fi\" mac 7C-50-79-AA-BB-CC cable \"192.168.1.0/24\" {"), text);
        assertTrue(text.contains("expect address \"LAPTOP-7Q2M4K\".\"Wi-Fi\" dhcp from \"192.168.1.0/24\""), text);
    }

    @Test
    void theDefaultSwitchIsToldByItsIdAndPinsTheSubnetWindowsChose() {
        String text = imported("win11-default-switch.json");
        assertTrue(text.contains("switch \"Default Switch\" default subnet 172.27.48.0/20\n"), text);
        assertTrue(text.contains("vm \"Ubuntu 22.04\" { nic \"Network Adapter\" on \"Default Switch\" { ipv4 dhcp } }"), text);
    }

    @Test
    void aVmThatIsOffGetsNoAddressAndNoExpectation() {
        String text = imported("2016-nat-switch.json");
        assertTrue(text.contains("vm Build { nic \"Network Adapter\" on NATSwitch }"), text);
        assertFalse(text.contains("expect address Build"), text);
        assertFalse(imported("win11-default-switch.json").contains("expect address \"Kim"));
    }

    @Test
    void staticAddressesKeepGatewayAndDnsAndAreExpectedAsThemselves() {
        String text = imported("2012r2-external-host-vnic.json");
        assertTrue(text.contains("host-vnic \"vEthernet (Corp)\" {\n            bind client, file-sharing, qos, tcpip4, tcpip6, lltd\n"
                + "            ipv4 static 10.20.0.11/24 gateway 10.20.0.1 dns 10.20.0.5, 10.20.0.6"), text);
        assertTrue(text.contains("expect address \"HV12R2-01\".\"vEthernet (Corp)\" 10.20.0.11"), text);
        // a VM's reported address takes its segment's prefix; nothing serves DHCP there, so it is static
        assertTrue(text.contains("vm APP01 { nic \"Network Adapter\" on Corp { ipv4 static 10.20.0.50/24 } }"), text);
        assertTrue(text.contains("expect address APP01.\"Network Adapter\" 10.20.0.50"), text);
    }

    @Test
    void winNatWithItsStaticMappings() {
        String text = imported("2016-nat-switch.json");
        assertTrue(text.contains("netnat NATNetwork prefix 192.168.100.0/24 {\n        forward tcp 8080 to 192.168.100.10 port 80\n"
                + "        forward udp 5353 to 192.168.100.11 port 53\n    }"), text);
        assertTrue(text.contains("host-vnic \"vEthernet (NATSwitch)\" {"), text);
    }

    @Test
    void guardsAndPortAclsAndWhatCannotBeModeledIsAWarning() {
        CommandRun run = ImportRuns.run("acls-and-guards.json", "-o", dir.resolve("edge.hvnet").toString());
        assertEquals(0, run.exitCode(), run::toString);
        String text = ImportRuns.read(dir.resolve("edge.hvnet"));
        assertTrue(text.contains("nic WAN on Edge dhcp-guard mac-spoofing { ipv4 static 203.0.113.10/24 }"), text);
        assertTrue(text.contains("acl deny both remote 10.0.0.0/8\n            acl allow in remote 10.0.5.0/24"), text);
        assertTrue(text.contains("acl allow both remote 0.0.0.0/0"), "ANY is every IPv4 address: " + text);
        assertTrue(run.err().contains("acls-and-guards.json: warning: port ACL 'Meter Outbound 192.168.0.0/16' of WEB01.Network Adapter is"
                + " left out: metering rules are not modeled"), run::toString);
        assertTrue(run.err().contains("port ACL 'Deny Inbound 03-0F-01-0E-AA-B2' of WEB01.Network Adapter is left out"), run::toString);
    }

    @Test
    void windowsServer2008R2NicsAreNamedByDescriptionAndItsHostVnicsLeftOut() {
        CommandRun run = ImportRuns.run("2008r2-win32-only", "-o", dir.resolve("old.hvnet").toString());
        String text = ImportRuns.read(dir.resolve("old.hvnet"));
        assertTrue(text.contains("nic \"Broadcom BCM5709C NetXtreme II GigE (NDIS VBD Client) #2\" mac 00-10-18-42-BA-12 cable \"192.168.10.0/24\""
                + " { ipv4 static 192.168.10.20/24 gateway 192.168.10.1 dns 192.168.10.5, 192.168.10.6 }"), text);
        assertTrue(run.err().contains("warning: host vNIC 'Microsoft Virtual Network Switch Adapter' (192.168.20.57/24) is left out: without"
                + " Get-VMSwitch its switch is unknown"), run::toString);
    }

    @Test
    void physicalNicsOfSeveralHostsOnOneSubnetShareOneNetwork() {
        String text = ImportRuns.imported(dir, "estate", "estate/HV-A.json estate/HV-B.json estate/HV-C");
        assertEquals(2, text.split("\nnetwork ", -1).length - 1, text);
        assertTrue(text.contains("nic Ethernet mac 3C-FD-FE-0A-00-01 cable \"10.1.0.0/24\""), text);
        assertTrue(text.contains("nic NIC1 mac 00-10-9B-4E-01-01 cable \"10.1.0.0/24\""), text);
        assertTrue(text.contains("nic NIC2 mac 00-10-9B-4E-01-02 cable \"10.2.0.0/24\""), text);
        assertTrue(text.contains("nic Ethernet mac 94-57-A5-C3-0A-10 cable \"10.2.0.0/24\""), text);
        // a VM on an external switch whose network has a DHCP server leased its address
        assertTrue(text.contains("vm \"C-DB\" { nic \"Network Adapter\" on Uplink { ipv4 dhcp } }"), text);
        assertTrue(text.contains("expect address \"C-DB\".\"Network Adapter\" dhcp from \"10.2.0.0/24\""), text);
    }

    @Test
    void duplicateNamesGetANumberAndAWarning() {
        CommandRun run = ImportRuns.run("bad/duplicate-names.json", "-o", dir.resolve("dup.hvnet").toString());
        assertEquals(0, run.exitCode(), run::toString);
        String text = ImportRuns.read(dir.resolve("dup.hvnet"));
        assertTrue(text.contains("nic \"Network Adapter 2\" on NATSwitch"), text);
        assertTrue(text.contains("switch \"NATSwitch 2\""), text);
        assertTrue(text.contains("nic \"Ethernet 2\" mac 00-50-56-8A-1B-2D"), text);
        assertTrue(run.err().contains("duplicate-names.json: warning: a second switch 'NATSwitch' on HV16-NAT is named 'NATSwitch 2' in the model"),
                run::toString);
        assertTrue(run.err().contains("VM Web has two NICs named \"Network Adapter\""), run::toString);
        // the fixture's second switch is bound to a NIC that keeps TCP/IPv4: the import keeps what Windows reported, and
        // validation names the conflict instead of failing
        CommandRun validate = CommandRun.of("validate", dir.resolve("dup.hvnet").toString());
        assertEquals(1, validate.exitCode(), validate::toString);
        assertTrue(validate.err().contains("backs external switch external switch \"HV16-NAT\".\"NATSwitch 2\"") && validate.err().contains("[V-8]"),
                validate::toString);
    }

    private String imported(String fixture) {
        return ImportRuns.imported(dir, ImportRuns.nameOf(fixture), fixture);
    }
}
