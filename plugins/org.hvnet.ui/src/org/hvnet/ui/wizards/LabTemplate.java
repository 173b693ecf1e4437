// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.hvnet.ui.HvnetUiPlugin;

/** The templates a new .hvnet file starts from. */
public enum LabTemplate {

    /** One network and one host: a lab to fill in. */
    EMPTY("Empty lab", "templates/empty-lab.hvnet"),
    /** The article's lab: a Hyper-V 2008 host with an internal and a private switch and three VMs. */
    ARTICLE("The article's lab", "templates/article-lab.hvnet");

    private final String label;
    private final String path;

    LabTemplate(String label, String path) {
        this.label = label;
        this.path = path;
    }

    /** The label shown in the wizard. */
    public String label() {
        return label;
    }

    /** The template's text with the topology named {@code topologyName}. */
    public String text(String topologyName) throws IOException {
        URL url = FileLocator.find(Platform.getBundle(HvnetUiPlugin.ID), new org.eclipse.core.runtime.Path(path));
        if (url == null) {
            throw new IOException("template " + path + " is missing from the bundle");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${name}", topologyName);
        }
    }

    /** A topology name (an identifier) made from a file name. */
    public static String topologyName(String fileName) {
        String base = fileName.endsWith(".hvnet") ? fileName.substring(0, fileName.length() - 6) : fileName;
        StringBuilder name = new StringBuilder();
        for (char c : base.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) || c == '_' ? c : '_');
        }
        if (name.length() == 0 || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
            name.insert(0, "Lab");
        }
        return name.toString();
    }
}
