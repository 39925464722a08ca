package io.p1vault.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.TestCredentials;
import io.p1vault.crypto.age.AgeOutputStream;
import io.p1vault.crypto.age.Envelope;
import io.p1vault.crypto.age.ScryptRecipient;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.UnknownEntry;
import io.p1vault.model.VaultJson;
import io.p1vault.testing.OwnerOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VaultTest {
    static final char[] PASS = "vault passphrase".toCharArray();
    static final String ENV = "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a90";

    @TempDir
    Path dir;

    private Path vaultPath() {
        return dir.resolve("my.p1vault");
    }

    @Test
    void createAddSaveReopen() throws Exception {
        String jwt = TestCredentials.pingFederate("c2lnbmF0dXJl");
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            VaultEditor ed = new VaultEditor(v);
            ed.addGatewayCredential("prod", jwt.toCharArray());
            ed.addApplication("worker", "worker", ENV, "eu", "client-1", "post", "app-secret".toCharArray());
            ed.addServer("pf1", "https://pf.example.com:9999/", "admin", "pw".toCharArray());
            ed.addNewIdentity("me");
            assertThat(v.hasUnsavedChanges()).isTrue();
            v.save();
            assertThat(v.hasUnsavedChanges()).isFalse();
        }
        OwnerOnly.assertOwnerOnly(vaultPath());
        try (Vault v = Vault.open(vaultPath(), PASS)) {
            VaultEditor ed = new VaultEditor(v);
            assertThat(ed.entries()).extracting(e -> e.getName()).containsExactly("prod", "worker", "pf1", "me");
            GatewayCredentialEntry cred = (GatewayCredentialEntry) ed.require(null, "prod");
            assertThat(new String(cred.getCredential().reveal())).isEqualTo(jwt);
            assertThat(cred.getClaims().region).isEqualTo("eu");
            PingOneApplicationEntry app = (PingOneApplicationEntry) ed.require(null, "worker");
            assertThat(app.tokenUrl()).isEqualTo("https://auth.pingone.eu/" + ENV + "/as/token");
            assertThat(v.document().history).extracting(h -> h.action).containsExactly("add", "add", "add", "add");
            assertThat(Files.exists(v.backupPath())).isTrue();
        }
    }

    @Test
    void theFileIsAnAgeFileHoldingTheDocumentedJson() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            new VaultEditor(v).addApplication("app", "oidc", ENV, "com", "cid", null, "s3cret".toCharArray());
            v.save();
        }
        String text = new String(Files.readAllBytes(vaultPath()), StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("age-encryption.org/v1\n-> scrypt ").contains(" 10\n");
        assertThat(text).doesNotContain("s3cret").doesNotContain("cid");
    }

    @Test
    void namesAreUniquePerKindAndCredentialsByJti() throws Exception {
        String jwt = TestCredentials.pingFederate("c2ln");
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            VaultEditor ed = new VaultEditor(v);
            ed.addGatewayCredential("one", jwt.toCharArray());
            assertThatThrownBy(() -> ed.addGatewayCredential("two", jwt.toCharArray()))
                    .isInstanceOf(InvalidEntryException.class)
                    .hasMessageContaining("already in the vault, as \"one\"");
            assertThat(ed.addServer("one ", "https://h", "u", "p".toCharArray())
                            .entry()
                            .getName())
                    .isEqualTo("one");
            assertThatThrownBy(() -> ed.addServer("one", "https://h", "u", "p".toCharArray()))
                    .isInstanceOf(InvalidEntryException.class)
                    .hasMessageContaining("already a PingFederate server named");
            assertThatThrownBy(() -> ed.require(null, "one"))
                    .isInstanceOf(VaultException.class)
                    .hasMessageContaining("say which kind");
        }
    }

    @Test
    void invalidApplicationInputIsRefusedPerField() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            VaultEditor ed = new VaultEditor(v);
            assertThatThrownBy(() -> ed.addApplication("a", "worker", "not-a-uuid", "eu", "c", null, "s".toCharArray()))
                    .hasMessageContaining("must be a UUID");
            assertThatThrownBy(() -> ed.addApplication("a", "worker", ENV, "mars", "c", null, "s".toCharArray()))
                    .hasMessageContaining("Unknown PingOne region");
            assertThatThrownBy(() -> ed.addApplication("a", "spa", ENV, "eu", "c", null, "s".toCharArray()))
                    .hasMessageContaining("type must be one of");
            assertThatThrownBy(() -> ed.addApplication("a", "worker", ENV, "eu", "c", null, "  ".toCharArray()))
                    .hasMessageContaining("secret is empty");
            assertThatThrownBy(() -> ed.addServer("s", "http://pf:9999", "u", "p".toCharArray()))
                    .hasMessageContaining("must be https://");
            assertThat(ed.addApplication("a", "worker", ENV, "asia", "c", null, "s".toCharArray())
                            .warnings())
                    .singleElement()
                    .asString()
                    .contains("deprecated");
        }
    }

    @Test
    void unknownFieldsAndKindsSurviveLoadAndSave() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            new VaultEditor(v).addServer("pf", "https://pf:9999", "admin", "pw".toCharArray());
            v.save();
        }
        ObjectNode doc = (ObjectNode) readJson(vaultPath());
        doc.put("futureTopLevel", "kept");
        ((ObjectNode) doc.get("entries").get(0)).putObject("futureField").put("x", 1);
        ObjectNode alien = doc.withArray("entries").addObject();
        alien.put("id", "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d")
                .put("kind", "future-kind")
                .put("name", "from the future")
                .put("secretThing", "abc");
        writeJson(vaultPath(), doc);
        try (Vault v = Vault.open(vaultPath(), PASS)) {
            assertThat(v.isReadOnly()).isFalse();
            assertThat(v.document().entries.get(1)).isInstanceOf(UnknownEntry.class);
            new VaultEditor(v).addNewIdentity("me");
            v.save();
        }
        JsonNode after = readJson(vaultPath());
        assertThat(after.get("futureTopLevel").asText()).isEqualTo("kept");
        assertThat(after.get("entries").get(0).get("futureField").get("x").asInt())
                .isEqualTo(1);
        assertThat(after.get("entries").get(1)).isEqualTo(alien);
    }

    @Test
    void aNewerDocumentVersionOpensReadOnlyAndIsNeverWritten() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            v.save();
        }
        ObjectNode doc = (ObjectNode) readJson(vaultPath());
        doc.put("version", 2);
        writeJson(vaultPath(), doc);
        byte[] before = Files.readAllBytes(vaultPath());
        try (Vault v = Vault.open(vaultPath(), PASS)) {
            assertThat(v.isReadOnly()).isTrue();
            assertThat(v.readOnlyReason()).get().asString().contains("newer p1vault");
            assertThatThrownBy(() -> new VaultEditor(v).addNewIdentity("x"))
                    .isInstanceOf(VaultException.class)
                    .hasMessageContaining("read-only");
            assertThatThrownBy(v::save).isInstanceOf(VaultException.class);
        }
        assertThat(Files.readAllBytes(vaultPath())).isEqualTo(before);
    }

    @Test
    void aNewerDocumentThisVersionCannotParseIsExplained() throws Exception {
        writeJson(
                vaultPath(),
                VaultJson.mapper().readTree("{\"format\":\"p1vault\",\"version\":7,\"entries\":{\"changed\":true}}"));
        byte[] before = Files.readAllBytes(vaultPath());
        assertThatThrownBy(() -> Vault.open(vaultPath(), PASS))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("newer p1vault (document version 7)")
                .hasMessageContaining("left untouched");
        assertThat(Files.readAllBytes(vaultPath())).isEqualTo(before);
    }

    @Test
    void wrongPassphraseAndNotAVault() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            v.save();
        }
        assertThatThrownBy(() -> Vault.open(vaultPath(), "nope".toCharArray()))
                .isInstanceOf(VaultException.class)
                .satisfies(e ->
                        assertThat(((VaultException) e).reason()).isEqualTo(VaultException.Reason.WRONG_PASSPHRASE))
                .hasMessageStartingWith("Wrong passphrase");
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some notes\n");
        assertThatThrownBy(() -> Vault.open(text, PASS)).hasMessageContaining("is not a p1vault vault");
        assertThatThrownBy(() -> Vault.open(dir.resolve("missing"), PASS)).hasMessageContaining("There is no vault at");
        assertThatThrownBy(() -> Vault.open(dir, PASS)).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> Vault.create(vaultPath(), PASS, 10)).hasMessageContaining("already exists");
        assertThatThrownBy(() -> Vault.create(dir.resolve("weak"), PASS, 9)).hasMessageContaining("between 10 and 20");
    }

    @Test
    void anAgeFileForSomeoneElseIsNotAVault() throws Exception {
        Path file = dir.resolve("export.age");
        try (OutputStream out = Envelope.create(
                        List.of(io.p1vault.crypto.age.X25519Identity.generate().recipient()))
                .encrypt(Files.newOutputStream(file), false)) {
            out.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> Vault.open(file, PASS)).hasMessageContaining("encrypted to a public key");
    }

    @Test
    void passphraseChangeReKeysAndLeavesNoFileOpeningWithTheOldOne() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            new VaultEditor(v).addNewIdentity("me");
            v.save();
            String oldHeader = header(vaultPath());
            v.changePassphrase("new one".toCharArray(), 11);
            assertThat(header(vaultPath())).isNotEqualTo(oldHeader).contains(" 11\n");
        }
        assertThatThrownBy(() -> Vault.open(vaultPath(), PASS)).hasMessageStartingWith("Wrong passphrase");
        try (Vault v = Vault.open(vaultPath(), "new one".toCharArray())) {
            assertThat(v.document().entries).hasSize(1);
            assertThat(v.document().history).extracting(h -> h.action).contains("passphrase-change");
        }
        try (Vault b = Vault.open(dir.resolve("my.p1vault.bak"), "new one".toCharArray())) {
            assertThat(b.document().entries).hasSize(1);
        }
    }

    @Test
    void damagedVaultWhoseBackupOpensOffersTheBackup() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            new VaultEditor(v).addNewIdentity("me");
            v.save();
        }
        byte[] bytes = Files.readAllBytes(vaultPath());
        bytes[bytes.length - 20] ^= 0x40;
        Files.write(vaultPath(), bytes);
        assertThatThrownBy(() -> Vault.open(vaultPath(), PASS))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("is damaged, but its backup")
                .satisfies(e -> assertThat(((VaultException) e).usableBackup())
                        .contains(dir.resolve("my.p1vault.bak").toRealPath()));
        assertThat(Files.readAllBytes(vaultPath())).isEqualTo(bytes);
    }

    @Test
    void savingThroughASymlinkReplacesItsTarget() throws Exception {
        Path real = dir.resolve("real.p1vault");
        try (Vault v = Vault.create(real, PASS, 10)) {
            v.save();
        }
        Path link = Files.createSymbolicLink(dir.resolve("link.p1vault"), real);
        try (Vault v = Vault.open(link, PASS)) {
            new VaultEditor(v).addNewIdentity("via link");
            v.save();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        try (Vault v = Vault.open(real, PASS)) {
            assertThat(v.document().entries).extracting(e -> e.getName()).containsExactly("via link");
        }
    }

    @Test
    void aSaveRefusesToOverwriteAFileChangedOnDisk() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            v.save();
            Files.write(vaultPath(), "someone else".getBytes(StandardCharsets.UTF_8));
            new VaultEditor(v).addNewIdentity("me");
            assertThatThrownBy(v::save).isInstanceOf(io.p1vault.storage.FileChangedOnDiskException.class);
        }
        assertThat(Files.readString(vaultPath())).isEqualTo("someone else");
    }

    @Test
    void aSecondOpenInThisProcessIsRefusedAndDoesNotReleaseTheFirstLock() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            assertThatThrownBy(() -> Vault.open(vaultPath(), PASS))
                    .isInstanceOf(VaultException.class)
                    .hasMessageContaining("is already open in this p1vault");
            // Another process must still be kept out after that refused attempt.
            assertThatThrownBy(() -> VaultHolder.start(vaultPath(), new String(PASS)))
                    .hasMessageContaining("did not open the vault");
        }
        try (Vault v = Vault.open(vaultPath(), PASS)) {
            assertThat(v.document()).isNotNull();
        }
    }

    @Test
    void anotherProcessHoldingTheVaultIsNamed() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            v.save();
        }
        try (VaultHolder holder = VaultHolder.start(vaultPath(), new String(PASS))) {
            assertThatThrownBy(() -> Vault.open(vaultPath(), PASS))
                    .isInstanceOf(VaultException.class)
                    .satisfies(e -> assertThat(((VaultException) e).reason()).isEqualTo(VaultException.Reason.LOCKED))
                    .hasMessageContaining("is open in another p1vault (process " + holder.pid() + " of ");
        }
        try (Vault v = Vault.open(vaultPath(), PASS)) {
            assertThat(v.document()).isNotNull();
        }
    }

    @Test
    void lockingWipesSecrets() throws Exception {
        Vault v = Vault.create(vaultPath(), PASS, 10);
        PingOneApplicationEntry app = new VaultEditor(v)
                .addApplication("a", "worker", ENV, "eu", "c", null, "s3cret".toCharArray())
                .entry();
        v.close();
        assertThat(app.getClientSecret().isDestroyed()).isTrue();
        assertThatThrownBy(v::document).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void exportingEverythingLeavesTheVaultsOwnPrivateKeysOut() throws Exception {
        try (Vault v = Vault.create(vaultPath(), PASS, 10)) {
            VaultEditor ed = new VaultEditor(v);
            ed.addNewIdentity("mine");
            ed.addServer("pf", "https://pf:9999", "admin", "pw".toCharArray());
            assertThat(VaultExport.defaultSelection(ed.entries()))
                    .extracting(e -> e.getName())
                    .containsExactly("pf");
        }
    }

    static String header(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return text.substring(0, text.indexOf("\n---"));
    }

    private JsonNode readJson(Path file) throws Exception {
        try (var in = io.p1vault.crypto.age.Age.decrypt(
                Files.newInputStream(file), List.of(new io.p1vault.crypto.age.ScryptIdentity(PASS)))) {
            return VaultJson.mapper().readTree(in.readAllBytes());
        }
    }

    private void writeJson(Path file, JsonNode doc) throws Exception {
        Files.deleteIfExists(file);
        try (AgeOutputStream out =
                Envelope.create(List.of(new ScryptRecipient(PASS, 10))).encrypt(Files.newOutputStream(file), false)) {
            out.write(VaultJson.mapper().writeValueAsBytes(doc));
        }
    }
}
