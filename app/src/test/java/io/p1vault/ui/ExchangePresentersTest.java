package io.p1vault.ui;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.exchange.ExportPresenter;
import io.p1vault.ui.exchange.ImportPresenter;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.vault.ConflictPolicy;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The export and import forms, driven without a window, on two vaults: a sender and a receiver. */
class ExchangePresentersTest {
    static final char[] PASS = "vault passphrase".toCharArray();
    static final String CANARY = "CANARY-7f3e-secret-value";
    static final char[] EXPORT_PASS = "an export passphrase".toCharArray();

    @TempDir
    Path dir;

    final DirectTasks tasks = new DirectTasks();
    final FakeDialogs dialogs = new FakeDialogs();
    final List<String> seen = new ArrayList<>();
    Vault sender;
    Vault receiver;
    VaultSession senderSession;
    VaultSession receiverSession;

    /** Sender: servers a, b, c (secrets with the canary) and an identity; receiver: its own a, b, c and identity "me". */
    @BeforeEach
    void vaults() throws Exception {
        sender = Vault.create(dir.resolve("sender.age"), PASS, 10);
        VaultEditor s = new VaultEditor(sender);
        for (String name : List.of("a", "b", "c")) {
            s.addServer(name, "https://" + name + ".example.com", "admin", (CANARY + "-theirs-" + name).toCharArray());
        }
        s.addNewIdentity("sender key");
        sender.save();
        receiver = Vault.create(dir.resolve("receiver.age"), PASS, 10);
        VaultEditor r = new VaultEditor(receiver);
        r.addNewIdentity("me");
        for (String name : List.of("a", "b")) {
            r.addServer(name, "https://" + name + ".example.com", "admin", (CANARY + "-mine-" + name).toCharArray());
        }
        receiver.save();
        senderSession = session(sender);
        receiverSession = session(receiver);
    }

    private VaultSession session(Vault vault) {
        VaultSession session = new VaultSession(tasks, dialogs);
        session.opened(vault);
        return session;
    }

    @AfterEach
    void noCanaryAnywhereAndClose() throws Exception {
        dialogs.errors.forEach(f -> seen.addAll(List.of(f.what(), f.why(), String.valueOf(f.advice()))));
        seen.addAll(dialogs.asked);
        assertThat(seen).noneMatch(text -> text.contains("CANARY"));
        sender.close();
        receiver.close();
    }

    private ExportPresenter exportForm() {
        return new ExportPresenter(senderSession, 10, tasks, dialogs);
    }

    /** The sender's export form, watched, with {@code fileName} in the test folder chosen as its file. */
    private ExportPresenter exportTo(String fileName) {
        ExportPresenter form = exportForm();
        watch(form);
        dialogs.exportFileAnswer = dir.resolve(fileName);
        form.chooseTarget();
        return form;
    }

    /** The receiver's import form, watched, with {@code export} chosen as its file. */
    private ImportPresenter importing(Path export) {
        ImportPresenter form = new ImportPresenter(receiverSession, tasks, dialogs);
        watch(form);
        dialogs.importFileAnswer = export;
        form.chooseFile();
        return form;
    }

    private String receiverRecipient() {
        return ((AgeIdentityEntry) receiver.document().entries.get(0)).getRecipient();
    }

    private void watch(ExportPresenter form) {
        for (var message : List.of(
                form.entriesError,
                form.recipientError,
                form.targetError,
                form.message,
                form.passphrase.passphraseError,
                form.passphrase.confirmError)) {
            message.addListener(m -> seen.add(String.valueOf(m)));
        }
    }

    private void watch(ImportPresenter form) {
        form.message.addListener(m -> seen.add(String.valueOf(m)));
        form.rows.addListener(rows -> seen.add(rows.toString()));
    }

    @Test
    void exportsTheDefaultSelectionToAPastedRecipientAndRecordsItInTheHistory() throws Exception {
        ExportPresenter form = exportTo("to-receiver.age");
        Path out = form.target.get();
        assertThat(form.chosen.get()).extracting(Entry::getName).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(form.identities).extracting(Entry::getName).containsExactly("sender key");
        form.pasted.set(receiverRecipient());
        form.armor.set(true);

        form.export(new char[0], new char[0]);

        assertThat(Files.readString(out)).startsWith("-----BEGIN AGE ENCRYPTED FILE-----");
        assertThat(form.done.get()).isTrue();
        assertThat(dialogs.asked).contains("3 entries were exported to " + out + ".");
        assertThat(senderSession.dirty.get()).isTrue();
        assertThat(sender.document().history.get(sender.document().history.size() - 1).action)
                .isEqualTo("export");
    }

    @Test
    void selectAllAndNoneActOnTheEntriesTheFilterShows() {
        ExportPresenter form = exportForm();
        form.filter.set("sender");
        assertThat(form.shown.get()).extracting(Entry::getName).containsExactly("sender key");

        form.chooseAll();
        assertThat(form.chosen.get()).extracting(Entry::getName).containsExactlyInAnyOrder("a", "b", "c", "sender key");
        form.filter.set("b");
        form.chooseNone();
        assertThat(form.chosen.get()).extracting(Entry::getName).containsExactlyInAnyOrder("a", "c", "sender key");
    }

