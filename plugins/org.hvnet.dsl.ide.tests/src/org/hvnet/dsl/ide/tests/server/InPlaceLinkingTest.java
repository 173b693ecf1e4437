// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.hvnet.dsl.ide.tests.server.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Topology;
import org.hvnet.model.VmNic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * The language server links an edit brought in by the partial parser in part (issue 12, item 3), and answers after
 * each edit as a fresh parse of the text: edits of names that many references find (a switch, a NIC, a network in
 * another open file, a VM that expectations and another open file name), a name that another element takes, broken and
 * mended syntax around references; the definition from another open file into the edited one follows the edits; and
 * a kept element's reference keeps the element it found, not resolved again.
 */
class InPlaceLinkingTest {

    private static final String NETWORKS = "topology Networks\nnetwork Lan { subnet 10.0.0.0/16 }\nnetwork Corp { subnet 10.1.0.0/16 }\n";

    private static final String OTHER = "topology Other\nexpect reach V001 -> V002\n";

    @TempDir
    Path workspace;

    /** Hosts whose NICs are cabled to a network of another file, with switches their VMs' NICs name, and expectations. */
    static String estate(int hosts) {
        StringBuilder text = new StringBuilder("topology Estate\n");
        for (int i = 0; i < hosts; i++) {
            text.append(String.format("""
                    host H%1$03d platform hyperv-2016 {
                        nic eth0 cable Lan { bind vswitch ipv4 static 10.0.0.%2$d/16 }
                        switch Int internal
                        switch Ext external on eth0
                        vm V%1$03d {
                            nic n0 on Ext
                            nic n1 on Int
                            dhcp-server on n1 range 10.0.0.100 - 10.0.0.199 gateway 10.0.0.254 dns 10.0.0.1
                        }
                    }
                    """, i, 10 + i));
        }
        for (int i = 0; i < hosts; i++) {
            text.append(String.format("expect address V%03d.n0 dhcp from Corp\n", i));
        }
        return text.toString();
    }

    @Test
    void afterEachEditOfNamesTheServerAnswersAsAFreshParse() throws Exception {
        Files.createDirectories(workspace.resolve("reference"));
        Files.writeString(workspace.resolve("reference/networks.hvnet"), NETWORKS);
        try (LspWire wire = LspWire.initialized(Files.createDirectories(workspace.resolve("edited")), null);
                ReferenceServer reference = new ReferenceServer(workspace.resolve("reference"))) {
            FuzzedDocument.open(wire, workspace.resolve("edited/networks.hvnet"), NETWORKS);
            FuzzedDocument other = FuzzedDocument.open(wire, workspace.resolve("edited/other.hvnet"), OTHER);
            FuzzedDocument edited = FuzzedDocument.open(wire, workspace.resolve("edited/estate.hvnet"), estate(10));
            String[][] edits = {
                    { "switch Ext external on eth0", "switch Exx external on eth0" }, { "switch Exx external", "switch Ext external" },
                    { "switch Int internal", "switch Ext internal" }, { "switch Ext internal", "switch Int internal" },
                    { "    nic eth0 cable Lan { bind vswitch ipv4 static 10.0.0.12/16 }\n", "" },
                    { "    switch Int internal\n    switch Ext external on eth0\n    vm V002", "    nic eth0 cable Lan { ipv4 static 10.0.0.12/16 }\n"
                            + "    switch Int internal\n    switch Ext external on eth0\n    vm V002" },
                    { "nic eth0 cable Lan {", "nic eth0 cable Lax {" }, { "nic eth0 cable Lax {", "nic eth0 cable Lan {" },
                    { "vm V001 {", "vm V0x1 {" }, { "vm V0x1 {", "vm V001 {" }, { "vm V000 {", "vm V001 {" }, { "vm V001 {", "vm V000 {" },
                    { "nic n1 on Int", "nic n2 on Int" }, { "nic n2 on Int", "nic n1 on Int" },
                    { "nic n0 on Ext", "nic n0 on" }, { "nic n0 on\n", "nic n0 on Ext\n" },
                    { "vm V004 {", "vm V004 " }, { "vm V004 ", "vm V004 {" },
                    { "dhcp from Corp", "dhcp from Cor" }, { "dhcp from Cor\n", "dhcp from Corp\n" } };
            for (String[] edit : edits) {
                String text = edited.client().text();
                int at = text.indexOf(edit[0]);
                assertTrue(at >= 0, edit[0]);
                int[] from = RandomEdits.position(text, at);
                int[] to = RandomEdits.position(text, at + edit[0].length());
                edited.change(List.of(new ClientDocument.Change(from[0], from[1], to[0], to[1], edit[1], false)));
                String now = edited.client().text();
                List<int[]> positions = references(now);
                assertEquals(inEitherFolder(reference.answers(now, positions)),
                        inEitherFolder(ReferenceServer.Answers.of(wire, edited.uri(), edited.published(), positions)), "after " + edit[0] + " -> " + edit[1]);
                JsonObject definition = wire.request("textDocument/definition", at(other.uri(), 1, 15));
                List<String> lines = new ArrayList<>();
                for (int vm = now.indexOf("vm V001 {"); vm >= 0; vm = now.indexOf("vm V001 {", vm + 1)) {
                    lines.add("\"line\":" + RandomEdits.position(now, vm)[0]);
                }
                assertEquals(!lines.isEmpty(), definition.toString().contains("estate.hvnet"), "the definition from the other file: " + definition);
                assertTrue(lines.isEmpty() || lines.stream().anyMatch(definition.toString()::contains), definition::toString);
            }
        }
    }

