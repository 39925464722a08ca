package io.p1vault.vault.team;

import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.Secret;
import io.p1vault.model.SecretsMade;
import io.p1vault.vault.TrustedMembers;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Three members with clones of one bare repository: concurrent edits, merged per entry and field by team sync. */
class TeamSyncTest {
    static final String CANARY = "sync-canary-secret-5d1e";
    static final Function<MergeConflict, Optional<Resolution>> NO_CHOICE = c -> Optional.empty();

    @TempDir
    Path dir;

    Path origin;
    Member alice;
    Member bob;
    Member carol;

    record Member(TeamFixture who, Path repo) {
        Path team() {
            return repo.resolve("team.age");
        }

        TeamSync.Report sync(Function<MergeConflict, Optional<Resolution>> choice) throws Exception {
            try (Vault p = who.openPersonal()) {
                return TeamSync.sync(team(), p, TeamFixture.IDENTITY, choice);
            }
        }

        /** Accepts the team's members as they are in this clone (each member does, before their first save). */
        Member accepting() throws Exception {
            try (Vault p = who.openPersonal();
                    Vault v = TeamVault.open(team(), p, TeamFixture.IDENTITY).vault()) {
                TrustedMembers.accept(p, v.document());
                p.save();
            }
            return this;
        }

        void edit(EditStep step) throws Exception {
            try (Vault v = who.openTeam(team()).vault()) {
                step.apply(new VaultEditor(v));
                v.save();
            }
        }

        <T> T read(Function<VaultEditor, T> reading) throws Exception {
            try (Vault v = who.openTeam(team()).vault()) {
                return reading.apply(new VaultEditor(v));
            }
        }
    }

    interface EditStep {
        void apply(VaultEditor editor) throws Exception;
    }

    @BeforeEach
    void team() throws Exception {
        origin = GitClones.bare(dir);
        alice = new Member(TeamFixture.member(dir.resolve("alice"), "alice"), GitClones.cloneOf(origin, dir, "alice"));
        TeamFixture b = TeamFixture.member(dir.resolve("bob"), "bob");
        TeamFixture c = TeamFixture.member(dir.resolve("carol"), "carol");
        try (Vault personal = alice.who().openPersonal()) {
            TeamVault.Opened t = TeamVault.create(alice.team(), personal, TeamFixture.IDENTITY, "alice");
            try (Vault v = t.vault()) {
                new VaultEditor(v)
                        .addClientCredentials("shared", "id-0", "https://a.example.com/t", CANARY.toCharArray());
                v.save();
                TeamVault.addMember(t, "bob", b.recipient());
                TeamVault.addMember(t, "carol", c.recipient());
            }
        }
        alice.accepting();
        assertThat(alice.sync(NO_CHOICE).pushed()).isTrue();
        bob = new Member(b, GitClones.cloneOf(origin, dir, "bob")).accepting();
        carol = new Member(c, GitClones.cloneOf(origin, dir, "carol")).accepting();
    }

    private static EditStep add(String name) {
        return e -> e.addClientCredentials(name, "id-" + name, "https://" + name + ".example.com/t", "s".toCharArray());
    }

