package io.p1vault.vault;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Per-entry conflict choices on import, and previews of pasted (in-memory) exports. */
class VaultImportChoicesTest {
    static final char[] PASS = "vault passphrase".toCharArray();

    @TempDir
    Path dir;

    /** The sender's servers a, b, c conflict by name with the receiver's; d is new. */
    private Path export(Vault receiver, boolean armor) throws Exception {
        String recipient =
                ((AgeIdentityEntry) new VaultEditor(receiver).require(EntryKind.AGE_IDENTITY, "me")).getRecipient();
        Path out = dir.resolve(armor ? "export.txt" : "export.age");
        try (Vault sender = Vault.create(dir.resolve("sender.age"), PASS, 10)) {
            VaultEditor editor = new VaultEditor(sender);
            for (String name : List.of("a", "b", "c", "d")) {
                editor.addServer(name, "https://" + name + ".example.com", "admin", ("theirs-" + name).toCharArray());
            }
            VaultExport.export(sender, editor.entries(), VaultExport.recipients(List.of(recipient)), armor, out);
        }
        return out;
    }

    private Vault receiver() throws Exception {
        Vault v = Vault.create(dir.resolve("receiver.age"), PASS, 10);
        VaultEditor editor = new VaultEditor(v);
        editor.addNewIdentity("me");
        for (String name : List.of("a", "b", "c")) {
            editor.addServer(name, "https://" + name + ".example.com", "admin", ("mine-" + name).toCharArray());
        }
        v.save();
        return v;
    }

    private static Map<String, String> servers(Path file) throws Exception {
        try (Vault v = Vault.open(file, PASS)) {
            return v.document().entries.stream()
                    .filter(e -> e.knownKind() == EntryKind.PINGFEDERATE_SERVER)
                    .collect(Collectors.toMap(
                            Entry::getName, e -> new String(e.secret().reveal())));
        }
    }

    @Test
    void eachConflictIsResolvedAsChosenForItAndSavedOnce() throws Exception {
        Path file;
        VaultImport.Result result;
        try (Vault receiver = receiver()) {
            file = receiver.path();
            ImportPreview preview = VaultImport.preview(receiver, export(receiver, false), null);
            Map<String, ConflictPolicy> choices =
                    Map.of("a", ConflictPolicy.SKIP, "b", ConflictPolicy.REPLACE, "c", ConflictPolicy.KEEP_BOTH);

            result = VaultImport.apply(
                    receiver, preview, item -> choices.get(item.incoming().getName()));

            assertThat(receiver.hasUnsavedChanges()).isFalse();
        }
        assertThat(result).isEqualTo(new VaultImport.Result(1, 1, 1, 1, 0, 0));
        assertThat(servers(file))
                .containsOnly(
                        Map.entry("a", "mine-a"),
                        Map.entry("b", "theirs-b"),
                        Map.entry("c", "mine-c"),
                        Map.entry("c (imported)", "theirs-c"),
                        Map.entry("d", "theirs-d"));
    }

    @Test
    void aConflictWithoutAChoiceChangesNothing() throws Exception {
        try (Vault receiver = receiver()) {
            ImportPreview preview = VaultImport.preview(receiver, export(receiver, false), null);
            int entries = receiver.document().entries.size();

            assertThatThrownBy(() -> VaultImport.apply(
                            receiver,
                            preview,
                            item -> item.incoming().getName().equals("b") ? null : ConflictPolicy.REPLACE))
                    .isInstanceOf(VaultException.class)
                    .hasMessageContaining("\"b\"");

            assertThat(receiver.document().entries).hasSize(entries);
            assertThat(receiver.hasUnsavedChanges()).isFalse();
        }
    }

    @Test
    void thePolicyForAllIsTheSameAsChoosingItForEachEntry() throws Exception {
        try (Vault receiver = receiver()) {
            ImportPreview preview = VaultImport.preview(receiver, export(receiver, false), null);

            VaultImport.Result result = VaultImport.apply(receiver, preview, ConflictPolicy.REPLACE);

            assertThat(result).isEqualTo(new VaultImport.Result(1, 3, 0, 0, 0, 0));
        }
    }

