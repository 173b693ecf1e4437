// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.tests.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.TopologyLoader;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs as a careless user or an attacker gives them: never an internal error, a hang or an out-of-memory, always
 * a message that names the input.
 */
class HostileInputTest {

    /** A guard against a hang (no figure is asserted): a read that blocks would never return. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static LoadedModel load(InputStream standardInput, String... arguments) throws UnreadableInputException {
        return HvnetTestFiles.injector().getInstance(TopologyLoader.class).loadArguments(List.of(arguments), standardInput);
    }

    private static LoadedModel load(String... arguments) throws UnreadableInputException {
        return load(InputStream.nullInputStream(), arguments);
    }

    private static String refusal(String... arguments) {
        return assertTimeoutPreemptively(HANG, () -> assertThrows(UnreadableInputException.class, () -> load(arguments))).getMessage();
    }

    @Test
    void aByteOrderMarkAsNotepadWritesIsAccepted() throws Exception {
        Path file = dir.resolve("notepad.hvnet");
        Files.write(file, ("\uFEFFtopology T\nnetwork N { router 1.2.3.400 }\n").getBytes(StandardCharsets.UTF_8));
        LoadedModel model = load(file.toString());
        assertEquals("T", model.topologies().get(0).getName());
        assertEquals(List.of(file + ":2:20: ERROR: '1.2.3.400' is not an IPv4 address: octet 400 is greater than 255 [syntax]"),
                model.problems().stream().map(p -> p.toText()).toList(), "lines and columns as the user sees them");
    }

    @Test
    void dashAndDevStdinReadStandardInputNamedStdin() throws Exception {
        for (String name : new String[] { "-", "/dev/stdin" }) {
            byte[] text = "topology T\nnetwork N { router 1.2.3.400 }\n".getBytes(StandardCharsets.UTF_8);
            LoadedModel model = load(new ByteArrayInputStream(text), name);
            assertEquals("T", model.topologies().get(0).getName());
            assertEquals("<stdin>:2:20: ERROR: '1.2.3.400' is not an IPv4 address: octet 400 is greater than 255 [syntax]",
                    model.problems().get(0).toText());
        }
    }

    @Test
    void standardInputLinksWithTheFilesBesideIt() throws Exception {
        Path networks = Files.writeString(dir.resolve("networks.hvnet"), "topology Networks\nnetwork Office { }\n");
        byte[] hosts = "topology Hosts\nhost HV01 platform hyperv-2008 { nic LAN cable Office }\n".getBytes(StandardCharsets.UTF_8);
        LoadedModel model = load(new ByteArrayInputStream(hosts), networks.toString(), "-");
        assertEquals(List.of(), model.problems());
        assertEquals("Office", model.topologies().get(1).getHosts().get(0).getNics().get(0).getCables().get(0).getName());
        Path hostsFile = Files.writeString(dir.resolve("hosts.hvnet"), new String(hosts, StandardCharsets.UTF_8));
        byte[] office = "topology Networks\nnetwork Office { }\n".getBytes(StandardCharsets.UTF_8);
        LoadedModel reverse = load(new ByteArrayInputStream(office), hostsFile.toString(), "-");
        assertEquals(List.of(), reverse.problems(), "the names written on standard input resolve in the files");
    }

    @Test
    void theSameFileNamedTwiceOrWithItsDirectoryIsReadOnce() throws Exception {
        Path file = Files.writeString(Files.createDirectory(dir.resolve("lab")).resolve("lab.hvnet"), "topology T\nnetwork N { }\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.hvnet"), file);
        LoadedModel model = load(file.toString(), file.toString(), dir.resolve("lab").toString(), dir.resolve("lab/../lab/lab.hvnet").toString(),
                link.toString());
        assertEquals(List.of(), model.problems());
        assertEquals(1, model.topologies().size());
    }

    @Test
    void endlessDevicesAreRefusedBeforeAnythingIsRead() {
        assertEquals("/dev/zero: not a regular file (a character device): HVNet reads model files, and standard input when it is "
                + "named - (as in: cat FILE | hvnet validate -)", refusal("/dev/zero"));
        assertTrue(refusal("/dev/urandom").startsWith("/dev/urandom: not a regular file (a character device)"));
    }

    @Test
    void endlessStandardInputStopsAtItsFirstNulByte() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        UnreadableInputException e = assertTimeoutPreemptively(HANG, () -> assertThrows(UnreadableInputException.class, () -> load(zeros, "-")));
        assertEquals("<stdin>: not a text file (NUL byte at offset 0)", e.getMessage());
    }

    @Test
    void aFifoWithoutWriterIsRefusedInsteadOfWaitedFor() throws Exception {
        Path fifo = dir.resolve("lab.hvnet");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        assertTrue(refusal(fifo.toString()).startsWith(fifo + ": not a regular file (a FIFO (named pipe)): HVNet reads model files"));
    }

    @Test
    void aGigabyteFileIsRefusedUpFront() throws Exception {
        Path huge = dir.resolve("huge.hvnet");
        try (FileChannel channel = FileChannel.open(huge, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] { '\n' }), 1024L * 1024 * 1024 - 1); // sparse: nothing is stored
        }
        assertTrue(refusal(huge.toString()).startsWith(huge + ": too large (1024 MB; HVNet reads at most 32 MB of model text in one run"));
    }

    @Test
    void theLimitHoldsForAllFilesTogether() throws Exception {
        Path first = dir.resolve("a.hvnet");
        Path second = dir.resolve("b.hvnet");
        String line = "// " + "x".repeat(1020) + "\n";
        Files.writeString(first, "topology A\n" + line.repeat(20 * 1024)); // 20 MB
        Files.writeString(second, "topology B\n" + line.repeat(20 * 1024));
        String message = refusal(first.toString(), second.toString());
        assertTrue(message.startsWith(second + ": too large (20.0 MB; HVNet reads at most 32 MB of model text in one run, all files together, "
                + "and the files before it took 20.0 MB)"), message);
    }

    @Test
    void aDirectorySkipsWhatIsNotARegularHvnetFile() throws Exception {
        Path lab = Files.createDirectory(dir.resolve("lab"));
        Files.writeString(lab.resolve("lab.hvnet"), "topology T\n");
        Files.writeString(lab.resolve(".lab.hvnet.4242-x1.hvnet-tmp"), "half a writ");
        Files.write(lab.resolve("._lab.hvnet"), new byte[] { 0, 5, 22, 7 }); // macOS metadata of a copied file
        Files.createDirectory(lab.resolve("old.hvnet"));
        Files.createSymbolicLink(lab.resolve("zero.hvnet"), Path.of("/dev/zero"));
        Files.createSymbolicLink(lab.resolve("gone.hvnet"), Path.of("nowhere"));
        assertEquals(0, new ProcessBuilder("mkfifo", lab.resolve("pipe.hvnet").toString()).start().waitFor());
        LoadedModel model = assertTimeoutPreemptively(HANG, () -> load(lab.toString()));
        assertEquals(List.of(), model.problems());
        assertEquals(List.of("T"), model.topologies().stream().map(t -> t.getName()).toList());
    }

    @Test
    void invalidUtf8NamesTheFileAndThePlace() throws IOException {
        Path latin1 = dir.resolve("latin1.hvnet");
        Files.write(latin1, "topology T\nhost Caf\u00e9 platform hyperv-2012\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1 + ": not a UTF-8 text file (byte 0xE9 at line 2, column 9 is not UTF-8); save it as UTF-8", refusal(latin1.toString()));
    }
}
