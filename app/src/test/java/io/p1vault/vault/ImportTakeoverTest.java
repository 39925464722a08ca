package io.p1vault.vault;

import io.p1vault.crypto.age.Envelope;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.CertificatePin;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.VaultDocument;
import io.p1vault.storage.BackupPolicy;
import io.p1vault.storage.PermissionPolicy;
import io.p1vault.storage.WriteOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 22 (medium): an export written by an attacker tries to take the vault over: replace its
 * own age identity, bring its own pins, pass an OAuth client off as a server, collide ids, or
 * claim a newer format.
 */
class ImportTakeoverTest {
    private static final char[] PASS = "vault passphrase".toCharArray();
    private static final String ATTACKER_KEY =
            "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX";
    private static final String ATTACKER_RECIPIENT = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";

    @TempDir
    Path dir;

    private Vault receiver;
    private VaultEditor editor;
    private AgeIdentityEntry me;
    private PingFederateServerEntry server;

    @BeforeEach
    void setUp() throws Exception {
        receiver = Vault.create(dir.resolve("receiver.age"), PASS, 10);
        editor = new VaultEditor(receiver);
        me = editor.addNewIdentity("me").entry();
        server = editor.addServer("pf", "https://pf.example.com:9999", "admin", "mine".toCharArray())
                .entry();
        receiver.save();
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() throws Exception {
        receiver.close();
    }

    /** An export with exactly these entries (and this document version), to the receiver's identity. */
    private Path hostileExport(int version, Entry... entries) throws Exception {
        VaultDocument doc = VaultDocument.empty();
        doc.version = version;
        doc.entries.addAll(List.of(entries));
        Path out = dir.resolve("hostile-" + UUID.randomUUID() + ".age");
        Envelope envelope = Envelope.create(VaultExport.recipients(List.of(me.getRecipient())));
        new EncryptedDocumentWriter()
                .write(
                        out,
                        null,
                        new WriteOptions(BackupPolicy.NONE, PermissionPolicy.OWNER_ONLY),
                        envelope,
                        doc,
                        false,
                        java.io.OutputStream.nullOutputStream());
        return out;
    }

    private AgeIdentityEntry attackerIdentity(UUID id, String name) {
        AgeIdentityEntry fake = new AgeIdentityEntry(
                name, io.p1vault.model.Secret.of(ATTACKER_KEY.toCharArray()), "age1notderivedfromthekey");
        fake.setId(id);
        return fake;
    }

    @Test
    void replacingTheVaultsOwnIdentityWithReplaceForEverythingIsRefused() throws Exception {
        String myKey = new String(me.getSecretKey().reveal());
        ImportPreview preview =
                VaultImport.preview(receiver, hostileExport(1, attackerIdentity(me.getId(), "me")), null);

        VaultImport.Result result = VaultImport.apply(receiver, preview, ConflictPolicy.REPLACE);

        AgeIdentityEntry after = (AgeIdentityEntry) editor.require(EntryKind.AGE_IDENTITY, "me");
        assertThat(new String(after.getSecretKey().reveal())).isEqualTo(myKey);
        assertThat(editor.entries())
                .filteredOn(e -> e.knownKind() == EntryKind.AGE_IDENTITY)
                .hasSize(1);
        assertThat(result.skipped()).isEqualTo(1);
    }

    @Test
    void anIdentityIsAddedOnlyWhenPickedAndItsRecipientComesFromItsKey() throws Exception {
        ImportPreview preview =
                VaultImport.preview(receiver, hostileExport(1, attackerIdentity(UUID.randomUUID(), "support")), null);
        assertThat(preview.items())
                .singleElement()
                .satisfies(i -> assertThat(i.needsExplicitChoice()).isTrue());

        VaultImport.apply(receiver, preview, item -> ConflictPolicy.KEEP_BOTH);

        AgeIdentityEntry added = (AgeIdentityEntry) editor.require(EntryKind.AGE_IDENTITY, "support");
        assertThat(added.getRecipient()).isEqualTo(ATTACKER_RECIPIENT).isNotEqualTo("age1notderivedfromthekey");
    }

    @Test
    void importedServerArrivesWithoutTheAttackersPins() throws Exception {
        PingFederateServerEntry theirs = new PingFederateServerEntry(
                "lab", "https://lab.example.com:9999", "admin", io.p1vault.model.Secret.of("x".toCharArray()));
        theirs.setCertificatePins(List.of(CertificatePin.ofKey("lab.example.com:9999", "AA:".repeat(31) + "AA")));

        VaultImport.apply(receiver, VaultImport.preview(receiver, hostileExport(1, theirs), null), ConflictPolicy.SKIP);

        PingFederateServerEntry imported =
                (PingFederateServerEntry) editor.require(EntryKind.PINGFEDERATE_SERVER, "lab");
        assertThat(imported.getCertificatePins()).isEmpty();
    }

    @Test
    void anOAuthClientWithTheServersIdNeverReplacesTheServer() throws Exception {
        Vault sender = Vault.create(dir.resolve("sender.age"), PASS, 10);
        Entry client;
        try (sender) {
            client = new VaultEditor(sender)
                    .addClientCredentials("pf", "client", "https://idp.example.com/token", "s3cret".toCharArray())
                    .entry();
        }
        client.setId(server.getId());

        ImportPreview preview = VaultImport.preview(receiver, hostileExport(1, client), null);
        assertThat(preview.items())
                .singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(ImportPreview.Status.NEW));
        VaultImport.apply(receiver, preview, ConflictPolicy.REPLACE);

        PingFederateServerEntry still = (PingFederateServerEntry) editor.require(EntryKind.PINGFEDERATE_SERVER, "pf");
        assertThat(new String(still.secret().reveal())).isEqualTo("mine");
        assertThat(editor.require(EntryKind.CLIENT_CREDENTIALS, "pf").getId()).isNotEqualTo(server.getId());
    }

