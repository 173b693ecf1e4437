// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.hvnet.dsl.ide.tests.server.Json.at;
import static org.hvnet.dsl.ide.tests.server.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.model.Host;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The language server reparses an edited open document in place: a one-line edit of a file of many hosts keeps the
 * file's resource, its root and every host but the edited one (the work of the edit does not grow back to a reload of
 * the file without this test failing), and the server answers as a fresh parse of the text; a closed document, a
 * file changed on disk, edits sent faster than the server builds and a file another file refers into are each built
 * right.
 */
class InPlaceReparseTest {

    private static final int HOSTS = 300;

    @TempDir
    Path workspace;

    /** A topology of {@code hosts} hosts on one network, each with a NIC of a static address, a switch and a VM. */
    static String estate(int hosts) {
        StringBuilder text = new StringBuilder("topology Estate\nnetwork Lan { subnet 10.0.0.0/16 }\n");
        for (int i = 0; i < hosts; i++) {
            text.append(String.format("""
                    host H%1$03d platform hyperv-2016 {
                        nic eth0 cable Lan { bind vswitch ipv4 static 10.0.%2$d.%3$d/16 }
                        switch Ext external on eth0
                        vm V%1$03d { nic n0 on Ext }
                    }
                    """, i, i / 200, 10 + i % 200));
        }
        return text.toString();
    }

    @Test
    void aOneLineEditOfABigFileReparsesTheEditedHostOnly() throws Exception {
        String text = estate(HOSTS);
        try (LspWire wire = LspWire.initialized(Files.createDirectories(workspace.resolve("edited")), null);
                ReferenceServer reference = new ReferenceServer(workspace.resolve("reference"))) {
            FuzzedDocument edited = FuzzedDocument.open(wire, workspace.resolve("edited/estate.hvnet"), text);
            List<Object> before = ServerResources.read(wire, edited.uri(), resource -> List.of(resource, root(resource),
                    root(resource).getHosts().get(0), root(resource).getHosts().get(HOSTS / 2), root(resource).getHosts().get(HOSTS - 1)));
            int line = lineOf(text, "10.0.0.160/16");
            int character = lineText(text, line).indexOf("160");
            edited.change(List.of(new ClientDocument.Change(line, character, line, character + 3, "7", false)));

            List<Object> after = ServerResources.read(wire, edited.uri(), resource -> List.of(resource, root(resource),
                    root(resource).getHosts().get(0), root(resource).getHosts().get(HOSTS / 2), root(resource).getHosts().get(HOSTS - 1),
                    resource.getParseResult().getRootNode().getText(), address(root(resource).getHosts().get(150))));
            assertSame(before.get(0), after.get(0), "the file's resource is kept");
            assertSame(before.get(1), after.get(1), "its root is kept: the edit was parsed in part, not as the whole text");
            assertSame(before.get(2), after.get(2), "the first host is kept");
            assertSame(before.get(4), after.get(4), "the last host is kept");
            assertEquals(edited.client().text(), after.get(5), "the resource holds the document's text");
            assertEquals("10.0.0.7/16", after.get(6), "the edited host has the new address");
            List<int[]> positions = List.of(new int[] { line, character }, new int[] { line - 1, 15 }, new int[] { line + 1, 38 });
            assertEquals(reference.answers(edited.client().text(), positions),
                    ReferenceServer.Answers.of(wire, edited.uri(), edited.published(), positions));
        }
    }

    @Test
    void editsSentFasterThanTheServerBuildsAreEachAppliedOnce() throws Exception {
        String text = estate(120);
        try (LspWire wire = LspWire.initialized(Files.createDirectories(workspace.resolve("edited")), null);
                ReferenceServer reference = new ReferenceServer(workspace.resolve("reference"))) {
            String uri = Json.uri(Files.writeString(workspace.resolve("edited/estate.hvnet"), text));
            wire.notify("textDocument/didOpen", Json.didOpen(uri, 1, text));
            ClientDocument client = new ClientDocument(text);
            for (int version = 2; version < 40; version++) {
                // each build is cancelled by the next change: an insertion, then a deletion, at moving places
                int line = 3 + version * 5 % (120 * 5);
                ClientDocument.Change change = version % 3 == 0 ? new ClientDocument.Change(line, 0, line + 1, 0, "", false)
                        : new ClientDocument.Change(line, 4, line, 4, "// edit " + version + "\n    ", false);
                client.apply(List.of(change));
                JsonArray changes = new JsonArray();
                changes.add(RandomLsp.json(change));
                wire.notify("textDocument/didChange", object("textDocument", object("uri", uri, "version", version), "contentChanges", changes));
            }
            assertEquals(client.text(), ServerDocuments.text(wire, uri));
            assertEquals(client.text(), ServerResources.read(wire, uri, resource -> resource.getParseResult().getRootNode().getText()),
                    "the resource holds the document's text");
            JsonArray published = ReferenceServer.lastPublished(wire, uri);
            List<int[]> positions = List.of(new int[] { 10, 10 }, new int[] { 40, 30 });
            assertEquals(reference.answers(client.text(), positions), ReferenceServer.Answers.of(wire, uri, published, positions));
        }
    }

