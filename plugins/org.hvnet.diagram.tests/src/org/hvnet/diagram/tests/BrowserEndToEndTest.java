package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hvnet.diagram.server.DiagramServer;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagram in headless Chromium (Debian's {@code /usr/bin/chromium}, driven by playwright-core from the
 * client's {@code e2e/diagram.e2e.mjs}): rendering, palette, connecting, the file on disk, undo, and a marker.
 * Screenshots go to {@code target/e2e/}; {@code diagram.png} is the picture of the README, copied to
 * {@code docs/images/} when the build runs with {@code HVNET_UPDATE_SCREENSHOT=1}.
 */
class BrowserEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void editTheArticleInTheBrowser() throws Exception {
        Path client = HvnetTestFiles.repositoryRoot().resolve("plugins/org.hvnet.diagram/client");
        Path script = client.resolve("e2e/diagram.e2e.mjs");
        assertTrue(Files.isRegularFile(client.resolve("node_modules/playwright-core/package.json")),
                "the client's npm ci (org.hvnet.diagram build) installs playwright-core");
        assertTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Debian's chromium is installed (see .ci/run)");
        Path file = ArticleCopy.open(dir).file();
        Path out = Path.of("target/e2e").toAbsolutePath();
        Files.createDirectories(out);
        try (DiagramServer server = DiagramServer.start(List.of(file), HvnetTestFiles.injector(), 0)) {
            Process node = new ProcessBuilder("node", script.toString(), server.url(), file.toString(), out.toString())
                    .directory(client.toFile()).redirectErrorStream(true).start();
            boolean ended = node.waitFor(150, TimeUnit.SECONDS);
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println(output);
            if (!ended) {
                node.destroyForcibly();
            }
            assertTrue(ended, "the browser run ended in time:\n" + output);
            assertEquals(0, node.exitValue(), output);
            assertTrue(output.contains(" 0 failed"), output);
        }
        copyScreenshotForTheReadme(out.resolve("diagram.png"));
    }

    private static void copyScreenshotForTheReadme(Path screenshot) throws IOException {
        Path images = HvnetTestFiles.repositoryRoot().resolve("docs/images");
        if (Files.isRegularFile(screenshot) && "1".equals(System.getenv("HVNET_UPDATE_SCREENSHOT"))) {
            Files.createDirectories(images);
            Files.copy(screenshot, images.resolve("diagram.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