    @Test
    void aKeptElementsReferenceKeepsTheElementItFound() throws Exception {
        try (LspWire wire = LspWire.initialized(Files.createDirectories(workspace.resolve("edited")), null)) {
            FuzzedDocument.open(wire, workspace.resolve("edited/networks.hvnet"), NETWORKS);
            FuzzedDocument edited = FuzzedDocument.open(wire, workspace.resolve("edited/estate.hvnet"), estate(30));
            List<EObject> before = ServerResources.read(wire, edited.uri(), resource -> List.of(nic(resource, 0), nic(resource, 0).getSwitch()));
            String text = edited.client().text();
            int[] at = RandomEdits.position(text, text.indexOf("10.0.0.25/16") + 7);
            edited.change(List.of(new ClientDocument.Change(at[0], at[1], at[0], at[1] + 2, "99", false)));
            List<Object> after = ServerResources.read(wire, edited.uri(),
                    resource -> List.of(nic(resource, 0), nic(resource, 0).eGet(HvnetPackage.Literals.VM_NIC__SWITCH, false)));
            assertSame(before.get(0), after.get(0), "the first host is kept");
            assertSame(before.get(1), after.get(1), "its VM's NIC keeps the switch it found");
            assertFalse(((EObject) after.get(1)).eIsProxy());
        }
    }

    /** {@code answers} with the file of networks named alike in both servers' folders. */
    private static ReferenceServer.Answers inEitherFolder(ReferenceServer.Answers answers) {
        UnaryOperator<String> same = answer -> answer.replaceAll("/(reference|edited)/networks\\.hvnet", "/networks.hvnet");
        return new ReferenceServer.Answers(answers.diagnostics().stream().map(same).toList(), answers.hovers().stream().map(same).toList(),
                answers.definitions().stream().map(same).toList());
    }

    /** Positions on the references of {@code text}: the first of each kind and of the edited hosts. */
    private static List<int[]> references(String text) {
        List<int[]> positions = new ArrayList<>();
        for (String part : List.of("cable L", "on Ext", "on Int", "external on e", "dhcp-server on n", "from C", "address V00", "V002 {\n        nic n0 on E")) {
            int at = text.indexOf(part);
            if (at >= 0) {
                positions.add(RandomEdits.position(text, at + part.length() - 1));
            }
        }
        return positions;
    }

    private static VmNic nic(org.eclipse.xtext.resource.XtextResource resource, int host) {
        return ((Topology) resource.getContents().get(0)).getHosts().get(host).getVms().get(0).getNics().get(0);
    }
}
