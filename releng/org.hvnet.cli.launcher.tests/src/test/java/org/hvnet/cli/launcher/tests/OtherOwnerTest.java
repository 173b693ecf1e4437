// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.launcher.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A checkout owned by another user, read-only: its {@code ./hvnet} runs for this user with the runtime's state in a
 * per-user cache ({@code $XDG_CACHE_HOME} or {@code ~/.cache}), and says in one line (exit 2) when even that cannot be
 * written. Runs as root (as CI does): a copy of the launcher and the product, owned by root and read-only, run as
 * {@code nobody} with {@code setpriv}.
 */
class OtherOwnerTest {

    private static final String PRODUCT = "releng/org.hvnet.repository/target/products/org.hvnet.cli.product/linux/gtk/x86_64";
    private static final String NOBODY = "65534";

    private static Path checkout;
    private static Path home;

    @BeforeAll
    static void copyTheCheckout() throws IOException, InterruptedException {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run as another user");
        Path base = Files.createTempDirectory(Path.of("/tmp"), "hvnet-other-owner", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        checkout = base.resolve("checkout");
        Files.createDirectories(checkout.resolve(PRODUCT).getParent());
        Files.copy(Launcher.HVNET, checkout.resolve("hvnet"));
        copy(Launcher.ROOT.resolve("examples"), checkout.resolve("examples"));
        copy(Launcher.ROOT.resolve(PRODUCT), checkout.resolve(PRODUCT));
        // the state the owner's runs left: this user's runs must not need it
        sh("rm -rf '" + checkout.resolve(PRODUCT) + "/configuration/org.eclipse.osgi' '" + checkout.resolve(PRODUCT) + "/hvnet.jsa'");
        sh("chmod -R a+rX,a-w '" + checkout + "'");
        home = base.resolve("home");
        Files.createDirectory(home);
        sh("chown " + NOBODY + ":" + NOBODY + " '" + home + "'");
    }

    @AfterAll
    static void removeTheCopy() throws IOException, InterruptedException {
        if (checkout != null) {
            sh("rm -rf '" + checkout.getParent() + "'");
        }
    }

    private static void copy(Path from, Path to) throws IOException, InterruptedException {
        sh("cp -r '" + from + "' '" + to + "'");
    }

    private static void sh(String command) throws IOException, InterruptedException {
        Launcher.Run run = Launcher.run(List.of("sh", "-c", command), Map.of(), Path.of("/tmp"));
        assertEquals(0, run.exitCode(), run::toString);
    }

    /** {@code ./hvnet ARGS} of the copy, as nobody with {@code environment}. */
    private static Launcher.Run asNobody(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "env"));
        environment.forEach((name, value) -> command.add(name + "=" + value));
        command.add(checkout.resolve("hvnet").toString());
        command.addAll(List.of(args));
        return Launcher.run(command, java.util.Collections.singletonMap("XDG_CACHE_HOME", null), Path.of("/tmp"));
    }

    @Test
    void anotherUsersReadOnlyCheckoutRunsWithTheStateInThePerUserCache() throws IOException, InterruptedException {
        String article = checkout.resolve("examples/article.hvnet").toString();
        for (int time = 1; time <= 2; time++) {
            Launcher.Run run = asNobody(Map.of("HOME", home.toString()), "simulate", article);
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(run.out().startsWith("Model: ArticleLab\n"), run::toString);
            assertEquals("", run.err(), run::toString);
        }
        try (Stream<Path> state = Files.walk(home.resolve(".cache/hvnet"))) {
            assertTrue(state.anyMatch(p -> p.toString().endsWith("configuration/org.eclipse.osgi")), "the OSGi state is in ~/.cache/hvnet");
        }
        Path cache = home.resolve("xdg");
        Files.createDirectory(cache);
        sh("chown " + NOBODY + " '" + cache + "'");
        Launcher.Run xdg = asNobody(Map.of("HOME", home.toString(), "XDG_CACHE_HOME", cache.toString()), "validate", article);
        assertEquals(0, xdg.exitCode(), xdg::toString);
        assertTrue(Files.isDirectory(cache.resolve("hvnet")), "XDG_CACHE_HOME is used when set");
    }

    @Test
    void withoutAnyWritablePlaceItSaysSoInOneLine() throws IOException, InterruptedException {
        Launcher.Run run = asNobody(Map.of("HOME", "/nonexistent"), "validate", checkout.resolve("examples/article.hvnet").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().startsWith("hvnet: " + checkout.resolve(PRODUCT) + " is not writable by nobody and neither is /nonexistent/.cache/hvnet"),
                run::toString);
        assertFalse(run.err().contains("<title>") || run.out().contains("<title>"), run::toString);
    }
}