    @Test
    void entriesWithTheSameIdOrNoIdAreRefused() throws Exception {
        PingFederateServerEntry a = new PingFederateServerEntry(
                "a", "https://a.example.com", "admin", io.p1vault.model.Secret.of("x".toCharArray()));
        PingFederateServerEntry b = new PingFederateServerEntry(
                "b", "https://b.example.com", "admin", io.p1vault.model.Secret.of("y".toCharArray()));
        b.setId(a.getId());
        PingFederateServerEntry noId = new PingFederateServerEntry(
                "c", "https://c.example.com", "admin", io.p1vault.model.Secret.of("z".toCharArray()));
        noId.setId(null);

        VaultException duplicate = catchThrowableOfType(
                VaultException.class, () -> VaultImport.preview(receiver, hostileExport(1, a, b), null));
        VaultException missing = catchThrowableOfType(
                VaultException.class, () -> VaultImport.preview(receiver, hostileExport(1, noId), null));

        assertThat(duplicate.getMessage()).contains("two entries with the id " + a.getId());
        assertThat(missing.getMessage()).contains("has no id");
    }

    @Test
    void anExportOfEndlessPlaintextIsRefusedInsteadOfExhaustingMemory() throws Exception {
        Path huge = dir.resolve("huge.age");
        Envelope envelope = Envelope.create(VaultExport.recipients(List.of(me.getRecipient())));
        try (java.io.OutputStream file = java.nio.file.Files.newOutputStream(huge);
                java.io.OutputStream age = envelope.encrypt(file, false)) {
            byte[] chunk = new byte[1024 * 1024];
            for (int i = 0; i <= VaultImport.MAX_PLAINTEXT_BYTES / chunk.length; i++) {
                age.write(chunk);
            }
        }

        VaultException e = catchThrowableOfType(VaultException.class, () -> VaultImport.preview(receiver, huge, null));

        assertThat(e.getMessage()).contains("more than 64 MiB");
    }

    @Test
    void anExportFromANewerFormatVersionIsRefusedClearly() throws Exception {
        PingFederateServerEntry a = new PingFederateServerEntry(
                "a", "https://a.example.com", "admin", io.p1vault.model.Secret.of("x".toCharArray()));

        VaultException e = catchThrowableOfType(
                VaultException.class,
                () -> VaultImport.preview(receiver, hostileExport(VaultDocument.VERSION + 1, a), null));

        assertThat(e.getMessage()).contains("newer p1vault").contains("Update p1vault");
        assertThat(editor.find(EntryKind.PINGFEDERATE_SERVER, "a")).isEmpty();
    }
}
