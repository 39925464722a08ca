package io.p1vault.cli;

import io.p1vault.TestCredentials;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EditHistoryCommandTest {
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
        assertThat(cli.stdin("old-secret")
                        .run(
                                "add",
                                "pingone-app",
                                "--vault",
                                v,
                                "--name",
                                "app",
                                "--type",
                                "worker",
                                "--environment-id",
                                TestCredentials.ENVIRONMENT_ID,
                                "--region",
                                "eu",
                                "--client-id",
                                "c1")
                        .exit())
                .isZero();
        assertThat(cli.stdin("pw")
                        .run(
                                "add",
                                "pingfederate-server",
                                "--vault",
                                v,
                                "--name",
                                "pf",
                                "--url",
                                "https://pf.example.com",
                                "--username",
                                "admin")
                        .exit())
                .isZero();
    }

    private <T> T read(String name, Class<T> type) throws Exception {
        try (Vault open = cli.open(vault)) {
            return type.cast(new VaultEditor(open).require(null, name));
        }
    }

    @Test
    void editsApplicationFieldsAndNotes() throws Exception {
        Cli.Result r =
                cli.run("edit", "--vault", v, "app", "--client-id", "c2", "--region", "ca", "--notes", "rotated");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.errLines()).containsExactly("Changed the PingOne application \"app\".");
        try (Vault open = cli.open(vault)) {
            PingOneApplicationEntry app = (PingOneApplicationEntry) new VaultEditor(open).require(null, "app");
            assertThat(app.getClientId()).isEqualTo("c2");
            assertThat(app.getRegion()).isEqualTo("ca");
            assertThat(app.getType()).isEqualTo("worker");
            assertThat(app.getNotes()).isEqualTo("rotated");
            assertThat(String.valueOf(app.getClientSecret().reveal())).isEqualTo("old-secret");
        }
    }

    @Test
    void replacesASecretFromAFileAndHistoryNamesNoSecret() throws Exception {
        Path secret = Files.writeString(dir.resolve("s.txt"), "new-secret-canary\n");
        assertThat(cli.run("edit", "--vault", v, "pf", "--secret-file", secret.toString(), "--username", "root")
                        .exit())
                .isZero();
        PingFederateServerEntry pf = read("pf", PingFederateServerEntry.class);
        assertThat(pf.getUsername()).isEqualTo("root");

        try (Vault open = cli.open(vault)) {
            PingFederateServerEntry reopened = (PingFederateServerEntry) new VaultEditor(open).require(null, "pf");
            assertThat(String.valueOf(reopened.getSecret().reveal())).isEqualTo("new-secret-canary");
        }
        Cli.Result history = cli.run("history", "--vault", v);
        assertThat(history.exit()).isZero();
        assertThat(history.out().lines().toList())
                .hasSize(4)
                .anyMatch(l -> l.matches(".*edit +\"pf\": username"))
                .anyMatch(l -> l.matches(".*edit +replaced the password of \"pf\""));
        Cli.Result json = cli.run("history", "--vault", v, "--json");
        assertThat(json.out()).contains("\"action\" : \"edit\"").doesNotContain("canary");
    }

    @Test
    void refusesInvalidValuesAndChangesNothing() throws Exception {
        Cli.Result r = cli.run("edit", "--vault", v, "app", "--client-id", "c2", "--environment-id", "nope");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("The environment ID must be a UUID");
        assertThat(read("app", PingOneApplicationEntry.class).getClientId()).isEqualTo("c1");
    }

    @Test
    void refusesOptionsOfAnotherKind() {
        Cli.Result r = cli.run("edit", "--vault", v, "pf", "--client-id", "x");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("--client-id applies to PingOne applications and OAuth clients only");
    }

    @Test
    void saysWhenThereIsNothingToChange() {
        Cli.Result r = cli.run("edit", "--vault", v, "pf", "--username", "admin");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("Nothing to change");
    }

    @Test
    void restoreBackupPutsTheBackupInPlaceAndKeepsTheDamagedFile() throws Exception {
        Path backup = vault.resolveSibling("v.age.bak");
        assertThat(backup).exists();
        byte[] backupBytes = Files.readAllBytes(backup);
        Files.write(vault, "garbage".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Cli.Result r = cli.run("restore-backup", "--vault", v);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("Restored the backup of ").contains("v.age.damaged-");
        assertThat(Files.readAllBytes(vault)).isEqualTo(backupBytes);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("v.age.damaged-")))
                    .singleElement()
                    .satisfies(f -> assertThat(Files.readString(f)).isEqualTo("garbage"));
        }
        assertThat(cli.run("list", "--vault", v).exit()).isZero();
    }

    @Test
    void restoreBackupWithoutABackupSaysSo() throws Exception {
        Files.delete(vault.resolveSibling("v.age.bak"));
        Cli.Result r = cli.run("restore-backup", "--vault", v);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("There is no backup");
    }
}