    @Test
    void aBadPastedRecipientIsNamedAsTypedAndBlocksTheExport() {
        ExportPresenter form = exportTo("never.age");
        Path out = form.target.get();

        form.pasted.set(receiverRecipient() + "\nage1notakey");
        assertThat(form.recipientError.get())
                .isEqualTo(
                        "\"age1notakey\" is not an age public key (age1…): " + "check that it was copied completely.");
        form.pasted.set("age1pq1" + "x".repeat(300));
        assertThat(form.recipientError.get())
                .contains("not a post-quantum age public key")
                .doesNotContain("x".repeat(30));
        form.pasted.set("AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ");
        assertThat(form.recipientError.get()).contains("secret key").doesNotContain("QQQQ");

        form.export(new char[0], new char[0]);

        assertThat(Files.exists(out)).isFalse();
        form.pasted.set("");
        form.export(new char[0], new char[0]);
        assertThat(form.recipientError.get()).isEqualTo(Messages.text("export.noRecipient"));
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void nothingChosenNoFileOrAnExistingFileIsSaidBeforeAnythingIsWritten() throws Exception {
        ExportPresenter form = exportForm();
        form.chooseNone();
        form.export(new char[0], new char[0]);
        assertThat(form.entriesError.get()).isEqualTo(Messages.text("export.noEntries"));
        assertThat(form.targetError.get()).isEqualTo(Messages.text("export.noTarget"));

        Path existing = Files.writeString(dir.resolve("existing.age"), "keep me");
        dialogs.exportFileAnswer = existing;
        form.chooseTarget();
        assertThat(form.targetError.get()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void aCancelledPassphraseExportWritesNothingAndTheNextOneReportsProgress() throws Exception {
        ExportPresenter form = exportTo("by-passphrase.age");
        Path out = form.target.get();
        form.protection.set(ExportPresenter.Protection.PASSPHRASE);

        form.export(EXPORT_PASS, "something else".toCharArray());
        assertThat(form.passphrase.confirmError.get()).isEqualTo(Messages.text("create.mismatch"));
        tasks.cancelNext = true;
        form.export(EXPORT_PASS, EXPORT_PASS);

        assertThat(form.message.get()).isEqualTo(Messages.text("export.cancelled"));
        assertThat(Files.exists(out)).isFalse();
        assertThat(form.busy.get()).isFalse();
        assertThat(senderSession.busy.get()).isFalse();

        tasks.progress.clear();
        form.export(EXPORT_PASS, EXPORT_PASS);
        assertThat(Files.exists(out)).isTrue();
        assertThat(tasks.progress).isNotEmpty().last().isEqualTo(1.0);
    }

    private Path passphraseExport() {
        ExportPresenter form = exportTo("by-passphrase.age");
        form.protection.set(ExportPresenter.Protection.PASSPHRASE);
        form.export(EXPORT_PASS, EXPORT_PASS);
        return form.target.get();
    }

    @Test
    void aPassphraseIsAskedOnlyForAPassphraseExportAndAWrongOneKeepsTheForm() throws Exception {
        Path export = passphraseExport();

        ImportPresenter form = importing(export);

        assertThat(form.needsPassphrase.get()).isTrue();
        assertThat(form.message.get()).isEqualTo(Messages.text("import.passphraseNeeded"));

        form.read("wrong".toCharArray());
        assertThat(form.message.get()).isEqualTo("Wrong passphrase for " + export + ".");
        assertThat(form.needsPassphrase.get()).isTrue();
        assertThat(form.rows.get()).isEmpty();
        tasks.cancelNext = true;
        form.read(EXPORT_PASS);
        assertThat(form.message.get()).isEqualTo(Messages.text("import.cancelled"));
        assertThat(form.rows.get()).isEmpty();

        form.read(EXPORT_PASS);
        assertThat(form.message.get()).isNull();
        assertThat(form.rows.get())
                .extracting(ImportPresenter.Row::name, ImportPresenter.Row::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", Messages.text("import.status.conflict_name")),
                        org.assertj.core.groups.Tuple.tuple("b", Messages.text("import.status.conflict_name")),
                        org.assertj.core.groups.Tuple.tuple("c", Messages.text("import.status.new")));
        assertThat(form.rows.get().get(0).differences()).isEqualTo("secret");
        assertThat(form.undecided.get()).isEqualTo(2);
        assertThat(form.canImport.get()).isFalse();
    }

    @Test
    void eachConflictIsResolvedAsChosenAndTheVaultIsSavedOnce() throws Exception {
        ImportPresenter form = importing(passphraseExport());
        form.read(EXPORT_PASS);

        form.chooseForAll(ConflictPolicy.KEEP_BOTH);
        form.choose(0, ConflictPolicy.SKIP);
        form.choose(1, ConflictPolicy.REPLACE);
        assertThat(form.rows.get())
                .extracting(ImportPresenter.Row::choice)
                .containsExactly(ConflictPolicy.SKIP, ConflictPolicy.REPLACE, null);
        assertThat(form.canImport.get()).isTrue();

        form.importNow();

        assertThat(form.done.get()).isTrue();
        assertThat(dialogs.asked).contains(Messages.format("import.done", 1, 1, 0, 1, 0, 0));
        assertThat(receiverSession.dirty.get()).isFalse();
        assertThat(servers(receiver.path()))
                .containsOnly(
                        Map.entry("a", CANARY + "-mine-a"),
                        Map.entry("b", CANARY + "-theirs-b"),
                        Map.entry("c", CANARY + "-theirs-c"));
    }

    @Test
    void aFailedSaveLeavesTheVaultAsItWasAndThePreviewReadyToTryAgain() throws Exception {
        ImportPresenter form = importing(passphraseExport());
        form.read(EXPORT_PASS);
        form.chooseForAll(ConflictPolicy.REPLACE);
        int entries = receiver.document().entries.size();
        byte[] onDisk = Files.readAllBytes(receiver.path());
        Files.write(receiver.path(), new byte[] {1, 2, 3});

        form.importNow();

        assertThat(dialogs.errors)
                .singleElement()
                .satisfies(f -> assertThat(f.what()).isEqualTo(Messages.text("import.failed")));
        assertThat(receiver.document().entries).hasSize(entries);
        assertThat(form.done.get()).isFalse();
        assertThat(form.canImport.get()).isTrue();
        assertThat(form.rows.get()).extracting(ImportPresenter.Row::name).containsExactly("a", "b", "c");
        assertThat(receiverSession.busy.get()).isFalse();
        Files.write(receiver.path(), onDisk);
    }

    private static Map<String, String> servers(Path file) throws Exception {
        Path copy = file.resolveSibling("copy-" + file.getFileName());
        Files.copy(file, copy);
        try (Vault v = Vault.open(copy, PASS)) {
            return v.document().entries.stream()
                    .filter(e -> e.knownKind() == EntryKind.PINGFEDERATE_SERVER)
                    .collect(Collectors.toMap(
                            Entry::getName, e -> new String(e.secret().reveal())));
        }
    }

    @Test
    void pastedArmoredTextAddressedToTheVaultOpensFromMemoryWithoutAPassphrase() throws Exception {
        ExportPresenter export = exportTo("armored.txt");
        Path out = export.target.get();
        export.chooseIdentity(export.identities.get(0), true);
        export.pasted.set(receiverRecipient());
        export.armor.set(true);
        export.export(new char[0], new char[0]);
        String armored = Files.readString(out);
        Files.delete(out);
        List<Path> before = files();

        ImportPresenter form = new ImportPresenter(receiverSession, tasks, dialogs);
        watch(form);
        form.pasted.set("\n" + armored);
        form.read();

        assertThat(form.source.get()).isEqualTo(ImportPresenter.Source.PASTE);
        assertThat(form.needsPassphrase.get()).isFalse();
        assertThat(form.rows.get()).hasSize(3);
        assertThat(files()).isEqualTo(before);

        form.chooseForAll(ConflictPolicy.SKIP);
        form.importNow();
        assertThat(dialogs.asked).contains(Messages.format("import.done", 1, 0, 0, 2, 0, 0));
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> all =
                Stream.concat(Files.walk(dir), Files.walk(Path.of(System.getProperty("java.io.tmpdir")), 1))) {
            return all.filter(p -> p.getFileName().toString().contains("armored"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void anExportForSomeoneElseSaysSoAndNothingChanges() throws Exception {
        ExportPresenter export = exportTo("for-sender.age");
        export.chooseIdentity(export.identities.get(0), true);
        export.export(new char[0], new char[0]);

        ImportPresenter form = importing(export.target.get());

        assertThat(form.message.get()).contains("encrypted to a key this vault does not hold");
        assertThat(form.needsPassphrase.get()).isFalse();
        assertThat(form.canImport.get()).isFalse();
        form.importNow();
        assertThat(receiverSession.dirty.get()).isFalse();
        assertThat(dialogs.errors).extracting(Failure::what).isEmpty();
    }

    @Test
    void anExportToAPastedPostQuantumRecipientImportsWithTheReceiversPostQuantumIdentity() throws Exception {
        String pq = new VaultEditor(receiver)
                .addNewIdentity("me, post-quantum", true)
                .entry()
                .getRecipient();
        ExportPresenter export = exportTo("to-pq.age");
        export.pasted.set(pq);
        assertThat(export.recipientError.get()).isNull();
        export.chooseIdentity(export.identities.get(0), true);
        assertThat(export.recipientError.get()).contains("cannot be combined");
        export.chooseIdentity(export.identities.get(0), false);

        export.export(new char[0], new char[0]);

        assertThat(export.done.get()).isTrue();
        ImportPresenter form = importing(export.target.get());
        assertThat(form.needsPassphrase.get()).isFalse();
        assertThat(form.rows.get()).hasSize(3);
    }
}