    @Test
    void aClosedDocumentIsLoadedFromItsFileAndAFileChangedOnDiskWhileOpenKeepsTheDocumentsText() throws Exception {
        String text = estate(20);
        try (LspWire wire = LspWire.initialized(Files.createDirectories(workspace.resolve("edited")), null)) {
            Path file = workspace.resolve("edited/estate.hvnet");
            FuzzedDocument edited = FuzzedDocument.open(wire, file, text);
            int line = lineOf(text, "host H005");
            edited.change(List.of(new ClientDocument.Change(line, 6, line, 9, "X05", false)));
            XtextResource open = ServerResources.read(wire, edited.uri(), resource -> resource);

            // the file changes on disk while it is open: the document's text stays what the server holds
            Files.writeString(file, estate(3));
            wire.notify("workspace/didChangeWatchedFiles", object("changes", List.of(object("uri", edited.uri(), "type", 2))));
            assertSame(open, ServerResources.read(wire, edited.uri(), resource -> resource), "an open document's resource is kept");
            assertEquals(edited.client().text(), ServerResources.read(wire, edited.uri(), resource -> resource.getParseResult().getRootNode().getText()));

            // closed, the file is the text on disk, loaded anew
            wire.notify("textDocument/didClose", object("textDocument", Json.document(edited.uri())));
            XtextResource closed = ServerResources.read(wire, edited.uri(), resource -> resource);
            assertNotSame(open, closed, "a closed document's resource is loaded anew");
            assertEquals(estate(3), ServerResources.read(wire, edited.uri(), resource -> resource.getParseResult().getRootNode().getText()));
        }
    }

    @Test
    void anEditOfAFileAnotherFileRefersIntoKeepsTheReferenceRight() throws Exception {
        String networks = "topology Networks\nnetwork Lan { subnet 10.1.0.0/16 }\nnetwork Wan { subnet 10.2.0.0/16 }\n";
        String hosts = "topology Hosts\nhost H1 platform hyperv-2016 {\n    nic eth0 cable Wan { ipv4 static 10.2.0.5/16 }\n}\n";
        try (LspWire wire = LspWire.initialized(Files.createDirectories(workspace.resolve("edited")), null)) {
            FuzzedDocument a = FuzzedDocument.open(wire, workspace.resolve("edited/a.hvnet"), networks);
            FuzzedDocument b = FuzzedDocument.open(wire, workspace.resolve("edited/b.hvnet"), hosts);
            JsonObject definitionBefore = wire.request("textDocument/definition", at(b.uri(), 2, 21));
            assertTrue(definitionBefore.toString().contains("a.hvnet"), definitionBefore::toString);
            EObject wanBefore = ServerResources.read(wire, b.uri(), resource -> cable(resource));
            XtextResource networksBefore = ServerResources.read(wire, a.uri(), resource -> resource);

            // the network Wan is reparsed (its subnet changed): the object B referred to is replaced
            a.change(List.of(new ClientDocument.Change(2, 27, 2, 28, "3", false)));
            assertSame(networksBefore, ServerResources.read(wire, a.uri(), resource -> resource), "the edited file's resource is kept");
            EObject wanAfter = ServerResources.read(wire, b.uri(), resource -> cable(resource));
            EObject wanInA = ServerResources.read(wire, a.uri(), resource -> root(resource).getNetworks().get(1));
            assertNotSame(wanBefore, wanAfter, "the reference no longer holds the replaced network");
            assertSame(wanInA, wanAfter, "the reference resolves to the network the edited file holds now");
            assertFalse(wanAfter.eIsProxy());
            JsonObject definitionAfter = wire.request("textDocument/definition", at(b.uri(), 2, 21));
            assertEquals(definitionBefore.get("result"), definitionAfter.get("result"), "the definition is where it was");
        }
    }

    @Test
    void theHoverShowsTheAddressesOfTheTextAsEditedNotAsFirstHovered() throws Exception {
        String text = "topology Lab\nhost H1 platform hyperv-2016 {\n    switch Lab internal\n    vm V1 { nic eth0 on Lab { ipv4 static 10.0.0.11/16 } }\n}\n";
        try (LspWire wire = LspWire.initialized(Files.createDirectories(workspace.resolve("edited")), null)) {
            FuzzedDocument edited = FuzzedDocument.open(wire, workspace.resolve("edited/lab.hvnet"), text);
            int line = lineOf(text, "10.0.0.11/16");
            int name = lineText(text, line).indexOf("eth0") + 1;
            String before = wire.request("textDocument/hover", at(edited.uri(), line, name)).toString();
            assertTrue(before.contains("10.0.0.11"), before);
            int character = lineText(text, line).indexOf("11/16");
            edited.change(List.of(new ClientDocument.Change(line, character, line, character + 2, "77", false)));
            String after = wire.request("textDocument/hover", at(edited.uri(), line, name)).toString();
            assertTrue(after.contains("10.0.0.77") && !after.contains("10.0.0.11"), after);
        }
    }

    private static EObject cable(XtextResource resource) {
        PhysicalNic nic = root(resource).getHosts().get(0).getNics().get(0);
        return nic.getCables().get(0);
    }

    private static Topology root(XtextResource resource) {
        return (Topology) resource.getContents().get(0);
    }

    private static String address(Host host) {
        return String.valueOf(((StaticIpv4Config) host.getNics().get(0).getIpv4()).getAddress());
    }

    private static int lineOf(String text, String part) {
        return RandomEdits.position(text, text.indexOf(part))[0];
    }

    private static String lineText(String text, int line) {
        return text.lines().toList().get(line);
    }
}
