// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.loading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.hvnet.files.BoundedInput;
import org.hvnet.files.RefusedInputException;
import org.hvnet.files.Utf8Text;

/**
 * Reads a model input as UTF-8 text (a byte order mark skipped) within the run's input limit, refusing binary
 * content, other encodings, and files that are not regular files: a FIFO without a writer would block for ever and
 * {@code /dev/zero} never ends. Standard input and the descriptors the shell hands over ({@code /dev/fd/N}, as
 * {@code <(…)} gives) are read as streams, within the limit.
 */
public final class TextContent {

    /** The text of an input and how many bytes it took. */
    public record InputText(String text, long bytes) {
    }

    private TextContent() {
    }

    /**
     * The text of {@code input}, which may take at most {@code budget} bytes.
     *
     * @throws UnreadableInputException when it cannot be read, is too large, or is not UTF-8 text
     */
    public static InputText read(ModelInput input, InputStream standardInput, long budget) throws UnreadableInputException {
        try {
            byte[] bytes = bytes(input, standardInput, budget);
            return new InputText(Utf8Text.decode(bytes, input.name()), bytes.length);
        } catch (RefusedInputException e) {
            throw new UnreadableInputException(e.getMessage());
        } catch (IOException e) {
            throw new UnreadableInputException(input.name() + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static byte[] bytes(ModelInput input, InputStream standardInput, long budget) throws IOException {
        if (input.standardInput()) {
            return BoundedInput.readStream(standardInput, input.name(), budget);
        }
        if (input.name().startsWith("/dev/fd/") || input.name().startsWith("/proc/self/fd/")) {
            try (InputStream in = Files.newInputStream(input.file())) {
                return BoundedInput.readStream(in, input.name(), budget);
            }
        }
        return BoundedInput.readFile(input.file(), input.name(), budget);
    }
}
