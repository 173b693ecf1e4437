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
 * client's {@code e2e/diagram.e2e.mjs}): rendering, palette, connecting, the file on disk, undo, and a marker; and
 * ({@code e2e/cross-origin.e2e.mjs}) a page of another site that tries to read the files and open the websocket.
 * Screenshots go to {@code target/e2e/}; {@code diagram.png} is the picture of the README, copied to
 * {@code docs/images/} when the build runs with {@code HVNET_UPDATE_SCREENSHOT=1}.
 */
class BrowserEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void editTheArticleInTheBrowser() throws Exception {
        Path file = ArticleCopy.open(dir).file();
        Path out = Path.of("target/e2e").toAbsolutePath();
        try (DiagramServer server = DiagramServer.start(List.of(file), HvnetTestFiles.injector(), 0)) {
            runScript("diagram.e2e.mjs", server.url(), file.toString(), out.toString());
        }
        copyScreenshotForTheReadme(out.resolve("diagram.png"));
    }

    @Test
    void anotherSiteCannotReachTheServer() throws Exception {
        Path file = ArticleCopy.open(dir).file();
        try (DiagramServer server = DiagramServer.start(List.of(file), HvnetTestFiles.injector(), 0)) {
            runScript("cross-origin.e2e.mjs", server.url(), Path.of("target/e2e").toAbsolutePath().toString());
        }
    }

    /** Runs the client's end-to-end script {@code script} with {@code arguments}; every check in it must pass. */
    private static void runScript(String script, String... arguments) throws Exception {
        Path client = HvnetTestFiles.repositoryRoot().resolve("plugins/org.hvnet.diagram/client");
        assertTrue(Files.isRegularFile(client.resolve("node_modules/playwright-core/package.json")),
                "the client's npm ci (org.hvnet.diagram build) installs playwright-core");
        assertTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Debian's chromium is installed (see .ci/run)");
        Files.createDirectories(Path.of("target/e2e"));
        List<String> command = new java.util.ArrayList<>(List.of("node", client.resolve("e2e").resolve(script).toString()));
        command.addAll(List.of(arguments));
        Process node = new ProcessBuilder(command).directory(client.toFile()).redirectErrorStream(true).start();
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

    private static void copyScreenshotForTheReadme(Path screenshot) throws IOException {
        Path images = HvnetTestFiles.repositoryRoot().resolve("docs/images");
        if (Files.isRegularFile(screenshot) && "1".equals(System.getenv("HVNET_UPDATE_SCREENSHOT"))) {
            Files.createDirectories(images);
            Files.copy(screenshot, images.resolve("diagram.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
