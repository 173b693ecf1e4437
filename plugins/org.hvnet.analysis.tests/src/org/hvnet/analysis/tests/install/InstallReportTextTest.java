// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.tests.install;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hvnet.analysis.install.InstallReport;
import org.hvnet.analysis.install.InstallReportText;
import org.hvnet.analysis.install.InstallTransformation;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/** Rule I-5's change report in words: the one wording of the command's reports and the workbench's Install Preview. */
class InstallReportTextTest {

    private static List<String> linesOf(List<InstallReport> reports, String host) {
        return InstallReportText.lines(reports.stream().filter(r -> r.host().equals(host)).findFirst().orElseThrow());
    }

    @Test
    void theArticlesInstallRemovesTheBindingsAndLosesTheStaticSettings() {
        List<InstallReport> reports = InstallTransformation.applyPlanned(Labs.example("article.hvnet")).reports();
        assertEquals(List.of(
                "install hyperv on HV01: changed",
                "  created external switch 'Local Area Connection - Virtual Network' on NIC 'Local Area Connection'",
                "  created host vNIC 'Local Area Connection 3' on switch 'Local Area Connection - Virtual Network': bind client, file-sharing, qos, tcpip4, tcpip6; ipv4 dhcp",
                "  NIC 'Local Area Connection': removed client, file-sharing, qos, tcpip4, tcpip6; bound vswitch",
                "  warning: static 192.168.1.10/24 on 'Local Area Connection' is lost; 'Local Area Connection 3' will use DHCP",
                "  warning: gateway 192.168.1.1 on 'Local Area Connection' is lost",
                "  warning: dns 192.168.1.2 on 'Local Area Connection' is lost"), linesOf(reports, "HV01"));
    }

    @Test
    void on2012TheSettingsMoveAndAHostedProductOnlyBindsItsService() {
        List<InstallReport> reports = InstallTransformation.applyPlanned(Labs.example("hosted-vs-hyperv.hvnet")).reports();
        assertEquals(List.of(
                "install virtual-pc on DESK01: changed",
                "  NIC 'Local Area Connection': bound vmns"), linesOf(reports, "DESK01"));
        assertEquals(List.of(
                "install hyperv on HV02: changed",
                "  created external switch 'Ethernet - Virtual Network' on NIC 'Ethernet'",
                "  created host vNIC 'vEthernet (Ethernet - Virtual Network)' on switch 'Ethernet - Virtual Network': bind client, file-sharing, qos, tcpip4, tcpip6; ipv4 static 192.168.10.30/24 gateway 192.168.10.1 dns 192.168.10.2",
                "  NIC 'Ethernet': removed client, file-sharing, qos, tcpip4, tcpip6; bound vswitch",
                "  moved 'ipv4 static 192.168.10.30/24 gateway 192.168.10.1 dns 192.168.10.2' from 'Ethernet' to 'vEthernet (Ethernet - Virtual Network)'"),
                linesOf(reports, "HV02"));
    }

    @Test
    void anInstalledHostReportsThatNothingChanges() {
        List<InstallReport> reports = InstallTransformation.applyTo(Labs.of("""
                topology T
                host HV01 platform hyperv-2012 {
                    nic eth0 { bind vswitch }
                    switch Outside external on eth0
                }
                """), "HV01", List.of("eth0")).reports();
        assertEquals(List.of("install hyperv on HV01: nothing changed", "  note: already installed: nothing changes (rule I-5)"),
                linesOf(reports, "HV01"));
    }
}
