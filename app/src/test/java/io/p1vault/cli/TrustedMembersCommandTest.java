package io.p1vault.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team vault's saves encrypt to the members listed inside it, so each member's saves keep to the
 * member set that member accepted (kept in their personal vault): a recipient someone else added
 * stops them until they accept it.
 */
class TrustedMembersCommandTest {
    private static final String CANARY = "canary-trusted-3b7e";

    @TempDir
    Path dir;

    private Cli cli;
    private Path alice;
    private Path bob;
    private String bobRecipient;
    private String carolRecipient;
    private String daveRecipient;
    private Path team;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        alice = cli.init("alice.age");
        bob = cli.init("bob.age");
        Path carol = cli.init("carol.age");
        cli.run("keygen", "--vault", alice.toString(), "--name", "me");
        bobRecipient = cli.run("keygen", "--vault", bob.toString(), "--name", "me")
                .out()
                .strip();
        carolRecipient = cli.run("keygen", "--vault", carol.toString(), "--name", "me")
                .out()
                .strip();
        Path dave = cli.init("dave.age");
        daveRecipient = cli.run("keygen", "--vault", dave.toString(), "--name", "me")
                .out()
                .strip();
        team = dir.resolve("team").resolve("team.age");
        assertThat(team.getParent().toFile().mkdirs()).isTrue();
        assertOk(as(alice, "team", "create", "--member", "alice"));
        assertOk(as(alice, "team", "add-member", "--member", "bob", "--recipient", bobRecipient));
    }

    @Test
    void membersAddedAndAcceptedByMeNeedNoFurtherAcceptance() {
        assertOk(add(alice, "a1"));
        assertThat(as(alice, "team", "members").err()).isEmpty();
    }

    @Test
    void aNewMemberAcceptsTheTeamBeforeTheirFirstSave() throws Exception {
        byte[] before = Files.readAllBytes(team);

        Cli.Result refused = add(bob, "b1");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("You have not accepted this team vault's members yet")
                .contains("alice (age1")
                .contains("bob (" + bobRecipient + ")")
                .contains("--accept-members")
                .contains("team members --accept");
        assertThat(Files.readAllBytes(team)).isEqualTo(before);
        assertThat(as(bob, "team", "members").err()).contains("you have not accepted this team vault's members yet");

        Cli.Result accepted = as(bob, "team", "members", "--accept");
        assertOk(accepted);
        assertThat(accepted.err()).contains("Accepted the team vault's members");
        assertOk(add(bob, "b1"));
    }

    @Test
    void aRecipientAddedBySomeoneElseStopsMySavesUntilIAcceptIt() throws Exception {
        assertOk(as(bob, "team", "members", "--accept"));
        assertOk(as(bob, "team", "add-member", "--member", "carol", "--recipient", carolRecipient));
        byte[] before = Files.readAllBytes(team);

        Cli.Result refused = add(alice, "a1");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("The team vault's members changed since you last accepted them (added carol ("
                        + carolRecipient + "))")
                .contains("Nothing was saved");
        assertThat(Files.readAllBytes(team))
                .as("nothing encrypted to carol by alice")
                .isEqualTo(before);
        Cli.Result memberChange = as(alice, "team", "add-member", "--member", "dave", "--recipient", daveRecipient);
        assertThat(memberChange.err()).contains("changed since you last accepted them");
        assertThat(Files.readAllBytes(team)).isEqualTo(before);
        assertThat(as(alice, "list").exit()).as("reading is not refused").isZero();

        Cli.Result accepted = add(alice, "a1", "--accept-members");
        assertOk(accepted);
        assertThat(accepted.err()).contains("Accepted the team vault's members (added carol (" + carolRecipient + "))");

        assertOk(add(alice, "a2"));
        assertThat(as(alice, "team", "members").err())
                .as("remembered in alice's vault")
                .isEmpty();
        for (Cli.Result r : new Cli.Result[] {refused, memberChange, accepted}) {
            assertThat(r.out() + r.err()).doesNotContain(CANARY).doesNotContain("AGE-SECRET-KEY");
        }
    }

    @Test
    void aMemberRemovedBySomeoneElseIsAChangeToAcceptToo() throws Exception {
        assertOk(as(alice, "team", "add-member", "--member", "carol", "--recipient", carolRecipient));
        assertOk(as(bob, "team", "members", "--accept"));
        assertOk(as(alice, "team", "remove-member", "--member", "carol"));
        byte[] before = Files.readAllBytes(team);

        Cli.Result refused = add(bob, "b1");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("(removed carol (" + carolRecipient + "))");
        assertThat(Files.readAllBytes(team)).isEqualTo(before);
        assertOk(add(bob, "b1", "--accept-members"));
        assertThat(as(alice, "team", "members").err())
                .as("alice removed carol herself")
                .isEmpty();
    }

    @Test
    void syncSaysWhenTheMembersAreNotTheAcceptedOnes() throws Exception {
        Path folder = team.getParent();
        for (List<String> git : List.of(
                List.of("git", "init", "--quiet", folder.toString()),
                List.of("git", "-C", folder.toString(), "config", "user.name", "alice"),
                List.of("git", "-C", folder.toString(), "config", "user.email", "alice@example.com"))) {
            assertThat(new ProcessBuilder(git).start().waitFor()).isZero();
        }
        assertOk(as(bob, "team", "members", "--accept"));
        assertOk(as(bob, "team", "add-member", "--member", "carol", "--recipient", carolRecipient));

        Cli.Result sync = as(alice, "team", "sync");

        assertOk(sync);
        assertThat(sync.err())
                .contains("the team vault's members changed since you accepted them (added carol (" + carolRecipient
                        + "))");
        assertThat(as(bob, "team", "sync").err()).doesNotContain("members changed");
    }

    private Cli.Result add(Path personal, String name, String... more) {
        String[] command = {
            "add", "client-credentials", "--name", name, "--client-id", "id", "--token-url", "https://x.example.com/t"
        };
        String[] all = Arrays.copyOf(command, command.length + more.length);
        System.arraycopy(more, 0, all, command.length, more.length);
        cli.stdin(CANARY + "\n");
        return as(personal, all);
    }

    private Cli.Result as(Path personal, String... command) {
        String[] options = {"--team", team.toString(), "--vault", personal.toString(), "--identity", "me"};
        String[] all = Arrays.copyOf(command, command.length + options.length);
        System.arraycopy(options, 0, all, command.length, options.length);
        return cli.run(all);
    }

    private static void assertOk(Cli.Result r) {
        assertThat(r.exit()).as(r.err()).isZero();
    }
}
