// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.loading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands command arguments into model inputs: a file named explicitly, whatever its name; a directory as every
 * regular {@code .hvnet} file in it (dot files, subdirectories, pipes and devices skipped); {@code -} or
 * {@code /dev/stdin} as standard input. An input named twice (or a file and its directory) is read once. What is
 * not a regular file is refused when it is read ({@link TextContent}).
 */
public final class InputFiles {

    /** The file extension of the language. */
    public static final String EXTENSION = ".hvnet";

    private InputFiles() {
    }

    /**
     * The inputs named by {@code arguments}, in argument order, directories expanded in name order, each once.
     *
     * @throws UnreadableInputException naming the first argument that does not exist or cannot be read
     */
    public static List<ModelInput> expand(List<String> arguments) throws UnreadableInputException {
        Map<Object, ModelInput> inputs = new LinkedHashMap<>();
        for (String argument : arguments) {
            if (ModelInput.namesStandardInput(argument)) {
                inputs.putIfAbsent("-", ModelInput.STANDARD_INPUT);
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                throw new UnreadableInputException(argument + ": not a file name on this system (" + e.getReason() + ")");
            }
            if (!Files.exists(path)) {
                throw new UnreadableInputException(argument + ": no such file or directory");
            }
            if (Files.isDirectory(path)) {
                for (Path file : listDirectory(argument, path)) {
                    inputs.putIfAbsent(identity(file), new ModelInput(file.toString(), file));
                }
            } else if (!Files.isReadable(path)) {
                throw new UnreadableInputException(argument + ": cannot read the file (permission denied)");
            } else {
                inputs.putIfAbsent(identity(path), new ModelInput(argument, path));
            }
        }
        if (inputs.isEmpty()) {
            throw new UnreadableInputException(String.join(" ", arguments) + ": no " + EXTENSION + " files to read");
        }
        return List.copyOf(inputs.values());
    }

    /** What makes two names the same file: its real path (links and {@code ..} resolved). */
    private static Object identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static List<Path> listDirectory(String argument, Path directory) throws UnreadableInputException {
        if (!Files.isReadable(directory) || !Files.isExecutable(directory)) {
            throw new UnreadableInputException(argument + ": cannot read the directory (permission denied)");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(InputFiles::isModelFile).sorted().forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UnreadableInputException(argument + ": cannot read the directory (" + e.getMessage() + ")");
        }
        return files;
    }

    /** A regular file (links followed) named {@code *.hvnet}, not a dot file (editors' and HVNet's own temporary files). */
    private static boolean isModelFile(Path entry) {
        String name = entry.getFileName().toString();
        return name.endsWith(EXTENSION) && !name.startsWith(".") && Files.isRegularFile(entry);
    }
}
