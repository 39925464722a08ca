package io.p1vault.cli;

import io.p1vault.TestCredentials;
import io.p1vault.model.Entry;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RenameRemoveCommandTest {
    @TempDir
    Path dir;

    Cli cli;
    Path vault;
    String v;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        vault = cli.init("v.age");
        v = vault.toString();
        for (String name : List.of("shared", "pf2", "pf3")) {
            assertThat(cli.stdin("pw")
                            .run(
                                    "add",
                                    "pingfederate-server",
                                    "--vault",
                                    v,
                                    "--name",
                                    name,
                                    "--url",
                                    "https://pf.example.com",
                                    "--username",
                                    "admin")
                            .exit())
                    .isZero();
        }
        assertThat(cli.stdin("s")
                        .run(
                                "add",
                                "pingone-app",
                                "--vault",
                                v,
                                "--name",
                                "shared",
                                "--type",
                                "worker",
                                "--environment-id",
                                TestCredentials.ENVIRONMENT_ID,
                                "--region",
                                "eu",
                                "--client-id",
                                "c")
                        .exit())
                .isZero();
    }

    private List<String> names() throws Exception {
        try (Vault open = cli.open(vault)) {
            return open.document().entries.stream()
                    .map(e -> e.getKind() + ":" + e.getName())
                    .toList();
        }
    }

    @Test
    void renames() throws Exception {
        Cli.Result r = cli.run("rename", "--vault", v, "pf2", "pf-two");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("Renamed the PingFederate server \"pf2\" to \"pf-two\".");
        assertThat(names()).contains("pingfederate-server:pf-two").doesNotContain("pingfederate-server:pf2");
    }

    @Test
    void renamesOneOfSeveralKindsSharingAName() throws Exception {
        assertThat(cli.run("rename", "--vault", v, "shared", "app", "--kind", "pingone-application")
                        .exit())
                .isZero();
        assertThat(names()).contains("pingone-application:app", "pingfederate-server:shared");
    }

    @Test
    void refusesANameInUse() throws Exception {
        Cli.Result r = cli.run("rename", "--vault", v, "pf2", "pf3");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("p1vault: There is already a PingFederate server named \"pf3\".");
        assertThat(names()).contains("pingfederate-server:pf2");
    }

    @Test
    void renameFailures() {
        assertThat(cli.run("rename", "--vault", v, "nope", "x").errLines())
                .containsExactly("p1vault: No entry named \"nope\" in the vault.");
        assertThat(cli.run("rename", "--vault", v, "shared", "x").errLines())
                .containsExactly("p1vault: Several entries are named \"shared\"; say which kind you mean.");
        assertThat(cli.run("rename", "--vault", v, "pf2", " ").errLines())
                .containsExactly("p1vault: A name is required.");
        assertThat(cli.run("rename", "--vault", v, "pf2").exit()).isEqualTo(2);
    }

    @Test
    void removesSeveral() throws Exception {
        Cli.Result r = cli.run("remove", "--vault", v, "pf2", "pf3");
        assertThat(r.exit()).isZero();
        assertThat(r.errLines()).containsExactly("Removed PingFederate server \"pf2\", PingFederate server \"pf3\".");
        assertThat(names()).containsExactly("pingfederate-server:shared", "pingone-application:shared");
    }

    @Test
    void removesOneOfSeveralKindsSharingAName() throws Exception {
        assertThat(cli.run("remove", "--vault", v, "shared", "--kind", "pingfederate-server")
                        .exit())
                .isZero();
        assertThat(names())
                .containsExactly("pingfederate-server:pf2", "pingfederate-server:pf3", "pingone-application:shared");
    }

    @Test
    void removesNothingWhenOneNameIsUnknownOrAmbiguous() throws Exception {
        byte[] before = Files.readAllBytes(vault);
        Cli.Result unknown = cli.run("remove", "--vault", v, "pf2", "nope");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.errLines()).containsExactly("p1vault: No entry named \"nope\" in the vault.");
        Cli.Result ambiguous = cli.run("remove", "--vault", v, "pf2", "shared");
        assertThat(ambiguous.errLines())
                .containsExactly("p1vault: Several entries are named \"shared\"; say which kind you mean.");
        assertThat(Files.readAllBytes(vault)).isEqualTo(before);
    }

    @Test
    void aNameGivenTwiceIsRemovedOnce() throws Exception {
        assertThat(cli.run("remove", "--vault", v, "pf2", "pf2").exit()).isZero();
        assertThat(names()).hasSize(3);
    }

    @Test
    void removeNeedsAName() {
        assertThat(cli.run("remove", "--vault", v).exit()).isEqualTo(2);
    }

    @Test
    void theHistoryRecordsEachChange() throws Exception {
        cli.run("rename", "--vault", v, "pf2", "pf-two");
        cli.run("remove", "--vault", v, "pf3");
        try (Vault open = cli.open(vault)) {
            assertThat(open.document().history.stream().map(h -> h.action).toList())
                    .endsWith("rename", "delete");
            assertThat(open.document().entries.stream().map(Entry::getName)).doesNotContain("pf3");
        }
    }
}
