// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import org.hvnet.testing.HvnetTestFiles;

/**
 * The pictures of the README and docs/diagram.md are screenshots of the tests: with {@code HVNET_UPDATE_SCREENSHOT=1}
 * a test copies its picture to {@code docs/images/}, made small (at most 1000 pixels wide, 96 colours) with
 * ImageMagick when it is there.
 */
final class ReadmePictures {

    private ReadmePictures() {
    }

    /** Copies {@code picture} to {@code docs/images/NAME} when the build asks for it. */
    static void update(Path picture, String name) throws IOException {
        if (!Files.isRegularFile(picture) || !"1".equals(System.getenv("HVNET_UPDATE_SCREENSHOT"))) {
            return;
        }
        Path images = HvnetTestFiles.repositoryRoot().resolve("docs/images");
        Files.createDirectories(images);
        Path target = images.resolve(name);
        try {
            Process convert = new ProcessBuilder("convert", picture.toString(), "-resize", "1000x>", "-colors", "96", "PNG8:" + target)
                    .redirectErrorStream(true).start();
            convert.getInputStream().readAllBytes();
            if (convert.waitFor(60, TimeUnit.SECONDS) && convert.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // no ImageMagick: the picture as it is
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.copy(picture, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
