// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.hvnet.frontend.loading.UnreadableInputException;

/**
 * The files of a {@code git:REV:PATH} argument: the file or the {@code .hvnet} files of the folder PATH (a path as
 * any other argument, relative to the current folder; in a bare clone, to the repository's top) at revision REV, read
 * with {@code git cat-file}, {@code git ls-tree} and {@code git show} from the repository that holds PATH's folder
 * (the worktree is never changed) into a temporary folder that {@link #close()} deletes.
 */
final class GitRevisionFiles implements AutoCloseable {

    /** The prefix that marks an argument as a revision's file. */
    static final String PREFIX = "git:";

    private final String argument;
    private final Path folder;
    private final Path root;

    private GitRevisionFiles(String argument, Path folder, Path root) {
        this.argument = argument;
        this.folder = folder;
        this.root = root;
    }

    /** Reads {@code git:REV:PATH} into a temporary folder. */
    static GitRevisionFiles read(String argument) throws UnreadableInputException {
        String spec = argument.substring(PREFIX.length());
        int colon = spec.indexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) {
            throw new UnreadableInputException(argument + ": expected git:REV:PATH, e.g. git:HEAD~1:lab.hvnet");
        }
        String revision = spec.substring(0, colon);
        String path = spec.substring(colon + 1).replaceAll("/+$", "");
        Path directory = existingFolderOf(Path.of(path).toAbsolutePath().normalize());
        String relative = directory.relativize(Path.of(path).toAbsolutePath().normalize()).toString().replace('\\', '/');
        boolean worktree = isWorktree(directory);
        String object = worktree ? revision + ":./" + relative : revision + ":" + path;
        String type = git(directory, argument, "cat-file", "-t", object).trim();
        Path folder;
        try {
            folder = Files.createTempDirectory("hvnet-diff-");
        } catch (IOException e) {
            throw new UnreadableInputException(argument + ": cannot make a temporary folder (" + e.getMessage() + ")");
        }
        GitRevisionFiles files;
        if (type.equals("blob")) {
            files = new GitRevisionFiles(argument, folder, folder.resolve(Path.of(path).getFileName().toString()));
            files.write(files.root, git(directory, argument, "show", object));
        } else if (type.equals("tree")) {
            files = new GitRevisionFiles(argument, folder, folder.resolve("tree"));
            for (String name : git(directory, argument, "ls-tree", "-r", "--name-only", object).split("\n")) {
                if (name.endsWith(".hvnet")) {
                    files.write(files.root.resolve(name), git(directory, argument, "show", object + "/" + name));
                }
            }
        } else {
            throw new UnreadableInputException(argument + ": " + object + " is a " + type + ", not a file or folder");
        }
        return files;
    }

    /** The nearest folder that exists, at or above {@code path}'s folder (the file may exist only in the revision). */
    private static Path existingFolderOf(Path path) {
        Path folder = path.getParent();
        while (folder != null && !Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        return folder == null ? Path.of("").toAbsolutePath() : folder;
    }

    /** True inside a worktree, where PATH is taken relative to the current folder; in a bare clone, to the top. */
    private static boolean isWorktree(Path directory) {
        try {
            return git(directory, "git", "rev-parse", "--is-inside-work-tree").trim().equals("true");
        } catch (UnreadableInputException e) {
            return false;
        }
    }

    private void write(Path file, String text) throws UnreadableInputException {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            close();
            throw new UnreadableInputException(argument + ": cannot write " + file + " (" + e.getMessage() + ")");
        }
    }

    /** The path to load: the file, or the folder of the revision's files. */
    String path() {
        return root.toString();
    }

    /** {@code text} with the temporary path replaced by the argument, so that messages name what the user wrote. */
    String relabel(String text) {
        if (text == null) {
            return null;
        }
        String spec = argument.substring(0, argument.lastIndexOf(':') + 1);
        String path = argument.substring(spec.length()).replaceAll("/+$", "");
        return text.replace(root.toString(), spec + path);
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** Runs git in {@code directory}; its standard output, or an error with git's first line of complaint. */
    private static String git(Path directory, String argument, String... args) throws UnreadableInputException {
        List<String> command = new ArrayList<>(List.of("git", "--no-pager"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UnreadableInputException(argument + ": cannot run git (" + e.getMessage() + ")");
        }
        ByteArrayOutputStream error = new ByteArrayOutputStream();
        Thread errors = new Thread(() -> {
            try {
                process.getErrorStream().transferTo(error);
            } catch (IOException e) {
                // the exit code says what went wrong
            }
        });
        errors.setDaemon(true);
        errors.start();
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            errors.join();
            if (exit != 0) {
                String message = error.toString(StandardCharsets.UTF_8).strip().lines().findFirst().orElse("exit " + exit);
                throw new UnreadableInputException(argument + ": git cannot read it: " + message);
            }
            return out;
        } catch (IOException e) {
            throw new UnreadableInputException(argument + ": reading from git failed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableInputException(argument + ": interrupted while reading from git");
        }
    }
}
