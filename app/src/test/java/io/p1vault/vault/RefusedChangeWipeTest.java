package io.p1vault.vault;

import io.p1vault.TestCredentials;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.Secret;
import io.p1vault.model.SecretsMade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An entry refused when it is added leaves no unwiped copy of its secret behind, and a damaged
 * vault whose backup is opened only to tell the user it opens wipes what it read from the backup.
 */
class RefusedChangeWipeTest {
    private static final char[] PASS = "refused change".toCharArray();

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void vault() throws Exception {
        file = dir.resolve("v.age");
        try (Vault v = Vault.create(file, PASS, 10)) {
            VaultEditor editor = new VaultEditor(v);
            editor.addServer("pf", "https://pf.example.com:9999", "admin", "pf-password".toCharArray());
            editor.addGatewayCredential(
                    "gw", TestCredentials.pingFederate("sig-1").toCharArray());
            v.save();
        }
    }

    private interface Change {
        void apply(VaultEditor editor) throws Exception;
    }

    /** Applies {@code change} to the vault, which must refuse it; the secrets made meanwhile. */
    private SecretsMade refused(Change change) throws Exception {
        try (Vault v = Vault.open(file, PASS);
                SecretsMade made = SecretsMade.onThisThread()) {
            VaultEditor editor = new VaultEditor(v);
            assertThatThrownBy(() -> change.apply(editor)).isInstanceOf(InvalidEntryException.class);
            return made;
        }
    }

    @Test
    void anOAuthServerWithAPlainHttpTokenUrlMakesNoCopyOfItsSecret() throws Exception {
        SecretsMade made = refused(e -> e.addOAuthServer(
                "pf-oauth",
                "https://pf2.example.com:9999",
                "client",
                "http://pf2.example.com/token",
                "oauth-secret".toCharArray()));

        assertThat(made.made()).allMatch(Secret::isDestroyed);
    }

    @Test
    void anOAuthClientWithoutAClientIdMakesNoCopyOfItsSecret() throws Exception {
        SecretsMade made = refused(e ->
                e.addClientCredentials("client", " ", "https://idp.example.com/token", "client-secret".toCharArray()));

        assertThat(made.made()).allMatch(Secret::isDestroyed);
    }

    @Test
    void anOAuthClientWithAPlainHttpTokenUrlMakesNoCopyOfItsSecret() throws Exception {
        SecretsMade made = refused(e -> e.addClientCredentials(
                "client", "client-id", "http://idp.example.com/token", "client-secret".toCharArray()));

        assertThat(made.made()).allMatch(Secret::isDestroyed);
    }

    @Test
    void aGatewayCredentialUnderATakenNameWipesTheCredentialItRead() throws Exception {
        SecretsMade made = refused(e -> e.addGatewayCredential(
                "gw", TestCredentials.pingFederate("sig-2").toCharArray()));

        assertThat(made.made()).hasSize(1).allMatch(Secret::isDestroyed);
    }

    @Test
    void anAcceptedEntryKeepsItsSecret() throws Exception {
        try (Vault v = Vault.open(file, PASS);
                SecretsMade made = SecretsMade.onThisThread()) {
            new VaultEditor(v)
                    .addGatewayCredential(
                            "gw-2", TestCredentials.pingFederate("sig-3").toCharArray());

            assertThat(made.made()).hasSize(1).noneMatch(Secret::isDestroyed);
        }
    }

    @Test
    void aDamagedVaultWhoseBackupOpensWipesWhatItReadFromTheBackup() throws Exception {
        try (Vault v = Vault.open(file, PASS)) {
            v.save(); // the backup now holds both entries
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 1;
        Files.write(file, bytes);

        try (SecretsMade made = SecretsMade.onThisThread()) {
            assertThatThrownBy(() -> Vault.open(file, PASS))
                    .isInstanceOfSatisfying(
                            VaultException.class, e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.DAMAGED));

            assertThat(made.made()).hasSize(2).allMatch(Secret::isDestroyed);
        }
    }
}
