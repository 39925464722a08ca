package io.p1vault.cli;

import io.p1vault.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void createsAnEmptyVaultAndWarnsAboutALowWorkFactor() throws Exception {
        Cli cli = new Cli(dir);
        Path vault = dir.resolve("v.age");
        Cli.Result r = cli.run("init", "--vault", vault.toString(), "--work-factor", "10");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines())
                .containsExactly(
                        "p1vault: warning: work factor 10 is below age's default of 18; use it only for tests and demos.",
                        "Created the vault " + vault.toRealPath() + ".");
        try (Vault v = cli.open(vault)) {
            assertThat(v.document().entries).isEmpty();
            assertThat(v.workFactor()).isEqualTo(10);
        }
    }

    @Test
    void asksTwiceOnATerminal() throws Exception {
        Cli cli = new Cli(dir).set(PassphraseSource.VAULT_VARIABLE, null).terminal("typed twice", "typed twice");
        Path vault = dir.resolve("v.age");
        assertThat(cli.run("init", "--vault", vault.toString(), "--work-factor", "10")
                        .exit())
                .isZero();
        assertThat(cli.prompts).containsExactly("Vault passphrase: ", "Repeat the vault passphrase: ");
        Vault.open(vault, "typed twice".toCharArray()).close();
    }

    @Test
    void refusesDifferingPassphrases() {
        Cli cli = new Cli(dir).set(PassphraseSource.VAULT_VARIABLE, null).terminal("one", "two");
        Path vault = dir.resolve("v.age");
        Cli.Result r = cli.run("init", "--vault", vault.toString(), "--work-factor", "10");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).endsWith("p1vault: The two vault passphrases differ; nothing was changed.");
        assertThat(vault).doesNotExist();
    }

    @Test
    void refusesAnEmptyPassphrase() throws Exception {
        Path empty = Files.writeString(dir.resolve("pass"), "\nnot the first line\n");
        Path vault = dir.resolve("v.age");
        Cli.Result r = new Cli(dir)
                .run("init", "--vault", vault.toString(), "--work-factor", "10", "--passphrase-file", empty.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).endsWith("p1vault: The passphrase is empty.");
        assertThat(vault).doesNotExist();
    }

    @Test
    void refusesAnExistingFileBeforeAskingForAPassphrase() throws Exception {
        Path taken = Files.writeString(dir.resolve("v.age"), "mine");
        Cli cli = new Cli(dir).set(PassphraseSource.VAULT_VARIABLE, null).terminal("x", "x");
        Cli.Result r = cli.run("init", "--vault", taken.toString(), "--work-factor", "10");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines())
                .containsExactly("p1vault: A file already exists at " + taken.toRealPath()
                        + "; choose another name or open it instead.");
        assertThat(cli.prompts).isEmpty();
        assertThat(Files.readString(taken)).isEqualTo("mine");
    }

    @Test
    void refusesAWorkFactorOutOfRange() {
        for (String factor : new String[] {"9", "21"}) {
            Cli.Result r =
                    new Cli(dir).run("init", "--vault", dir.resolve("v.age").toString(), "--work-factor", factor);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.errLines())
                    .containsExactly("p1vault: The work factor must be between 10 and 20 (age's default is 18).");
        }
        assertThat(dir.resolve("v.age")).doesNotExist();
    }

    @Test
    void noPassphraseAndNoTerminal() {
        Cli.Result r = new Cli(dir)
                .set(PassphraseSource.VAULT_VARIABLE, null)
                .run("init", "--vault", dir.resolve("v.age").toString(), "--work-factor", "10");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines())
                .endsWith("p1vault: No vault passphrase was given: set P1VAULT_PASSPHRASE, "
                        + "use --passphrase-file FILE, or run p1vault in a terminal to be asked for it.");
    }
}
