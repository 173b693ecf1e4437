// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

/**
 * Where the project's documentation is published, for links in SARIF logs (the tool's home and each rule's section of
 * docs/rules.md). {@code HVNET_DOCS_URL} (or the system property {@code hvnet.docs}) points them at another copy, such
 * as an organisation's mirror of the docs folder.
 */
public final class DocumentationSite {

    /** The published docs folder of the project. */
    public static final String DEFAULT = "https://hvnet.org/docs/";

    private DocumentationSite() {
    }

    /** The docs folder's URL, ending with a slash. */
    public static String base() {
        String configured = System.getProperty("hvnet.docs", System.getenv("HVNET_DOCS_URL"));
        if (configured == null || configured.isBlank()) {
            return DEFAULT;
        }
        return configured.endsWith("/") ? configured : configured + "/";
    }

    /** The URL of a page of the docs folder with an optional anchor, e.g. {@code rules.md#v-6}. */
    public static String page(String page) {
        return base() + page;
    }
}
