package io.p1vault.cli;

import io.p1vault.crypto.age.KeyPairIdentity;
import io.p1vault.crypto.age.X25519Recipient;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswdKeygenCommandTest {
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
    }

    @Test
    void changesThePassphraseKeepingTheWorkFactor() throws Exception {
        Cli.Result r = cli.set(PassphraseSource.NEW_VARIABLE, "new passphrase").run("passwd", "--vault", v);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines())
                .containsExactly(
                        "p1vault: warning: work factor 10 is below age's default of 18; use it only for tests and demos.",
                        "Changed the passphrase of " + vault.toRealPath() + ".");
        assertThatThrownBy(() -> cli.open(vault))
                .isInstanceOf(VaultException.class)
                .hasMessageStartingWith("Wrong passphrase");
        try (Vault open = Vault.open(vault, "new passphrase".toCharArray())) {
            assertThat(open.workFactor()).isEqualTo(10);
        }
    }

    @Test
    void changesTheWorkFactorOnRequest() throws Exception {
        assertThat(cli.set(PassphraseSource.NEW_VARIABLE, "new")
                        .run("passwd", "--vault", v, "--work-factor", "11")
                        .exit())
                .isZero();
        try (Vault open = Vault.open(vault, "new".toCharArray())) {
            assertThat(open.workFactor()).isEqualTo(11);
        }
    }

    @Test
    void newPassphraseFromAFileOrTwoPrompts() throws Exception {
        Path file = Files.writeString(dir.resolve("new"), "from a file\n");
        assertThat(cli.run("passwd", "--vault", v, "--new-passphrase-file", file.toString())
                        .exit())
                .isZero();
        Vault.open(vault, "from a file".toCharArray()).close();

        cli.set(PassphraseSource.VAULT_VARIABLE, "from a file").terminal("typed", "typed");
        assertThat(cli.run("passwd", "--vault", v).exit()).isZero();
        assertThat(cli.prompts).containsExactly("New vault passphrase: ", "Repeat the new vault passphrase: ");
        Vault.open(vault, "typed".toCharArray()).close();
    }

    @Test
    void passwdFailures() throws Exception {
        byte[] before = Files.readAllBytes(vault);
        Cli.Result none = cli.run("passwd", "--vault", v);
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.errLines())
                .endsWith("p1vault: No new vault passphrase was given: set P1VAULT_NEW_PASSPHRASE, "
                        + "use --new-passphrase-file FILE, or run p1vault in a terminal to be asked for it.");
        Cli.Result differ = cli.terminal("one", "two").run("passwd", "--vault", v);
        assertThat(differ.errLines()).endsWith("p1vault: The two new vault passphrases differ; nothing was changed.");
        Cli.Result factor =
                cli.set(PassphraseSource.NEW_VARIABLE, "x").run("passwd", "--vault", v, "--work-factor", "30");
        assertThat(factor.errLines())
                .containsExactly("p1vault: The work factor must be between 10 and 20 (age's default is 18).");
        assertThat(Files.readAllBytes(vault)).isEqualTo(before);
    }

    @Test
    void keygenPrintsTheRecipientOnly() throws Exception {
        Cli.Result r = cli.run("keygen", "--vault", v, "--name", "me");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).matches("age1[a-z0-9]{58}\n");
        assertThat(r.errLines())
                .containsExactly("Added the age identity \"me\"; share its recipient (printed above) "
                        + "with whoever exports to you.");
        X25519Recipient.parse(r.out().strip());
        try (Vault open = cli.open(vault)) {
            AgeIdentityEntry e = (AgeIdentityEntry) open.document().entries.get(0);
            assertThat(e.getName()).isEqualTo("me");
            assertThat(e.getRecipient()).isEqualTo(r.out().strip());
            assertThat(new String(e.getSecretKey().reveal())).startsWith("AGE-SECRET-KEY-1");
        }
    }

    @Test
    void keygenPostQuantumPrintsAnAge1pq1RecipientDerivedFromTheStoredKey() throws Exception {
        Cli.Result r = cli.run("keygen", "--vault", v, "--name", "future-proof", "--post-quantum");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).matches("age1pq1[a-z0-9]{1952}\n");
        try (Vault open = cli.open(vault)) {
            AgeIdentityEntry e = (AgeIdentityEntry) open.document().entries.get(0);
            char[] secret = e.getSecretKey().reveal();
            assertThat(new String(secret)).startsWith("AGE-SECRET-KEY-PQ-1");
            assertThat(KeyPairIdentity.parse(secret).recipient().toString())
                    .isEqualTo(r.out().strip())
                    .isEqualTo(e.getRecipient());
        }
    }

    @Test
    void keygenRefusesANameInUse() {
        assertThat(cli.run("keygen", "--vault", v, "--name", "me").exit()).isZero();
        Cli.Result r = cli.run("keygen", "--vault", v, "--name", "me");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("p1vault: There is already an age identity named \"me\".");
    }
}