    @Test
    void pastedArmoredTextPreviewsFromMemoryLikeTheFile() throws Exception {
        try (Vault receiver = receiver()) {
            Path armored = export(receiver, true);
            byte[] pasted = Files.readAllBytes(armored);
            Files.delete(armored);
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("export.txt");
            }

            ImportPreview preview = VaultImport.preview(receiver, pasted, null, null);

            assertThat(preview.items())
                    .extracting(i -> i.incoming().getName() + " " + i.status())
                    .containsExactly("a CONFLICT_NAME", "b CONFLICT_NAME", "c CONFLICT_NAME", "d NEW");
            assertThat(preview.items().get(0).differences()).containsExactly("secret");
        }
    }

    @Test
    void pastedTextNamesItselfInMessages() throws Exception {
        Path out = dir.resolve("p.age");
        try (Vault sender = Vault.create(dir.resolve("s.age"), PASS, 10)) {
            new VaultEditor(sender).addServer("x", "https://x.example.com", "admin", "pw".toCharArray());
            VaultExport.export(
                    sender,
                    sender.document().entries,
                    List.of(VaultExport.passphrase("export passphrase".toCharArray(), 10)),
                    true,
                    out);
        }
        byte[] pasted = Files.readAllBytes(out);
        try (Vault receiver = receiver()) {
            assertThatThrownBy(() -> VaultImport.preview(receiver, pasted, null, null))
                    .isInstanceOf(VaultException.class)
                    .hasMessage("The pasted text is protected by a passphrase; give it to import.");
            assertThatThrownBy(() -> VaultImport.preview(receiver, pasted, "wrong".toCharArray(), null))
                    .isInstanceOf(VaultException.class)
                    .hasMessage("Wrong passphrase for the pasted text.")
                    .extracting(e -> ((VaultException) e).reason())
                    .isEqualTo(VaultException.Reason.WRONG_PASSPHRASE);
            assertThat(VaultImport.preview(receiver, pasted, "export passphrase".toCharArray(), null)
                            .items())
                    .hasSize(1);
        }
    }

    @Test
    void anExportToAPostQuantumIdentityImportsWithoutAPassphrase() throws Exception {
        Path out = dir.resolve("pq.age");
        try (Vault receiver = Vault.create(dir.resolve("receiver.age"), PASS, 10)) {
            AgeIdentityEntry mine =
                    new VaultEditor(receiver).addNewIdentity("me", true).entry();
            assertThat(mine.getRecipient()).startsWith("age1pq1");
            assertThat(new String(mine.getSecretKey().reveal())).startsWith("AGE-SECRET-KEY-PQ-1");
            receiver.save();
            try (Vault sender = Vault.create(dir.resolve("sender.age"), PASS, 10)) {
                new VaultEditor(sender).addServer("x", "https://x.example.com", "admin", "pw".toCharArray());
                VaultExport.export(
                        sender,
                        sender.document().entries,
                        VaultExport.recipients(List.of(mine.getRecipient())),
                        false,
                        out);
            }
            assertThat(Files.readString(out, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .contains("-> mlkem768x25519 ")
                    .doesNotContain("-> X25519 ");
            ImportPreview preview = VaultImport.preview(receiver, out, null);
            assertThat(preview.items()).extracting(i -> i.incoming().getName()).containsExactly("x");
        }
    }

    @Test
    void postQuantumAndX25519RecipientsAreNotMixedInOneExport() throws Exception {
        try (Vault v = Vault.create(dir.resolve("v.age"), PASS, 10)) {
            VaultEditor editor = new VaultEditor(v);
            String pq = editor.addNewIdentity("pq", true).entry().getRecipient();
            String classic = editor.addNewIdentity("classic", false).entry().getRecipient();
            assertThat(VaultExport.recipients(List.of(pq, pq))).hasSize(2);
            assertThatThrownBy(() -> VaultExport.recipients(List.of(pq, classic)))
                    .isInstanceOf(VaultException.class)
                    .hasMessage(
                            "Post-quantum recipients (age1pq1…) cannot be combined with X25519 ones (age1…): a quantum "
                                    + "computer could open the file through the X25519 ones. Export to the post-quantum ones alone, "
                                    + "or to the X25519 ones alone.");
        }
    }

    @Test
    void aDamagedPostQuantumRecipientIsNamedShortly() {
        assertThatThrownBy(() -> VaultExport.recipients(List.of("age1pq1" + "q".repeat(200))))
                .isInstanceOf(VaultException.class)
                .hasMessage("\"age1pq1qqqqqqqqqqqqqqqqq…\" is not a post-quantum age public key (age1pq1…): "
                        + "check that it was copied completely.");
    }
}
