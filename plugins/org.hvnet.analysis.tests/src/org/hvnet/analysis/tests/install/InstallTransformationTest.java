// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.tests.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.analysis.install.InstallReport;
import org.hvnet.analysis.install.InstallResult;
import org.hvnet.analysis.install.InstallTransformation;
import org.hvnet.model.Binding;
import org.hvnet.model.DhcpIpv4Config;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/** Rules I-1 to I-5: the install transformation and its change report. */
class InstallTransformationTest {

    private static String lab(String platform, String extra, String nicBody) {
        return """
                topology T
                network Office { subnet 192.168.1.0/24 }
                host HV01 platform %s {
                    retired "Local Area Connection 2"
                    nic "Local Area Connection" cable Office { %s }
                    install hyperv using "Local Area Connection"
                    %s
                }
                """.formatted(platform, nicBody, extra);
    }

    private static final String STATIC = "bind client, file-sharing, qos, tcpip4, tcpip6  ipv4 static 192.168.1.10/24 gateway 192.168.1.1 dns 192.168.1.2";

    @Test
    void i2On2008CreatesVWithNextFreeNameCopiesBindingsAndLosesStaticIp() {
        List<Topology> written = Labs.of(lab("hyperv-2008", "", STATIC));
        InstallResult result = InstallTransformation.applyPlanned(written);
        Host host = result.topologies().get(0).getHosts().get(0);
        assertNull(host.getInstall(), "the applied clause is gone");
        assertEquals(List.of(Binding.VSWITCH), host.getNics().get(0).getBindings());
        VirtualSwitch vswitch = host.getSwitches().get(0);
        assertEquals("Local Area Connection - Virtual Network", vswitch.getName());
        assertEquals(SwitchKind.EXTERNAL, vswitch.getKind());
        assertEquals(host.getNics().get(0), vswitch.getExternalNics().get(0));
        HostVirtualNic v = vswitch.getHostVnics().get(0);
        assertEquals("Local Area Connection 3", v.getName());
        assertEquals(List.of(Binding.CLIENT, Binding.FILE_SHARING, Binding.QOS, Binding.TCPIP4, Binding.TCPIP6), v.getBindings());
        assertInstanceOf(DhcpIpv4Config.class, v.getIpv4());

        InstallReport report = result.reports().get(0);
        assertTrue(report.changed());
        assertEquals(1, report.lost().size());
        assertEquals("ipv4 static 192.168.1.10/24 gateway 192.168.1.1 dns 192.168.1.2", report.lost().get(0).setting());
        assertEquals("static 192.168.1.10/24 on 'Local Area Connection' is lost; 'Local Area Connection 3' will use DHCP",
                report.lost().get(0).warnings().get(0));
        assertEquals(List.of("client", "file-sharing", "qos", "tcpip4", "tcpip6"), report.unbound().get(0).removed());
        assertEquals(List.of("vswitch"), report.unbound().get(0).bound());
        // the input is never changed
        assertNotNull(written.get(0).getHosts().get(0).getInstall());
        assertTrue(written.get(0).getHosts().get(0).getSwitches().isEmpty());
    }

    @Test
    void i2On2012NamesVEthernetAndMovesStaticIp() {
        InstallResult result = InstallTransformation.applyPlanned(Labs.of(lab("hyperv-2012", "", STATIC)));
        HostVirtualNic v = result.topologies().get(0).getHosts().get(0).getSwitches().get(0).getHostVnics().get(0);
        assertEquals("vEthernet (Local Area Connection - Virtual Network)", v.getName());
        assertEquals("192.168.1.10/24", ((StaticIpv4Config) v.getIpv4()).getAddress().toString());
        assertTrue(result.reports().get(0).lost().isEmpty());
        assertEquals(1, result.reports().get(0).moved().size());
    }

    @Test
    void i2PreserveIpOnInstallKeepsIpOn2008() {
        String text = lab("hyperv-2008", "", STATIC).replace("platform hyperv-2008", "platform hyperv-2008 preserve-ip-on-install");
        InstallResult result = InstallTransformation.applyPlanned(Labs.of(text));
        HostVirtualNic v = result.topologies().get(0).getHosts().get(0).getSwitches().get(0).getHostVnics().get(0);
        assertInstanceOf(StaticIpv4Config.class, v.getIpv4());
        assertTrue(result.reports().get(0).lost().isEmpty());
    }

