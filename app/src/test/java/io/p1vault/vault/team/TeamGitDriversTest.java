package io.p1vault.vault.team;

import io.p1vault.model.Entry;
import io.p1vault.testing.TestClassPath;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The drivers as git runs them, when a member merges with git directly: the configured command
 * line, unchanged, finds a {@code p1vault} on the PATH (here a script running this build).
 */
@DisabledOnOs(
        value = OS.WINDOWS,
        disabledReason = "git runs the drivers through a POSIX shell script (#!/bin/sh, made executable with chmod)")
class TeamGitDriversTest {
    static final String CANARY = "driver-canary-secret-2b7c";

    @TempDir
    Path dir;

    TeamFixture alice;
    TeamFixture bob;
    Path aliceClone;
    Path bobClone;
    Map<String, String> env;

    @BeforeEach
    void clones() throws Exception {
        Path origin = GitClones.bare(dir);
        alice = TeamFixture.member(dir.resolve("alice"), "alice");
        bob = TeamFixture.member(dir.resolve("bob"), "bob");
        aliceClone = GitClones.cloneOf(origin, dir, "alice");
        try (Vault personal = alice.openPersonal()) {
            TeamVault.Opened t = TeamVault.create(aliceClone.resolve("team.age"), personal, TeamFixture.IDENTITY, "a");
            try (Vault v = t.vault()) {
                new VaultEditor(v)
                        .addClientCredentials("shared", "id", "https://a.example.com/t", CANARY.toCharArray());
                v.save();
                TeamVault.addMember(t, "b", bob.recipient());
            }
            TeamSync.sync(aliceClone.resolve("team.age"), personal, TeamFixture.IDENTITY, c -> Optional.empty());
        }
        bobClone = GitClones.cloneOf(origin, dir, "bob");
        try (Vault personal = bob.openPersonal()) {
            TeamSync.sync(bobClone.resolve("team.age"), personal, TeamFixture.IDENTITY, c -> Optional.empty());
        }
        env = Map.of(
                "PATH",
                launcher() + ":" + System.getenv("PATH"),
                "P1VAULT_PASSPHRASE",
                new String(TeamFixture.PASSPHRASE));
    }

    /** A folder with a {@code p1vault} script that runs this build's command line. */
    private Path launcher() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = TestClassPath.get();
        Path script = bin.resolve("p1vault");
        Files.writeString(
                script,
                "#!/bin/sh\nexec '" + java + "' -Djava.awt.headless=true -cp '" + cp
                        + "' io.p1vault.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return bin;
    }

    private void addEntry(TeamFixture who, Path clone, String name) throws Exception {
        try (Vault v = who.openTeam(clone.resolve("team.age")).vault()) {
            new VaultEditor(v).addClientCredentials(name, "id-" + name, "https://x.example.com/t", "s".toCharArray());
            v.save();
        }
        GitClones.git(clone, Map.of(), "commit", "--quiet", "-am", "added " + name);
    }

    @Test
    void gitPullMergesPerEntryThroughTheMergeDriver() throws Exception {
        addEntry(alice, aliceClone, "from-alice");
        GitClones.git(aliceClone, Map.of(), "push", "--quiet");
        addEntry(bob, bobClone, "from-bob");
        GitClones.git(bobClone, env, "pull", "--quiet", "--no-rebase", "--no-edit");
        try (Vault v = bob.openTeam(bobClone.resolve("team.age")).vault()) {
            assertThat(v.document().entries.stream()
                            .map(Entry::getName)
                            .sorted()
                            .toList())
                    .containsExactly("from-alice", "from-bob", "shared");
        }
    }

    @Test
    void withoutThePassphraseTheDriverLeavesAWholeFileAndAConflict() throws Exception {
        addEntry(alice, aliceClone, "from-alice");
        GitClones.git(aliceClone, Map.of(), "push", "--quiet");
        addEntry(bob, bobClone, "from-bob");
        Map<String, String> noPassphrase = Map.of("PATH", env.get("PATH"));
        assertThatThrownBy(() -> GitClones.git(bobClone, noPassphrase, "pull", "--quiet", "--no-rebase", "--no-edit"))
                .hasMessageContaining("CONFLICT");
        try (Vault v = bob.openTeam(bobClone.resolve("team.age")).vault()) {
            assertThat(v.document().entries.stream()
                            .map(Entry::getName)
                            .sorted()
                            .toList())
                    .containsExactly("from-bob", "shared");
        }
    }

    @Test
    void gitDiffShowsEntryAndFieldNamesNeverValues() throws Exception {
        addEntry(alice, aliceClone, "from-alice");
        String diff = GitClones.git(aliceClone, env, "log", "-p", "-n", "2", "--", "team.age");
        assertThat(diff)
                .contains("+client-credentials \"from-alice\" modified")
                .contains("clientSecret")
                .doesNotContain(CANARY)
                .doesNotContain("id-from-alice");
        List<String> members = diff.lines().filter(l -> l.contains("member ")).toList();
        assertThat(members).isNotEmpty();
    }
}
