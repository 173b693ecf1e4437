// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.interop.export.HostExport;
import org.hvnet.model.Platform;
import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code hvnet export --to powershell}, read without PowerShell (none runs here): strings and brackets close, every
 * cmdlet and parameter is one reviewed against Microsoft's documentation, every change is asked of ShouldProcess inside
 * a check of the host (idempotent, {@code -WhatIf}), and nothing changes before the physical NICs are found as modeled.
 */
class PowerShellScriptTest {

    private static final Set<String> CHANGING_VERBS = Set.of("New", "Add", "Set", "Connect", "Disconnect", "Rename");

    @TempDir
    Path dir;

    /** Every host with a Hyper-V PowerShell module in the examples, today's Hyper-V, and two imported fixtures. */
    static Stream<String[]> scripts() {
        List<String[]> scripts = new ArrayList<>();
        List<Map.Entry<String, String>> models = new ArrayList<>();
        HvnetTestFiles.examples().forEach(p -> models.add(Map.entry(p.toString(), HvnetTestFiles.read(p))));
        models.add(Map.entry("todays-hyperv.hvnet", HvnetTestFiles.todaysHyperV()));
        for (Map.Entry<String, String> model : models) {
            LoadedModel loaded = HvnetTestFiles.load(Map.of(model.getKey(), model.getValue()));
            loaded.topologies().stream().flatMap(t -> t.getHosts().stream())
                    .filter(h -> HostExport.hostNames(loaded.topologies()).contains(h.getName()) && h.getPlatform() != Platform.HYPERV_2008)
                    .forEach(h -> scripts.add(new String[] {model.getKey(), h.getName(),
                            HostExport.powerShell(loaded.topologies(), h.getName(), model.getKey()).text()}));
        }
        return scripts.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scripts")
    void everyCmdletAndParameterIsAReviewedOne(String model, String host, String script) {
        Map<String, Set<String>> reviewed = ScriptShape.reviewed(HvnetTestFiles.read(
                Inventories.folder().getParent().resolve("resources/reviewed-cmdlets.txt")));
        for (ScriptShape.Call call : ScriptShape.calls(script)) {
            assertTrue(reviewed.containsKey(call.cmdlet()), "line " + call.line() + ": " + call.cmdlet() + " was not reviewed");
            for (String parameter : call.parameters()) {
                assertTrue(reviewed.get(call.cmdlet()).contains(parameter), "line " + call.line() + ": " + call.cmdlet() + " -" + parameter
                        + " was not reviewed");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scripts")
    void everyChangeIsCheckedFirstAndAskedOfShouldProcess(String model, String host, String script) {
        assertTrue(script.contains("[CmdletBinding(SupportsShouldProcess = $true)]\nparam("), script);
        List<ScriptShape.Call> calls = ScriptShape.calls(script);
        int nicCheck = script.substring(0, script.indexOf("if ($mismatches.Count -gt 0) {")).split("\n", -1).length;
        for (ScriptShape.Call call : calls) {
            String verb = call.cmdlet().substring(0, call.cmdlet().indexOf('-'));
            if (!CHANGING_VERBS.contains(verb) || call.cmdlet().equals("Set-StrictMode")) {
                continue;
            }
            assertTrue(call.line() > nicCheck, "line " + call.line() + ": a change before the physical NICs are checked");
            assertTrue(!call.enclosing().isEmpty() && call.enclosing().get(0).contains("$PSCmdlet.ShouldProcess("),
                    "line " + call.line() + ": " + call.cmdlet() + " outside ShouldProcess: " + call.enclosing());
            assertTrue(call.enclosing().size() > 1 && call.enclosing().get(1).matches("(\\} (else)?)?if \\(.*\\) \\{|\\} else \\{"),
                    "line " + call.line() + ": " + call.cmdlet() + " changes without checking the host first: " + call.enclosing());
        }
    }

    @Test
    void theScriptOfTodaysHyperVMakesEachModeledElement() {
        LoadedModel model = HvnetTestFiles.load(Map.of("todays-hyperv.hvnet", HvnetTestFiles.todaysHyperV()));
        String script = HostExport.powerShell(model.topologies(), "HV02", "todays-hyperv.hvnet").text();
        for (String step : List.of(
                "New-VMSwitch -Name 'Converged' -NetAdapterName 'NIC1', 'NIC2' -EnableEmbeddedTeaming $true -AllowManagementOS $false",
                "Add-VMNetworkAdapter -ManagementOS -Name 'Management' -SwitchName 'Converged' -Passthru",
                "Set-VMNetworkAdapterVlan -ManagementOS -VMNetworkAdapterName 'Management' -Access -VlanId 10",
                "New-VMSwitch -Name 'Nat' -SwitchType Internal",
                "New-NetIPAddress -InterfaceAlias $alias -AddressFamily IPv4 -IPAddress '10.10.0.21' -PrefixLength 24",
                "New-NetRoute -InterfaceAlias $alias -AddressFamily IPv4 -DestinationPrefix '0.0.0.0/0' -NextHop '10.10.0.1'",
                "New-NetNat -Name 'LabNat' -InternalIPInterfaceAddressPrefix '172.20.0.0/24'",
                "Add-NetNatStaticMapping -NatName 'LabNat' -Protocol TCP -ExternalIPAddress '0.0.0.0/24' -ExternalPort 8080"
                        + " -InternalIPAddress '172.20.0.10' -InternalPort 80",
                "Add-VMNetworkAdapter -VM $vm -Name 'eth0' -SwitchName 'Converged' -Passthru",
                "Connect-VMNetworkAdapter -VMNetworkAdapter $nic -SwitchName 'Converged'",
                "Set-VMNetworkAdapter -VMNetworkAdapter $nic -DhcpGuard On",
                "Add-VMNetworkAdapterAcl -VMNetworkAdapter $nic -Action Deny -Direction Inbound -RemoteIPAddress '10.0.0.0/8'",
                "Set-VMNetworkAdapterVlan -VMNetworkAdapter $nic -Trunk -AllowedVlanIdList '10,20,30-39' -NativeVlanId 10",
                "Set-VMHost -MacAddressMinimum '00155D0A1500' -MacAddressMaximum '00155D0A15FF'",
                "$adapter = @(Get-NetAdapter -Physical | Where-Object { $_.Name -eq 'NIC1' })")) {
            assertTrue(script.contains(step), step + "\n" + script);
        }
    }

    @Test
    void namesAreQuotedAsPowerShellLiterals() {
        LoadedModel model = HvnetTestFiles.load(Map.of("q.hvnet", """
                topology Q
                host "HV'01" platform hyperv-2016 {
                    nic "Port $1" mac 00-1A-2B-3C-4D-5E
                    switch "Lab `x" internal
                    vm "Kim's sandbox" { nic eth0 on "Lab `x" }
                }
                """));
        String script = HostExport.powerShell(model.topologies(), "HV'01", "q.hvnet").text();
        assertTrue(script.contains("$_.Name -eq 'Kim''s sandbox'"), script);
        assertTrue(script.contains("$_.Name -eq 'Port $1'"), script);
        assertTrue(script.contains("throw \"This is $env:COMPUTERNAME, not HV'01"), script);
        assertTrue(script.contains("$mismatches += \"NIC 'Port `$1' has MAC"), script);
        assertTrue(script.contains("Switch 'Lab ``x' is $($switch.SwitchType)"), script);
        ScriptShape.calls(script);
    }

    @Test
    void theCommandWritesTheScriptAndRefusesHostsWithoutAHyperVModule() throws Exception {
        Path article = HvnetTestFiles.repositoryRoot().resolve("examples/hosted-vs-hyperv.hvnet");
        Path out = dir.resolve("HV02.ps1");
        CommandRun run = CommandRun.of("export", article.toString(), "--host", "HV02", "--to", "powershell", "-o", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.readString(out).contains("New-VMSwitch -Name 'Ethernet - Virtual Network' -NetAdapterName 'Ethernet'"
                + " -AllowManagementOS $true"), "the planned install's switch, and its host vNIC");
        CommandRun hosted = CommandRun.of("export", article.toString(), "--host", "DESK01", "--to", "powershell");
        assertEquals(2, hosted.exitCode(), hosted::toString);
        assertTrue(hosted.err().contains("host DESK01 runs virtual-pc, not Hyper-V"), hosted::toString);
        Path old = HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet");
        CommandRun hyperV2008 = CommandRun.of("export", old.toString(), "--host", "HV01", "--to", "powershell", "-o", dir.resolve("x.ps1").toString());
        assertEquals(2, hyperV2008.exitCode(), hyperV2008::toString);
        assertTrue(hyperV2008.err().contains("Windows Server 2008 and 2008 R2 have no PowerShell module for Hyper-V"), hyperV2008::toString);
        assertFalse(Files.exists(dir.resolve("x.ps1")));
        assertEquals(2, CommandRun.of("export", old.toString(), "--host", "NOPE", "--to", "powershell").exitCode());
        assertEquals(2, CommandRun.of("export", old.toString(), "--host", "HV01", "--to", "yaml").exitCode());
        assertEquals(2, CommandRun.of("export", old.toString(), "--to", "inventory").exitCode());
    }

    @Test
    void whatAnInventoryCannotCarryIsAWarning() {
        Path article = HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet");
        CommandRun run = CommandRun.of("export", article.toString(), "--host", "HV01", "--to", "inventory");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains(article + ": warning: HV01: RRAS (routing and NAT, rules T-5 and T-6) is not in an inventory"), run::toString);
        assertTrue(run.err().contains("DC01: the DHCP server the VM runs is not in an inventory"), run::toString);
        assertTrue(run.out().startsWith("{\n  \"hvnet-collector\": {"), run::toString);
    }
}
