package org.hvnet.frontend.loading;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a .hvnet file as UTF-8 text, refusing binary content with a message that says where it starts. */
public final class TextContent {

    private TextContent() {
    }

    /**
     * The file's text.
     *
     * @throws UnreadableInputException when the file cannot be read or is not UTF-8 text
     */
    public static String read(Path file) throws UnreadableInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableInputException(file + ": cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableInputException(file + ": not a text file (NUL byte at offset " + i + ")");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException(file + ": not a UTF-8 text file (" + e.getMessage() + ")");
        }
    }
}
