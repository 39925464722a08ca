package io.p1vault.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code team plan}: the outstanding rotation plan, read from the team vault in a later run than the removal. */
class TeamPlanCommandTest {
    static final String CANARY = "team-plan-canary-4e7a";

    @TempDir
    Path dir;

    Cli cli;
    Path alice;
    Path team;

    @BeforeEach
    void aliceCreatesATeamWithTwoSecretsAndBob() {
        cli = new Cli(dir);
        alice = cli.init("alice.age");
        Path bob = cli.init("bob.age");
        cli.run("keygen", "--vault", alice.toString(), "--name", "me");
        String bobRecipient = cli.run("keygen", "--vault", bob.toString(), "--name", "me")
                .out()
                .strip();
        team = dir.resolve("team.age");
        ok(as("team", "create", "--member", "alice"));
        for (String name : List.of("c1", "c2")) {
            ok(cli.stdin(CANARY + "\n")
                    .run(withTeam(
                            "add",
                            "client-credentials",
                            "--name",
                            name,
                            "--client-id",
                            "id-" + name,
                            "--token-url",
                            "https://" + name + ".example.com/token")));
        }
        ok(as("team", "add-member", "--member", "bob", "--recipient", bobRecipient));
    }

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }

    private String[] withTeam(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--team", team.toString(), "--vault", alice.toString(), "--identity", "me"));
        return args.toArray(String[]::new);
    }

    private Cli.Result as(String... command) {
        return cli.run(withTeam(command));
    }

    @Test
    void thePlanListsWhatTheRemovedMemberCouldReadAndDropsASecretReplacedSince() throws Exception {
        Cli.Result none = ok(as("team", "plan"));
        assertThat(none.out() + none.err()).contains("records no member removal");

        ok(as("team", "remove-member", "--member", "bob"));
        Path newSecret = Files.writeString(dir.resolve("new-secret.txt"), "new-" + CANARY + "\n");
        ok(as("edit", "--kind", "client-credentials", "c1", "--secret-file", newSecret.toString()));

        Cli.Result plan = ok(as("team", "plan"));
        assertThat(plan.out())
                .contains("Rotate what bob could read (1 secret(s) not replaced since, oldest first)")
                .contains("- OAuth client c2")
                .doesNotContain("c1")
                .contains("replace: issue a new client secret in that system, then: p1vault edit --kind"
                        + " client-credentials c2 --secret-file FILE");
        assertThat(plan.out() + plan.err()).doesNotContain(CANARY);
    }
}