    @Test
    void i2DhcpNicLosesNothingAndSwitchNameTakesSuffixWhenTaken() {
        String text = lab("hyperv-2008", "switch \"Local Area Connection - Virtual Network\" private", "");
        InstallResult result = InstallTransformation.applyPlanned(Labs.of(text));
        Host host = result.topologies().get(0).getHosts().get(0);
        assertEquals("Local Area Connection - Virtual Network 2", host.getSwitches().get(1).getName());
        assertTrue(result.reports().get(0).lost().isEmpty());
    }

    @Test
    void i2WrittenExternalSwitchIsCompletedNotDuplicated() {
        String text = lab("hyperv-2008", "switch External external on \"Local Area Connection\"", STATIC);
        InstallResult result = InstallTransformation.applyPlanned(Labs.of(text));
        Host host = result.topologies().get(0).getHosts().get(0);
        assertEquals(1, host.getSwitches().size());
        assertEquals("Local Area Connection 3", host.getSwitches().get(0).getHostVnics().get(0).getName());
    }

    @Test
    void i3NoNicSelectedChangesNoNic() {
        InstallResult result = InstallTransformation.applyPlanned(Labs.of("""
                topology T
                host H platform hyperv-2008 { nic a  install hyperv }
                """));
        Host host = result.topologies().get(0).getHosts().get(0);
        assertTrue(host.getSwitches().isEmpty());
        assertTrue(host.getNics().get(0).getBindings().isEmpty());
        assertTrue(result.reports().get(0).created().isEmpty());
    }

    @Test
    void i1HostedProductAddsVmnsAndKeepsEverything() {
        InstallResult result = InstallTransformation.applyPlanned(Labs.of("""
                topology T
                host H platform virtual-server { nic a { bind client, tcpip4  ipv4 static 10.0.0.1/8 }  nic b  install virtual-server }
                """));
        Host host = result.topologies().get(0).getHosts().get(0);
        assertEquals(List.of(Binding.CLIENT, Binding.TCPIP4, Binding.VMNS), host.getNics().get(0).getBindings());
        assertEquals(List.of(Binding.CLIENT, Binding.FILE_SHARING, Binding.QOS, Binding.TCPIP4, Binding.TCPIP6, Binding.VMNS),
                host.getNics().get(1).getBindings());
        assertInstanceOf(StaticIpv4Config.class, host.getNics().get(0).getIpv4());
        assertTrue(host.getSwitches().isEmpty());
    }

    @Test
    void i5SecondRunChangesNothing() {
        InstallResult first = InstallTransformation.applyPlanned(Labs.of(lab("hyperv-2008", "", STATIC)));
        InstallResult second = InstallTransformation.applyTo(first.topologies(), "HV01", List.of("Local Area Connection"));
        assertFalse(second.reports().get(0).changed());
        assertEquals(1, second.topologies().get(0).getHosts().get(0).getSwitches().size());
        InstallResult third = InstallTransformation.applyTo(first.topologies(), "HV01", List.of());
        assertFalse(third.reports().get(0).changed());
    }

    @Test
    void i5NearMissAHostWithoutClauseButANewNicChanges() {
        InstallResult result = InstallTransformation.applyTo(Labs.of("""
                topology T
                host H platform hyperv-2012 { nic a }
                """), "H", List.of("a"));
        assertTrue(result.reports().get(0).changed());
        assertEquals("vEthernet (a - Virtual Network)", result.topologies().get(0).getHosts().get(0).getSwitches().get(0).getHostVnics().get(0).getName());
    }

    @Test
    void i2PlannedInterfaceNamesOfTheArticle() {
        List<Topology> article = Labs.example("article.hvnet");
        assertEquals(List.of("Local Area Connection 3"), InstallTransformation.plannedInterfaceNames(article.get(0).getHosts().get(0)));
    }
}
