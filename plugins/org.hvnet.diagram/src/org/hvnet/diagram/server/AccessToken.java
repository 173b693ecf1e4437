// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.server;

import java.security.SecureRandom;
import java.util.Base64;

/** The secret of one diagram server run: 256 random bits, URL-safe, new at every start. */
final class AccessToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessToken() {
    }

    /** A fresh token. */
    static String create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
