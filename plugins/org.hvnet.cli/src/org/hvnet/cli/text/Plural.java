// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.text;

/** A count and its noun as reports write it: {@code 1 error}, {@code 2 errors}, {@code 0 warnings}. */
public final class Plural {

    private Plural() {
    }

    /** {@code n} and the noun, plural unless {@code n} is one. */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    /** {@code n} and the singular or the plural: {@code 2 switches}. */
    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
