// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hvnet diff git:REV:PATH ...} on a scratch git repository: a committed file against its edited copy in the
 * worktree, a committed folder, two revisions in a fresh clone, and a bad revision (exit 2, git's complaint named);
 * the worktree is never changed.
 */
class DiffGitInputTest {

    @TempDir
    Path repository;

    private Path lab;
    private String article;

    @BeforeEach
    void commitTheArticle() throws IOException, InterruptedException {
        article = HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet"));
        Files.createDirectories(repository.resolve("labs"));
        lab = repository.resolve("labs/lab.hvnet");
        Files.writeString(lab, article);
        git(repository, "init", "-q");
        git(repository, "add", ".");
        git(repository, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "article");
        Files.writeString(lab, article.replace("vm Web01 { nic eth0 on Lab", "vm Web01 { nic eth0 on Isolated"));
    }

    @Test
    void aCommittedFileAgainstTheWorktreeGivesTheSameReportAsTheTwoFiles() throws IOException, InterruptedException {
        String status = git(repository, "status", "--porcelain");
        CommandRun fromGit = CommandRun.of("diff", "git:HEAD:" + lab, lab.toString());
        Path committed = repository.resolve("committed.hvnet");
        Files.writeString(committed, article);
        CommandRun fromFiles = CommandRun.of("diff", committed.toString(), lab.toString());
        Files.delete(committed);
        assertEquals(1, fromGit.exitCode(), fromGit::toString);
        assertEquals(fromFiles.out(), fromGit.out());
        assertTrue(fromGit.out().contains("changed vm-nic HV01.Web01.eth0: switch: HV01.Lab -> HV01.Isolated"), fromGit::toString);
        assertEquals(status, git(repository, "status", "--porcelain"), "the worktree is left as it was");
    }

    @Test
    void aCommittedFolderIsReadWholeAndDiagnosticsNameTheRevision() {
        CommandRun run = CommandRun.of("diff", "git:HEAD:" + repository.resolve("labs"), repository.resolve("labs").toString(), "--json");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("\"name\": \"HV01.Web01.eth0\""), run::toString);
        assertTrue(!run.out().contains("hvnet-diff-"), "no temporary path in the report: " + run.out());
    }

    @Test
    void twoRevisionsInAFreshClone() throws IOException, InterruptedException {
        git(repository, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-a", "-m", "move Web01");
        Path clone = repository.resolve("clone");
        git(repository, "clone", "-q", repository.toString(), clone.toString());
        Path cloned = clone.resolve("labs/lab.hvnet");
        CommandRun run = CommandRun.of("diff", "git:HEAD~1:" + cloned, "git:HEAD:" + cloned);
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("changed vm-nic HV01.Web01.eth0: switch: HV01.Lab -> HV01.Isolated"), run::toString);
        CommandRun same = CommandRun.of("diff", "git:HEAD:" + cloned, cloned.toString());
        assertEquals(0, same.exitCode(), same::toString);
    }

    @Test
    void aBadRevisionOrPathExitsTwoWithGitsComplaint() {
        CommandRun badRevision = CommandRun.of("diff", "git:no-such-revision:" + lab, lab.toString());
        assertEquals(2, badRevision.exitCode(), badRevision::toString);
        assertTrue(badRevision.err().contains("git:no-such-revision:") && badRevision.err().contains("git cannot read it"), badRevision::toString);
        CommandRun badPath = CommandRun.of("diff", "git:HEAD:" + repository.resolve("labs/none.hvnet"), lab.toString());
        assertEquals(2, badPath.exitCode(), badPath::toString);
        CommandRun malformed = CommandRun.of("diff", "git:HEAD", lab.toString());
        assertEquals(2, malformed.exitCode(), malformed::toString);
        assertTrue(malformed.err().contains("git:REV:PATH"), malformed::toString);
    }

    private static String git(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), () -> command + ": " + out);
        return out;
    }
}
