// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.hvnet.files.BoundedInput;
import org.hvnet.files.InputLimit;
import org.hvnet.files.RefusedInputException;
import org.hvnet.files.Utf8Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that must never hurt: a byte order mark, other encodings, endless devices, pipes without writers, huge files. */
class InputReadingTest {

    /** A guard against a hang (no figure is asserted): a read that blocks would never return. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        byte[] notepad = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 't', 'o', 'p' };
        assertEquals("top", Utf8Text.decode(notepad, "lab.hvnet"));
    }

    @Test
    void utf16IsRefusedWithWhatToDo() {
        byte[] powershell = { (byte) 0xFF, (byte) 0xFE, 't', 0, 'o', 0 };
        RefusedInputException e = assertThrows(RefusedInputException.class, () -> Utf8Text.decode(powershell, "lab.hvnet"));
        assertEquals("lab.hvnet: not a UTF-8 text file (it is UTF-16, as PowerShell's Out-File writes by default); "
                + "save it as UTF-8 (Out-File -Encoding utf8)", e.getMessage());
    }

    @Test
    void invalidUtf8IsPlacedByLineAndColumn() {
        byte[] latin1 = "topology T\nhost Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        RefusedInputException e = assertThrows(RefusedInputException.class, () -> Utf8Text.decode(latin1, "lab.hvnet"));
        assertEquals("lab.hvnet: not a UTF-8 text file (byte 0xE9 at line 2, column 9 is not UTF-8); save it as UTF-8", e.getMessage());
    }

    @Test
    void devZeroAndDevUrandomAreRefusedBeforeAnythingIsRead() {
        for (String device : new String[] { "/dev/zero", "/dev/urandom" }) {
            RefusedInputException e = assertTimeoutPreemptively(HANG,
                    () -> assertThrows(RefusedInputException.class, () -> BoundedInput.readFile(Path.of(device), device, InputLimit.bytes())));
            assertEquals(device + ": not a regular file (a character device): HVNet reads model files, and standard input when it is "
                    + "named - (as in: cat FILE | hvnet validate -)", e.getMessage());
        }
    }

    @Test
    void aFifoWithoutAWriterIsRefusedWithoutWaiting() throws Exception {
        Path fifo = dir.resolve("lab.hvnet");
        Trial.run("mkfifo", fifo.toString());
        RefusedInputException e = assertTimeoutPreemptively(HANG,
                () -> assertThrows(RefusedInputException.class, () -> BoundedInput.readFile(fifo, "lab.hvnet", InputLimit.bytes())));
        assertTrue(e.getMessage().startsWith("lab.hvnet: not a regular file (a FIFO (named pipe))"), e.getMessage());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path sparse = dir.resolve("huge.hvnet");
        try (var channel = java.nio.channels.FileChannel.open(sparse, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] { '\n' }), 1024L * 1024 * 1024 - 1); // 1 GB, sparse
        }
        RefusedInputException e = assertThrows(RefusedInputException.class, () -> BoundedInput.readFile(sparse, "huge.hvnet", InputLimit.bytes()));
        assertTrue(e.getMessage().startsWith("huge.hvnet: too large (1024 MB; HVNet reads at most 32 MB of model text in one run, all files together)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("-Dhvnet.maxInputBytes="), e.getMessage());
    }

    @Test
    void aStreamIsReadUpToTheLimitAndRefusedPastIt() throws IOException {
        byte[] text = "topology T\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(text, BoundedInput.readStream(new ByteArrayInputStream(text), "<stdin>", text.length));
        RefusedInputException e = assertThrows(RefusedInputException.class,
                () -> BoundedInput.readStream(new ByteArrayInputStream(text), "<stdin>", text.length - 1));
        assertTrue(e.getMessage().startsWith("<stdin>: too large (more than " + (text.length - 1) + " bytes;"), e.getMessage());
    }

    @Test
    void anEndlessStreamOfZerosStopsAtItsFirstByte() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        RefusedInputException e = assertTimeoutPreemptively(HANG,
                () -> assertThrows(RefusedInputException.class, () -> BoundedInput.readStream(zeros, "<stdin>", InputLimit.bytes())));
        assertEquals("<stdin>: not a text file (NUL byte at offset 0)", e.getMessage());
    }

    @Test
    void anEndlessTextStreamStopsAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThrows(RefusedInputException.class, () -> BoundedInput.readStream(endless, "<stdin>", 1024 * 1024));
    }
}
