// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.sarif;

import com.google.gson.JsonObject;

/** A SARIF message object: {@code {"text": ...}}. */
final class SarifText {

    private SarifText() {
    }

    static JsonObject of(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        return message;
    }
}
