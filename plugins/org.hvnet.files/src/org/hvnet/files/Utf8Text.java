// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of an input file: UTF-8, with or without the byte order mark that Windows Notepad writes; a file in
 * another encoding or a binary file is refused with a message that names it and says where it goes wrong.
 */
public final class Utf8Text {

    /** The UTF-8 byte order mark. */
    static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private Utf8Text() {
    }

    /** True when {@code bytes} start with the UTF-8 byte order mark (which a rewrite of the file keeps). */
    public static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1] && bytes[2] == BYTE_ORDER_MARK[2];
    }

    /** True when the file {@code file} starts with the UTF-8 byte order mark. */
    public static boolean startsWithByteOrderMark(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return hasByteOrderMark(in.readNBytes(BYTE_ORDER_MARK.length));
        }
    }

    /**
     * The text of {@code bytes} without its byte order mark.
     *
     * @param name the input as the user named it, for messages
     * @throws RefusedInputException when the bytes are not UTF-8 text
     */
    public static String decode(byte[] bytes, String name) throws RefusedInputException {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new RefusedInputException(name + ": not a UTF-8 text file (it is UTF-16, as PowerShell's Out-File writes by default); "
                    + "save it as UTF-8 (Out-File -Encoding utf8)");
        }
        int start = hasByteOrderMark(bytes) ? BYTE_ORDER_MARK.length : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new RefusedInputException(name + ": not a text file (NUL byte at offset " + i + ")");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new RefusedInputException(name + ": not a UTF-8 text file (byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF)
                    + " at " + place(bytes, start, in.position()) + " is not UTF-8); save it as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** "line L, column C" of byte {@code offset} (columns counted in bytes). */
    private static String place(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }
}
