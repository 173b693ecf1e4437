package org.hvnet.frontend.loading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands command arguments into .hvnet files: a .hvnet file as given, a directory as every .hvnet file in it. */
public final class InputFiles {

    /** The file extension of the language. */
    public static final String EXTENSION = ".hvnet";

    private InputFiles() {
    }

    /**
     * The files named by {@code arguments}, in argument order, directories expanded in name order.
     *
     * @throws UnreadableInputException naming the first argument that does not exist or cannot be read
     */
    public static List<Path> expand(List<String> arguments) throws UnreadableInputException {
        List<Path> files = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (!Files.exists(path)) {
                throw new UnreadableInputException(argument + ": no such file or directory");
            }
            if (Files.isDirectory(path)) {
                files.addAll(listDirectory(argument, path));
            } else if (!path.getFileName().toString().endsWith(EXTENSION)) {
                throw new UnreadableInputException(argument + ": not a " + EXTENSION + " file (hvnet reads " + EXTENSION
                        + " files, or directories of them)");
            } else if (!Files.isReadable(path)) {
                throw new UnreadableInputException(argument + ": cannot read the file (permission denied)");
            } else {
                files.add(path);
            }
        }
        if (files.isEmpty()) {
            throw new UnreadableInputException(String.join(" ", arguments) + ": no " + EXTENSION + " files to read");
        }
        return files;
    }

    private static List<Path> listDirectory(String argument, Path directory) throws UnreadableInputException {
        if (!Files.isReadable(directory) || !Files.isExecutable(directory)) {
            throw new UnreadableInputException(argument + ": cannot read the directory (permission denied)");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UnreadableInputException(argument + ": cannot read the directory (" + e.getMessage() + ")");
        }
    }
}
