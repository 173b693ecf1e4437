// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.sarif;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

/**
 * How SARIF names the files: relative URIs, resolved against {@code SRCROOT} (the working directory) or, for absolute
 * paths outside it, against {@code FILEROOT} (their common parent directory); {@code originalUriBaseIds} says where
 * both are, so that a log stays readable when the checkout moves and consumers that know the root can map it.
 */
final class ArtifactUris {

    /** The base of paths relative to (or under) the working directory. */
    static final String SRCROOT = "SRCROOT";
    /** The base of absolute paths outside the working directory. */
    static final String FILEROOT = "FILEROOT";

    private final Path workingDirectory;
    private final Path fileRoot;

    /** The URIs of {@code files}, relative to {@code workingDirectory} where they are under it. */
    ArtifactUris(List<String> files, Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        Path common = null;
        for (String file : files) {
            Path path = Path.of(file);
            if (path.isAbsolute() && !path.normalize().startsWith(this.workingDirectory)) {
                Path parent = path.normalize().getParent();
                common = common == null ? parent : commonParent(common, parent);
            }
        }
        this.fileRoot = common;
    }

    /** The {@code artifactLocation} of a file: a relative {@code uri} and its {@code uriBaseId}. */
    JsonObject location(String file) {
        Path path = Path.of(file.replace('\\', '/'));
        String base = SRCROOT;
        Path relative = path;
        if (path.isAbsolute()) {
            Path normalized = path.normalize();
            if (normalized.startsWith(workingDirectory)) {
                relative = workingDirectory.relativize(normalized);
            } else {
                base = FILEROOT;
                relative = fileRoot.relativize(normalized);
            }
        }
        JsonObject location = new JsonObject();
        location.addProperty("uri", encode(relative));
        location.addProperty("uriBaseId", base);
        return location;
    }

    /** {@code originalUriBaseIds}: where each base is, as a file URI ending with a slash. */
    JsonObject originalUriBaseIds() {
        JsonObject bases = new JsonObject();
        bases.add(SRCROOT, base(workingDirectory));
        if (fileRoot != null) {
            bases.add(FILEROOT, base(fileRoot));
        }
        return bases;
    }

    private static JsonObject base(Path directory) {
        String uri = directory.toUri().toString();
        JsonObject base = new JsonObject();
        base.addProperty("uri", uri.endsWith("/") ? uri : uri + "/");
        return base;
    }

    /** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
    private static String encode(Path relative) {
        List<String> segments = new ArrayList<>();
        for (Path segment : relative) {
            try {
                segments.add(new URI(null, null, segment.toString(), null).getRawPath().replace(":", "%3A"));
            } catch (URISyntaxException e) {
                segments.add(segment.toString());
            }
        }
        return String.join("/", segments);
    }

    private static Path commonParent(Path a, Path b) {
        Path common = a;
        while (common != null && !b.startsWith(common)) {
            common = common.getParent();
        }
        return common == null ? a.getRoot() : common;
    }
}
