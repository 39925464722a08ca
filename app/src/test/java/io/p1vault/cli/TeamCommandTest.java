package io.p1vault.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TeamCommandTest {
    static final String CANARY = "team-cli-canary-91c2";

    @TempDir
    Path dir;

    Cli cli;
    Path alice;
    Path bob;
    String bobRecipient;
    Path team;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        alice = cli.init("alice.age");
        bob = cli.init("bob.age");
        assertThat(cli.run("keygen", "--vault", alice.toString(), "--name", "me")
                        .exit())
                .isZero();
        bobRecipient = cli.run("keygen", "--vault", bob.toString(), "--name", "me")
                .out()
                .strip();
        team = dir.resolve("team.age");
    }

    private Cli.Result as(Path personal, String... command) {
        String[] args = new String[command.length + 6];
        System.arraycopy(command, 0, args, 0, command.length);
        System.arraycopy(
                new String[] {"--team", team.toString(), "--vault", personal.toString(), "--identity", "me"},
                0,
                args,
                command.length,
                6);
        return cli.run(args);
    }

    @Test
    void createAddEditListRemoveWithTheRotationPlan() throws Exception {
        assertThat(as(alice, "team", "create", "--member", "alice").exit()).isZero();
        Cli.Result added = as(alice, "team", "add-member", "--member", "bob", "--recipient", bobRecipient);
        assertThat(added.exit()).as(added.err()).isZero();

        Cli.Result entry = cli.stdin(CANARY + "\n")
                .run(
                        "add",
                        "client-credentials",
                        "--team",
                        team.toString(),
                        "--vault",
                        bob.toString(),
                        "--identity",
                        "me",
                        "--accept-members",
                        "--name",
                        "c1",
                        "--client-id",
                        "id-1",
                        "--token-url",
                        "https://c1.example.com/token");
        assertThat(entry.exit()).as(entry.err()).isZero();
        assertThat(as(alice, "list").out()).contains("c1");

        Cli.Result members = as(bob, "team", "members");
        assertThat(members.out().lines().map(l -> l.split("\t")[0])).containsExactly("alice", "bob");
        assertThat(members.err()).isEmpty();

        Cli.Result removed = as(alice, "team", "remove-member", "--member", "bob");
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(removed.out())
                .contains("Rotate what bob could read (1 secret(s), oldest first)")
                .contains("- OAuth client c1")
                .contains("replace: issue a new client secret in that system, then: p1vault edit --kind"
                        + " client-credentials c1 --secret-file FILE");
        assertThat(removed.out() + removed.err()).doesNotContain(CANARY);

        Cli.Result locked = as(bob, "list");
        assertThat(locked.exit()).isEqualTo(1);
        assertThat(locked.err()).contains("is not encrypted to the identity \"me\"");
        assertThat(Files.readString(team.resolveSibling("members"))).doesNotContain("bob\t");
    }

    @Test
    void theMembersFileDifferingIsSaid() throws Exception {
        as(alice, "team", "create", "--member", "alice");
        Files.writeString(team.resolveSibling("members"), "mallory\t" + bobRecipient + "\t\t\n");
        Cli.Result members = as(alice, "team", "members");
        assertThat(members.out().lines().map(l -> l.split("\t")[0])).containsExactly("alice");
        assertThat(members.err()).contains("does not match the members inside the team vault");
    }

    @Test
    void syncInAGitRepositoryWithoutARemoteCommitsWithEntryNamesOnly() throws Exception {
        for (List<String> git : List.of(
                List.of("git", "init", "--quiet", dir.toString()),
                List.of("git", "-C", dir.toString(), "config", "user.name", "alice"),
                List.of("git", "-C", dir.toString(), "config", "user.email", "alice@example.com"))) {
            assertThat(new ProcessBuilder(git).start().waitFor()).isZero();
        }
        as(alice, "team", "create", "--member", "alice");
        cli.stdin(CANARY + "\n")
                .run(
                        "add",
                        "client-credentials",
                        "--team",
                        team.toString(),
                        "--vault",
                        alice.toString(),
                        "--identity",
                        "me",
                        "--name",
                        "c1",
                        "--client-id",
                        "id-1",
                        "--token-url",
                        "https://c1.example.com/token");
        Cli.Result sync = cli.run(
                "team",
                "sync",
                "--team",
                team.toString(),
                "--vault",
                alice.toString(),
                "--identity",
                "me",
                "--on-conflict",
                "mine");
        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(sync.errLines()).contains("committed: created the team vault", "No remote: committed locally only.");
        assertThat(sync.out() + sync.err()).doesNotContain(CANARY);
        assertThat(cli.run(
                                "team",
                                "sync",
                                "--team",
                                team.toString(),
                                "--vault",
                                alice.toString(),
                                "--identity",
                                "me",
                                "--on-conflict",
                                "sideways")
                        .err())
                .contains("Answer mine, theirs or both.");
    }

    @Test
    void personalOnlyCommandsAndHalfGivenOptionsAreRefused() {
        as(alice, "team", "create");
        Cli.Result passwd = as(alice, "passwd", "--work-factor", "10");
        assertThat(passwd.exit()).isNotZero();
        assertThat(passwd.err()).contains("passwd works on a personal vault only");
        Cli.Result half = cli.run("list", "--vault", alice.toString(), "--team", team.toString());
        assertThat(half.exit()).isEqualTo(1);
        assertThat(half.err()).contains("--team and --identity go together");
    }
}
