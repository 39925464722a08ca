package io.p1vault.vault.team;

import io.p1vault.UserFacing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GitFailedExceptionTest {
    @TempDir
    Path dir;

    @Test
    void aCommitWithoutAGitUserSaysWhatToSetInThatClone() throws Exception {
        Path home = dir.resolve("home");
        Path clone = dir.resolve("clone");
        java.nio.file.Files.createDirectories(home);
        // An empty HOME and no system config: git has no user, as on a freshly set-up machine.
        GitRunner git = new GitRunner(clone.getParent(), Map.of("HOME", home.toString(), "GIT_CONFIG_NOSYSTEM", "1"));
        git.run("init", "--quiet", clone.toString());
        GitRunner inClone = new GitRunner(clone, Map.of("HOME", home.toString(), "GIT_CONFIG_NOSYSTEM", "1"));
        java.nio.file.Files.writeString(clone.resolve("members"), "alice\n");
        inClone.run("add", "members");

        GitFailedException failure = org.junit.jupiter.api.Assertions.assertThrows(
                GitFailedException.class, () -> inClone.run("commit", "--quiet", "-m", "members"));

        assertThat(failure).isInstanceOf(UserFacing.class);
        assertThat(failure.getMessage())
                .startsWith("git commit failed (exit 128): fatal:")
                .contains("git -C " + clone + " config user.name")
                .doesNotContain("\n")
                .doesNotContain("Please tell me who you are");
    }

    @Test
    void theReasonIsGitsFatalAndErrorLinesElseItsFirstLine() {
        assertThat(GitFailedException.reason("hint: x\nerror: failed to push some refs\nfatal: the remote hung up"))
                .isEqualTo("error: failed to push some refs; fatal: the remote hung up");
        assertThat(GitFailedException.reason("\n  Everything up-to-date\nmore\n"))
                .isEqualTo("Everything up-to-date");
        assertThat(GitFailedException.reason("")).isEqualTo("no message");
    }
}
