// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hvnet.files.AtomicFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A writing process killed with SIGKILL at random moments, many times: after every kill the file holds one whole
 * version (the old one or a new one, never a mixture or a truncated text), and the next write leaves no temporary
 * file behind.
 */
class KillDuringWriteTest {

    private static final int TRIALS = 30;
    private static final Pattern VERSION = Pattern.compile("version (\\d+)\n");

    @TempDir
    Path dir;

    @Test
    void everyKillLeavesTheOldOrTheNewText() throws Exception {
        Path classes = copyClasses(dir.resolve("classes"));
        Path file = dir.resolve("data").resolve("lab.hvnet");
        Files.createDirectories(file.getParent());
        AtomicFileWriter.write(file, KillTrialWriter.version(0));
        Random random = new Random(7);
        long next = 1;
        int killedMidWrite = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Process child = new ProcessBuilder(java(), "-cp", classes.toString(), KillTrialWriter.class.getName(), file.toString(),
                    Long.toString(next)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader written = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = written.readLine(); // the child has started and written once: kill it somewhere in the writes that follow
            assertTrue(first != null, "the child wrote nothing");
            Thread.sleep(random.nextInt(120));
            child.destroyForcibly(); // SIGKILL
            child.waitFor();
            long onDisk = wholeVersion(file);
            assertTrue(onDisk >= Long.parseLong(first), "trial " + trial + ": version " + onDisk + " after the child wrote " + first);
            killedMidWrite += Trial.names(file.getParent()).size() > 1 ? 1 : 0;
            next = onDisk + 1;
        }
        AtomicFileWriter.write(file, KillTrialWriter.version(next));
        assertEquals(List.of("lab.hvnet"), Trial.names(file.getParent()), "the next write removed the killed writers' temporary files");
        assertTrue(killedMidWrite > 0, "no kill landed during a write: the trial tests nothing");
    }

    /** The version the file holds, failing unless it is one whole version. */
    private static long wholeVersion(Path file) throws IOException {
        String text = Files.readString(file);
        Matcher matcher = VERSION.matcher(text);
        assertTrue(matcher.lookingAt(), "not a version: " + text.substring(0, Math.min(40, text.length())));
        long version = Long.parseLong(matcher.group(1));
        assertEquals(KillTrialWriter.version(version), text, "a mixed or truncated text");
        return version;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The classes of the writer and of the child, copied out of their bundles into a plain class path. */
    private static Path copyClasses(Path target) throws IOException {
        for (Class<?> type : new Class<?>[] { AtomicFileWriter.class, KillTrialWriter.class }) {
            Bundle bundle = FrameworkUtil.getBundle(type);
            String packagePath = type.getPackageName().replace('.', '/');
            Enumeration<URL> entries = bundle.findEntries("/", "*.class", true);
            while (entries != null && entries.hasMoreElements()) {
                URL entry = entries.nextElement();
                String path = entry.getPath();
                int start = path.indexOf(packagePath + "/");
                if (start < 0) {
                    continue;
                }
                Path copy = target.resolve(path.substring(start));
                Files.createDirectories(copy.getParent());
                try (InputStream in = entry.openStream()) {
                    Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
