// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an inventory file, in the encodings Windows writes: UTF-8 with a byte-order mark (Windows PowerShell
 * 5.1's {@code Out-File -Encoding utf8}) or without (PowerShell 7, the collector), UTF-16LE with a byte-order mark
 * (5.1's {@code >} and {@code Out-File}), and UTF-16 without one. A file that is not UTF-8 is read as Windows-1252,
 * the code page of 5.1's {@code Set-Content} on western systems, and says so.
 *
 * @param text the text, without its byte-order mark
 * @param encoding the encoding it was read in, for messages
 * @param notUtf8 true when the bytes were not UTF-8 and were read as Windows-1252
 */
record InventoryText(String text, String encoding, boolean notUtf8) {

    private static final Charset WINDOWS_1252 = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252")
            : StandardCharsets.ISO_8859_1;

    /** Thrown for bytes that are no text in the encoding their byte-order mark names. */
    static final class Undecodable extends Exception {
        private static final long serialVersionUID = 1L;

        Undecodable(String message) {
            super(message);
        }
    }

    /** Decodes {@code bytes}, told apart by their byte-order mark or, without one, by where the zero bytes are. */
    static InventoryText decode(byte[] bytes) throws Undecodable {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return utf8(bytes, 3, "UTF-8 with byte-order mark");
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE with byte-order mark");
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE with byte-order mark");
        }
        if (n >= 2 && bytes[0] != 0 && bytes[1] == 0) {
            return strict(bytes, 0, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (n >= 2 && bytes[0] == 0 && bytes[1] != 0) {
            return strict(bytes, 0, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        return utf8(bytes, 0, "UTF-8");
    }

    private static InventoryText utf8(byte[] bytes, int offset, String name) {
        try {
            return new InventoryText(decoded(bytes, offset, StandardCharsets.UTF_8), name, false);
        } catch (CharacterCodingException notUtf8) {
            String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
            return new InventoryText(text, "Windows-1252", true);
        }
    }

    private static InventoryText strict(byte[] bytes, int offset, Charset charset, String name) throws Undecodable {
        try {
            return new InventoryText(decoded(bytes, offset, charset), name, false);
        } catch (CharacterCodingException e) {
            throw new Undecodable("the file starts like " + name + " text but is not valid " + name
                    + " (damaged, or cut in the middle of a character)");
        }
    }

    private static String decoded(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }
}
