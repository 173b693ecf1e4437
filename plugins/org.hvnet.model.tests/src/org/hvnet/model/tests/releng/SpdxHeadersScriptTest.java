// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.tests.releng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.hvnet.model.tests.metamodel.EcoreFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code releng/spdx-headers.sh} (the licence headers, run once by hand, then as a CI check) on a scratch git
 * checkout: it adds the header after a shebang and a byte-order mark, keeps line endings and modes, skips ignored
 * and generated files, changes nothing on a second run, and {@code --check} lists exactly the files without one.
 * This bundle is the first test bundle of the build; the script belongs to no bundle.
 */
class SpdxHeadersScriptTest {

    private static final String JAVA_HEADER = "// SPDX-License-Identifier: EPL-2.0\n";

    @TempDir
    Path checkout;

    @Test
    void addsEveryMissingHeaderOnceAndCheckListsWhatIsMissing() throws Exception {
        write("src/a/A.java", "package a;\n\nclass A {}\n");
        write("src/a/Done.java", JAVA_HEADER + "class Done {}\n");
        write("run.sh", "#!/usr/bin/env bash\necho hi\n");
        Files.setPosixFilePermissions(checkout.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.write(checkout.resolve("collect.ps1"), bytes("\uFEFFparam($x)\r\nWrite-Host $x\r\n"));
        write("client/app.ts", "export const x = 1;\n");
        write("client/node_modules/lib/index.ts", "export {};\n");
        write("src-gen/a/Generated.java", "class Generated {}\n");
        write("notes.md", "# not source\n");
        write(".gitignore", "node_modules/\nsrc-gen/\n");
        run(0, "git", "init", "-q");
        run(0, "git", "add", "-A", ".");

        assertEquals(List.of("client/app.ts", "collect.ps1", "run.sh", "src/a/A.java"), script(1, "--check"));
        script(0);
        assertEquals("// SPDX-License-Identifier: EPL-2.0\npackage a;\n\nclass A {}\n", read("src/a/A.java"));
        assertEquals(JAVA_HEADER + "class Done {}\n", read("src/a/Done.java"));
        assertEquals("#!/usr/bin/env bash\n# SPDX-License-Identifier: EPL-2.0\necho hi\n", read("run.sh"));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(checkout.resolve("run.sh"))));
        assertEquals("\uFEFF# SPDX-License-Identifier: EPL-2.0\r\nparam($x)\r\nWrite-Host $x\r\n", read("collect.ps1"));
        assertEquals("export {};\n", read("client/node_modules/lib/index.ts"));
        assertEquals("class Generated {}\n", read("src-gen/a/Generated.java"));
        assertEquals("# not source\n", read("notes.md"));

        String once = read("src/a/A.java") + read("run.sh") + read("collect.ps1") + read("client/app.ts");
        script(0);
        assertEquals(once, read("src/a/A.java") + read("run.sh") + read("collect.ps1") + read("client/app.ts"));
        assertEquals(List.of(), script(0, "--check"));
    }

    private List<String> script(int expectedExit, String... arguments) throws Exception {
        Path script = EcoreFile.repositoryRoot().resolve("releng/spdx-headers.sh");
        assertTrue(Files.isRegularFile(script), script::toString);
        String[] command = new String[arguments.length + 4];
        command[0] = "bash";
        command[1] = script.toString();
        command[2] = "--root";
        command[3] = checkout.toString();
        System.arraycopy(arguments, 0, command, 4, arguments.length);
        return run(expectedExit, command);
    }

    private List<String> run(int expectedExit, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(checkout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(expectedExit, process.waitFor(), () -> String.join(" ", command) + "\n" + out);
        return out.lines().toList();
    }

    private void write(String path, String text) throws IOException {
        Path file = checkout.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String read(String path) throws IOException {
        return new String(Files.readAllBytes(checkout.resolve(path)), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