    private static ClientCredentialsEntry shared(VaultEditor e) {
        try {
            return (ClientCredentialsEntry) e.require(EntryKind.CLIENT_CREDENTIALS, "shared");
        } catch (VaultException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void editsOfDifferentEntriesByThreeMembersMergeSilently() throws Exception {
        alice.edit(add("from-alice"));
        bob.edit(add("from-bob"));
        carol.edit(add("from-carol"));
        alice.sync(NO_CHOICE);
        assertThat(bob.sync(NO_CHOICE).merges()).isEqualTo(1);
        assertThat(carol.sync(NO_CHOICE).merges()).isEqualTo(1);
        alice.sync(NO_CHOICE);
        bob.sync(NO_CHOICE);
        for (Member m : List.of(alice, bob, carol)) {
            List<String> names = m.read(
                    e -> e.entries().stream().map(Entry::getName).sorted().toList());
            assertThat(names).containsExactly("from-alice", "from-bob", "from-carol", "shared");
        }
        assertThat(GitClones.git(alice.repo(), Map.of(), "log", "--format=%B", "-n", "20"))
                .contains("from-bob")
                .doesNotContain(CANARY);
    }

    @Test
    void aSyncThatMergesWipesWhatItDecryptedAndMerged() throws Exception {
        alice.edit(add("from-alice"));
        bob.edit(add("from-bob"));
        alice.sync(NO_CHOICE);

        List<Secret> made;
        try (SecretsMade scope = SecretsMade.onThisThread()) {
            assertThat(bob.sync(NO_CHOICE).merges()).isEqualTo(1);
            made = scope.made();
        }

        assertThat(made).isNotEmpty().allMatch(Secret::isDestroyed);
    }

    @Test
    void editsOfDifferentFieldsOfOneEntryMergeSilently() throws Exception {
        alice.edit(e -> e.setNotes(shared(e), "rotated monthly"));
        bob.edit(e -> e.editClientCredentials(shared(e), "id-bob", "https://a.example.com/t"));
        alice.sync(NO_CHOICE);
        bob.sync(NO_CHOICE);
        alice.sync(NO_CHOICE);
        for (Member m : List.of(alice, bob)) {
            ClientCredentialsEntry e = m.read(TeamSyncTest::shared);
            assertThat(e.getNotes()).isEqualTo("rotated monthly");
            assertThat(e.getClientId()).isEqualTo("id-bob");
        }
    }

    @ParameterizedTest(name = "the same field changed on both sides, settled with {0}")
    @EnumSource(Resolution.class)
    void theSameFieldChangedOnBothSidesIsSettledByTheChoice(Resolution choice) throws Exception {
        alice.edit(e -> e.setNotes(shared(e), "alice's note"));
        bob.edit(e -> e.setNotes(shared(e), "bob's note"));
        alice.sync(NO_CHOICE);
        TeamSync.Report report = bob.sync(c -> Optional.of(choice));
        assertThat(report.resolved()).extracting(MergeConflict::field).containsExactly("notes");
        List<String> notes = bob.read(e -> e.entries().stream()
                .map(x -> x.getName() + ": " + x.getNotes())
                .sorted()
                .toList());
        switch (choice) {
            case KEEP_MINE -> assertThat(notes).containsExactly("shared: bob's note");
            case TAKE_THEIRS -> assertThat(notes).containsExactly("shared: alice's note");
            case KEEP_BOTH -> assertThat(notes).containsExactly("shared (theirs): alice's note", "shared: bob's note");
        }
        alice.sync(NO_CHOICE);
        int aliceHas = alice.read(e -> e.entries().size());
        assertThat(aliceHas).isEqualTo(notes.size());
    }

    @Test
    void aConflictWithoutAChoiceChangesNothing() throws Exception {
        alice.edit(e -> e.setNotes(shared(e), "alice's note"));
        bob.edit(e -> e.setNotes(shared(e), "bob's note"));
        alice.sync(NO_CHOICE);
        assertThatThrownBy(() -> bob.sync(NO_CHOICE))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("\"shared\" (field notes): changed on both sides");
        assertThat(GitClones.git(bob.repo(), Map.of(), "status", "--porcelain", "--untracked-files=no"))
                .isEmpty();
        String kept = bob.read(e -> shared(e).getNotes());
        assertThat(kept).isEqualTo("bob's note");
    }

    @Test
    void aMergeToMembersIHaveNotAcceptedIsNotMadeUntilIAcceptThem() throws Exception {
        TeamFixture dave = TeamFixture.member(dir.resolve("dave"), "dave");
        TeamVault.Opened t = alice.who().openTeam(alice.team());
        try (Vault v = t.vault()) {
            TeamVault.addMember(t, "dave", dave.recipient());
        }
        alice.accepting().sync(NO_CHOICE);
        bob.edit(add("from-bob"));
        String bobHead = GitClones.git(bob.repo(), Map.of(), "rev-parse", "HEAD");

        assertThatThrownBy(() -> bob.sync(NO_CHOICE))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("added dave (" + dave.recipient() + ")")
                .hasMessageContaining("Your changes were not merged");
        assertThat(GitClones.git(bob.repo(), Map.of(), "rev-parse", "HEAD~1")).isEqualTo(bobHead);
        assertThat(GitClones.git(bob.repo(), Map.of(), "status", "--porcelain", "--untracked-files=no"))
                .isEmpty();
        assertThat(GitClones.git(origin, Map.of(), "log", "--format=%B", "main"))
                .doesNotContain("from-bob");

        try (Vault p = bob.who().openPersonal()) {
            TeamSync.Report accepted = TeamSync.sync(bob.team(), p, TeamFixture.IDENTITY, NO_CHOICE, null);
            assertThat(accepted.merges()).isEqualTo(1);
            assertThat(accepted.pushed()).isTrue();
        }
    }

    @Test
    void aMemberRemovedAndSyncedCannotOpenWhatFollows() throws Exception {
        TeamVault.Opened t = alice.who().openTeam(alice.team());
        try (Vault v = t.vault()) {
            TeamVault.removeMember(t, "carol");
        }
        alice.sync(NO_CHOICE);
        GitClones.git(carol.repo(), Map.of(), "pull", "--quiet");
        assertThatThrownBy(() -> carol.read(e -> e.entries().size()))
                .hasMessageContaining("not encrypted to the identity");
        assertThat(bob.sync(NO_CHOICE).merges()).isZero();
        int bobHas = bob.read(e -> e.entries().size());
        assertThat(bobHas).isEqualTo(1);
    }

    @Test
    void noGitObjectHoldsASecret() throws Exception {
        alice.edit(add("more"));
        bob.edit(e -> e.setNotes(shared(e), "bob"));
        alice.sync(NO_CHOICE);
        bob.sync(NO_CHOICE);
        String objects = GitClones.git(origin, Map.of(), "cat-file", "--batch-all-objects", "--batch");
        assertThat(objects).contains("team.age").contains("members").doesNotContain(CANARY);
        assertThat(GitClones.git(origin, Map.of(), "ls-tree", "-r", "--name-only", "main")
                        .lines())
                .containsExactlyInAnyOrder(".gitattributes", "members", "team.age");
    }

    @Test
    void syncConfiguresTheDriversInTheClone() throws Exception {
        bob.sync(NO_CHOICE);
        assertThat(GitClones.git(bob.repo(), Map.of(), "config", "merge.p1vault.driver")
                        .strip())
                .isEqualTo("p1vault team merge-driver %O %A %B");
        assertThat(GitClones.git(bob.repo(), Map.of(), "config", "diff.p1vault.textconv")
                        .strip())
                .isEqualTo("p1vault team diff-driver");
        assertThat(Files.readString(bob.repo().resolve(".gitattributes")))
                .contains("/team.age merge=p1vault diff=p1vault -delta");
    }
}
