// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.export;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.hvnet.files.AtomicFileWriter;
import org.hvnet.files.FileContent;

/**
 * Renders an exported SVG as PNG with librsvg's {@code rsvg-convert} (Debian's {@code librsvg2-bin}): the renderer the
 * export is checked against, so that the picture is the one a browser shows. The picture is rendered completely
 * before anything is written, then written through the one writer of the user's files ({@link AtomicFileWriter}).
 */
public final class PngRenderer {

    /** The program this renderer runs. */
    public static final String PROGRAM = "rsvg-convert";
    /** What to install when the program is missing. */
    public static final String INSTALL = "rsvg-convert is needed for PNG (Debian/Ubuntu: apt install librsvg2-bin; "
            + "macOS: brew install librsvg; Windows: the librsvg binaries of MSYS2)";

    private PngRenderer() {
    }

    /** The renderer program on the {@code PATH}, if there is one. */
    public static Optional<Path> program() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            for (String name : List.of(PROGRAM, PROGRAM + ".exe")) {
                Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The PNG of {@code svg}, rendered now (the content only copies the finished picture).
     *
     * @throws IOException when the renderer is missing ({@link #INSTALL} says what to install) or fails
     */
    public static FileContent png(String svg) throws IOException {
        byte[] picture = render(svg);
        return out -> out.write(picture);
    }

    /** Writes {@code svg} as the PNG {@code target}, atomically. */
    public static void render(String svg, Path target) throws IOException {
        AtomicFileWriter.write(target, png(svg));
    }

    private static byte[] render(String svg) throws IOException {
        Path program = program().orElseThrow(() -> new IOException(INSTALL));
        // the renderer's input is a private scratch file, never one of the user's files
        Path source = Files.createTempFile("hvnet-diagram-", ".svg");
        Path log = Files.createTempFile("hvnet-diagram-", ".log");
        try {
            Files.writeString(source, svg, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(program.toString(), "-f", "png", source.toString())
                    .redirectError(log.toFile()).start();
            process.getOutputStream().close();
            byte[] picture = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(PROGRAM + " did not finish");
            }
            if (process.exitValue() != 0) {
                String output = Files.readString(log, StandardCharsets.UTF_8).strip();
                throw new IOException(PROGRAM + " failed (exit " + process.exitValue() + ")" + (output.isEmpty() ? "" : ": " + output));
            }
            return picture;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(PROGRAM + " was interrupted", e);
        } finally {
            Files.deleteIfExists(source);
            Files.deleteIfExists(log);
        }
    }
}
