// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.loading;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

/** How files are named in output: as the user wrote them on the command line, else their path. */
public final class DisplayNames {

    private final Map<URI, String> names = new HashMap<>();

    /** Remembers that {@code uri} is shown as {@code path} as given. */
    public void put(URI uri, Path path) {
        put(uri, path.toString());
    }

    /** Remembers that {@code uri} is shown as {@code name}. */
    public void put(URI uri, String name) {
        names.put(uri, name);
    }

    /** The display name of a resource URI. */
    public String of(URI uri) {
        String name = names.get(uri);
        if (name != null) {
            return name;
        }
        return uri.isFile() ? uri.toFileString() : uri.toString();
    }
}
