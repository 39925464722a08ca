package io.p1vault.vault.team;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.Secret;
import io.p1vault.model.SecretsMade;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * git's merge driver and outline (textconv) for a team vault decrypt three versions and merge them in
 * memory; once they have written the result, every secret they made is wiped.
 */
class TeamMergeWipeTest {
    @TempDir
    Path dir;

    private TeamFixture alice;
    private Path team;

    @BeforeEach
    void teamVault() throws Exception {
        alice = TeamFixture.member(dir.resolve("alice"), "alice");
        team = dir.resolve("shared/team.age");
        Files.createDirectories(team.getParent());
        try (Vault personal = alice.openPersonal()) {
            try (Vault v = TeamVault.create(team, personal, TeamFixture.IDENTITY, "alice")
                    .vault()) {
                new VaultEditor(v)
                        .addClientCredentials(
                                "c1-api", "client-1", "https://c1.example.com/token", "c1-secret".toCharArray());
                v.save();
            }
        }
    }

    private interface Change {
        void apply(VaultEditor editor) throws Exception;
    }

    /** A copy of the team vault as it is now, then changed by {@code change} and copied again. */
    private Path versionAfter(String name, Change change) throws Exception {
        try (Vault v = alice.openTeam(team).vault()) {
            change.apply(new VaultEditor(v));
            v.save();
        }
        return Files.copy(team, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private TeamMergeDriver driver() throws Exception {
        try (Vault personal = alice.openPersonal()) {
            return TeamMergeDriver.of(personal, TeamFixture.IDENTITY);
        }
    }

    @Test
    void aMergeByTheDriverWipesWhatItDecryptedAndMerged() throws Exception {
        Path base = Files.copy(team, dir.resolve("base.age"));
        Path theirs = versionAfter(
                "theirs.age",
                e -> e.addServer("pf-theirs", "https://pf.example.com:9999", "admin", "their-password".toCharArray()));
        Files.copy(base, team, StandardCopyOption.REPLACE_EXISTING);
        Path mine = versionAfter("mine.age", e -> e.rename(e.require(EntryKind.CLIENT_CREDENTIALS, "c1-api"), "c1"));
        TeamMergeDriver driver = driver();

        List<Secret> made;
        try (SecretsMade scope = SecretsMade.onThisThread()) {
            assertThat(driver.merge(base, mine, theirs).unresolved()).isEmpty();
            made = scope.made();
        }

        assertThat(made).isNotEmpty().allMatch(Secret::isDestroyed);
        Files.copy(mine, team, StandardCopyOption.REPLACE_EXISTING);
        try (Vault v = alice.openTeam(team).vault()) {
            assertThat(v.document().entries).extracting(Entry::getName).containsExactlyInAnyOrder("c1", "pf-theirs");
        }
    }

    @Test
    void anOutlineWipesWhatItDecrypted() throws Exception {
        TeamMergeDriver driver = driver();

        List<Secret> made;
        try (SecretsMade scope = SecretsMade.onThisThread()) {
            assertThat(driver.outline(team)).anyMatch(line -> line.contains("c1-api"));
            made = scope.made();
        }

        assertThat(made).isNotEmpty().allMatch(Secret::isDestroyed);
    }
}
