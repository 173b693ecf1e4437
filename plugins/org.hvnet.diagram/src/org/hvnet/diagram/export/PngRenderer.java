package org.hvnet.diagram.export;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders an exported SVG as PNG with librsvg's {@code rsvg-convert} (Debian's {@code librsvg2-bin}): the renderer the
 * export is checked against, so that the picture is the one a browser shows. The PNG is written completely or not at
 * all (a temporary file beside it, then moved into place).
 */
public final class PngRenderer {

    /** The program this renderer runs. */
    public static final String PROGRAM = "rsvg-convert";
    /** What to install when the program is missing. */
    public static final String INSTALL = "rsvg-convert is needed for PNG (Debian/Ubuntu: apt install librsvg2-bin; "
            + "macOS: brew install librsvg; Windows: the librsvg binaries of MSYS2)";

    private PngRenderer() {
    }

    /** The picture gets the permissions of the file it replaces, or a new file's (rw-r--r--) where the file system has them. */
    private static void keepPermissions(Path picture, Path target) throws IOException {
        if (!Files.getFileStore(picture).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(picture, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
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
     * Writes {@code svg} as the PNG {@code target}.
     *
     * @throws IOException when the renderer is missing ({@link #INSTALL} says what to install), fails, or the file cannot be written
     */
    public static void render(String svg, Path target) throws IOException {
        Path program = program().orElseThrow(() -> new IOException(INSTALL));
        Path absolute = target.toAbsolutePath();
        Path source = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".svg");
        Path png = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        try {
            Files.writeString(source, svg, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(program.toString(), "-f", "png", "-o", png.toString(), source.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(PROGRAM + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IOException(PROGRAM + " failed (exit " + process.exitValue() + ")" + (output.isEmpty() ? "" : ": " + output));
            }
            keepPermissions(png, absolute);
            try {
                Files.move(png, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(png, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(PROGRAM + " was interrupted", e);
        } finally {
            Files.deleteIfExists(source);
            Files.deleteIfExists(png);
        }
    }
}
