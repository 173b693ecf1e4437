// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** What a write puts into a file, streamed into it (so that a large output is never held twice in memory). */
@FunctionalInterface
public interface FileContent {

    /** Writes the content to {@code out}; the writer flushes and closes it. */
    void writeTo(OutputStream out) throws IOException;

    /** {@code text} in UTF-8. */
    static FileContent utf8(CharSequence text) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.append(text);
            writer.flush();
        };
    }

    /** {@code text} in UTF-8, after a byte order mark when {@code byteOrderMark} (a file that had one keeps it). */
    static FileContent utf8(CharSequence text, boolean byteOrderMark) {
        FileContent body = utf8(text);
        return byteOrderMark ? out -> {
            out.write(Utf8Text.BYTE_ORDER_MARK);
            body.writeTo(out);
        } : body;
    }
}
