// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.UriExtensions;

import com.google.inject.Inject;

/**
 * Finds the files of a workspace folder for the language server's first build. Follows symbolic links but not round
 * a loop, and passes on only regular files it can read: a FIFO, a device or an unreadable {@code .hvnet} file is
 * skipped and named in the client's log, so that {@code initialize} answers whatever the folder holds (Xtext's own
 * scanner recurses into a symbolic link loop without end and blocks on reading a FIFO). In a folder served for a
 * file opened outside every workspace folder ({@link DetachedFolders}), only the files directly in it count.
 */
public class WorkspaceFileScanner implements IFileSystemScanner {

    @Inject
    private UriExtensions uriExtensions;

    @Inject
    private IResourceServiceProvider.Registry languages;

    @Inject
    private ClientMessages messages;

    @Inject
    private DetachedFolders detached;

    @Override
    public void scan(URI root, IAcceptor<URI> acceptor) {
        Path start = Paths.get(root.toFileString());
        int depth = detached.contains(start) ? 1 : Integer.MAX_VALUE;
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isLanguageFile(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attributes.isRegularFile()) {
                        skipped(file, "not a regular file (a FIFO, socket or device)");
                    } else if (!Files.isReadable(file)) {
                        skipped(file, "it cannot be read");
                    } else {
                        acceptor.accept(uriExtensions.toEmfUri(file.toAbsolutePath().toUri()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    if (failure instanceof FileSystemLoopException) {
                        skipped(file, "a symbolic link loop");
                    } else if (Files.isDirectory(file) || isLanguageFile(file)) {
                        skipped(file, "it cannot be read (" + failure.getMessage() + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            skipped(start, "it cannot be read (" + e.getMessage() + ")");
        }
    }

    private boolean isLanguageFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot >= 0 && languages.getExtensionToFactoryMap().containsKey(name.substring(dot + 1));
    }

    private void skipped(Path file, String why) {
        messages.log(MessageType.Warning, "hvnet: skipped " + file + ": " + why);
    }
}
