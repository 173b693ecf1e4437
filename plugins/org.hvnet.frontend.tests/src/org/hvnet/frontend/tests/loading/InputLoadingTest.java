// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.tests.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.frontend.loading.InputFiles;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.ModelInput;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.TopologyLoader;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading files named on the command line: missing files, directories, binary and non-UTF-8 files. */
class InputLoadingTest {

    @TempDir
    Path dir;

    private static LoadedModel loadArguments(String... arguments) throws UnreadableInputException {
        return HvnetTestFiles.injector().getInstance(TopologyLoader.class).loadArguments(List.of(arguments));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void missingFileIsUnreadableAndNamed() {
        String missing = dir.resolve("missing.hvnet").toString();
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> loadArguments(missing));
        assertEquals(missing + ": no such file or directory", e.getMessage());
    }

    @Test
    void directoryMeansEveryHvnetFileInIt() throws Exception {
        write("lab/b-hosts.hvnet", "topology Hosts\nhost HV01 platform hyperv-2008 { nic LAN cable Office }\n");
        write("lab/a-networks.hvnet", "topology Networks\nnetwork Office { }\n");
        write("lab/notes.txt", "not a topology");
        write("lab/sub/c.hvnet", "topology Nested\n");
        LoadedModel model = loadArguments(dir.resolve("lab").toString());
        assertEquals(List.of(), model.problems());
        assertEquals(List.of("Networks", "Hosts"), model.topologies().stream().map(t -> t.getName()).toList());
        assertSame(model.topologies().get(0).getNetworks().get(0), model.topologies().get(1).getHosts().get(0).getNics().get(0).getCables().get(0));
    }

    @Test
    void directoryWithoutHvnetFilesIsUnreadable() throws Exception {
        write("empty/readme.txt", "nothing here");
        String empty = dir.resolve("empty").toString();
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> loadArguments(empty));
        assertTrue(e.getMessage().startsWith(empty + ": no .hvnet files"), e.getMessage());
    }

    @Test
    void aFileNamedExplicitlyIsATopologyWhateverItsNameAndItsNamesResolveAcrossFiles() throws Exception {
        Path networks = write("networks.txt", "topology Networks\nnetwork Office { }\n");
        Path hosts = write("hosts", "topology Hosts\nhost HV01 platform hyperv-2008 { nic LAN cable Office }\n");
        Path alsoHosts = write("hosts.hvnet", "topology MoreHosts\nhost HV02 platform hyperv-2008 { nic LAN cable Office }\n");
        LoadedModel model = loadArguments(networks.toString(), hosts.toString(), alsoHosts.toString());
        assertEquals(List.of(), model.problems());
        assertSame(model.topologies().get(0).getNetworks().get(0), model.topologies().get(1).getHosts().get(0).getNics().get(0).getCables().get(0));
        assertSame(model.topologies().get(0).getNetworks().get(0), model.topologies().get(2).getHosts().get(0).getNics().get(0).getCables().get(0));
        LoadedModel broken = loadArguments(write("broken.txt", "topology B\nnetwork N { router 1.2.3.400 }\n").toString());
        assertEquals(dir.resolve("broken.txt").toString(), broken.problems().get(0).file(), "reported under the name the user gave");
    }

    @Test
    void binaryFileIsRefusedWithTheOffsetOfItsFirstNulByte() throws Exception {
        Path binary = dir.resolve("garbage.hvnet");
        Files.write(binary, new byte[] { 't', 'o', 'p', 0, 1, 2, (byte) 0xFF });
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> loadArguments(binary.toString()));
        assertEquals(binary + ": not a text file (NUL byte at offset 3)", e.getMessage());
    }

    @Test
    void nonUtf8FileIsRefused() throws Exception {
        Path latin1 = dir.resolve("latin1.hvnet");
        Files.write(latin1, "topology Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> loadArguments(latin1.toString()));
        assertTrue(e.getMessage().startsWith(latin1 + ": not a UTF-8 text file"), e.getMessage());
    }

    @Test
    void filesAreReportedUnderTheNamesTheUserGave() throws Exception {
        Path broken = write("broken.hvnet", "topology T\nnetwork N { router 1.2.3.400 }\n");
        LoadedModel model = loadArguments(broken.toString());
        SourceProblem problem = model.problems().get(0);
        assertEquals(broken.toString(), problem.file());
        assertEquals(broken + ":2:20: ERROR: '1.2.3.400' is not an IPv4 address: octet 400 is greater than 255 [syntax]", problem.toText());
    }

    @Test
    void expandKeepsArgumentOrderAndSortsDirectories() throws Exception {
        Path z = write("z.hvnet", "topology Z\n");
        write("d/b.hvnet", "topology B\n");
        write("d/a.hvnet", "topology A\n");
        List<ModelInput> files = InputFiles.expand(List.of(z.toString(), dir.resolve("d").toString()));
        assertEquals(List.of("z.hvnet", "a.hvnet", "b.hvnet"), files.stream().map(p -> p.file().getFileName().toString()).toList());
    }

    @Test
    void emptyFileIsASyntaxErrorNotACrash() throws Exception {
        Path empty = write("empty.hvnet", "");
        LoadedModel model = loadArguments(empty.toString());
        assertFalse(model.problems().isEmpty());
        assertEquals(SourceProblem.SYNTAX, model.problems().get(0).rule());
        assertEquals(1, model.problems().get(0).line());
    }
}
