package io.p1vault.ui;

import io.p1vault.desktop.PassphraseStrength;
import io.p1vault.model.Secret;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.session.CreateVaultPresenter;
import io.p1vault.ui.session.UnlockPresenter;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.settings.ChangePassphrasePresenter;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The unlock and create forms and the session, driven without a window. */
class SessionPresentersTest {
    static final char[] PASS = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    final DirectTasks tasks = new DirectTasks();
    final FakeDialogs dialogs = new FakeDialogs();
    final List<Vault> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (Vault v : opened) {
            v.close();
        }
    }

    private Path vault() throws Exception {
        Path file = dir.resolve("v.age");
        try (Vault v = Vault.create(file, PASS, 10)) {
            new VaultEditor(v).addServer("pf", "https://pf.example.com", "admin", "pw".toCharArray());
            v.save();
        }
        return file;
    }

    @Test
    void aWrongPassphraseKeepsTheFormAndSaysSoThenTheRightOneUnlocksWithProgress() throws Exception {
        UnlockPresenter unlock = new UnlockPresenter(vault(), List.of(), tasks, v -> {}, opened::add);
        unlock.unlock("nope".toCharArray());
        assertThat(unlock.message.get()).startsWith("Wrong passphrase");
        assertThat(unlock.busy.get()).isFalse();
        assertThat(opened).isEmpty();

        tasks.progress.clear();
        unlock.unlock(PASS);
        assertThat(opened).hasSize(1);
        assertThat(unlock.message.get()).isNull();
        assertThat(tasks.progress).isNotEmpty().isSorted().last().isEqualTo(1.0);
        assertThat(unlock.progress.get()).isEqualTo(1.0);
    }

    @Test
    void theUnlockedVaultIsReadiedInTheBackgroundBeforeItIsHandedOverAndNotReadiedOnAWrongPassphrase()
            throws Exception {
        List<String> calls = new ArrayList<>();
        List<Vault> readied = new ArrayList<>();
        UnlockPresenter unlock = new UnlockPresenter(
                vault(),
                List.of(),
                tasks,
                v -> {
                    calls.add("readying");
                    readied.add(v);
                },
                v -> {
                    calls.add("unlocked");
                    opened.add(v);
                });
        unlock.unlock("nope".toCharArray());
        assertThat(calls).isEmpty();

        unlock.unlock(PASS);
        assertThat(calls).containsExactly("readying", "unlocked");
        assertThat(readied).containsExactlyElementsOf(opened);
    }

    @Test
    void backgroundWorkHoldsTheSessionBusyUntilTheLastReleaseAndALockVoidsOldHolds() throws Exception {
        VaultSession session = new VaultSession(tasks, dialogs);
        session.opened(Vault.open(vault(), PASS));
        Runnable export = session.hold();
        Runnable write = session.hold();
        assertThat(session.busy.get()).isTrue();
        assertThat(session.editable.get()).isFalse();
        export.run();
        export.run();
        assertThat(session.busy.get())
                .as("one release of the export, twice, leaves the write holding")
                .isTrue();
        write.run();
        assertThat(session.busy.get()).isFalse();
        assertThat(session.editable.get()).isTrue();

        Runnable dropped = session.hold();
        session.lock();
        assertThat(session.busy.get())
                .as("a lock ends the holds of the closed vault")
                .isFalse();
        session.opened(Vault.open(dir.resolve("v.age"), PASS));
        Runnable fresh = session.hold();
        dropped.run();
        assertThat(session.busy.get())
                .as("a hold from before the lock does not release a new one")
                .isTrue();
        fresh.run();
        assertThat(session.busy.get()).isFalse();
        session.lock();
    }

    @Test
    void anEmptyPassphraseIsRefusedWithoutKeyDerivation() throws Exception {
        UnlockPresenter unlock = new UnlockPresenter(vault(), List.of(), tasks, v -> {}, opened::add);
        unlock.unlock(new char[0]);
        assertThat(unlock.message.get()).isEqualTo("Enter the passphrase.");
        assertThat(tasks.progress).isEmpty();
    }

    @Test
    void cancellingTheKeyDerivationSaysSoAndReleasesTheVault() throws Exception {
        Path file = vault();
        UnlockPresenter unlock = new UnlockPresenter(file, List.of(), tasks, v -> {}, opened::add);
        tasks.cancelNext = true;
        unlock.unlock(PASS);
        assertThat(unlock.message.get()).isEqualTo("Unlocking was cancelled.");
        assertThat(opened).isEmpty();
        unlock.unlock(PASS);
        assertThat(opened).hasSize(1);
    }

    @Test
    void aVaultWhoseReadyingFailsIsReleasedSoItOpensNextTime() throws Exception {
        Path file = vault();
        AtomicBoolean failOnce = new AtomicBoolean(true);
        UnlockPresenter unlock = new UnlockPresenter(
                file,
                List.of(),
                tasks,
                v -> {
                    if (failOnce.getAndSet(false)) {
                        throw new IllegalStateException("readying failed");
                    }
                },
                opened::add);
        unlock.unlock(PASS);
        assertThat(opened).isEmpty();
        unlock.unlock(PASS);
        assertThat(opened).hasSize(1);
    }

    @Test
    void aDamagedVaultOffersItsBackupWhichRestoresAndOpens() throws Exception {
        Path file = vault();
        try (Vault v = Vault.open(file, PASS)) {
            new VaultEditor(v).addServer("pf2", "https://pf2.example.com", "admin", "pw".toCharArray());
            v.save();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            // Back to the byte read: writing after it put a byte's neighbour's value there, which
            // left the file unchanged once in 256 runs (the bytes are random).
            long at = raf.length() - 5;
            raf.seek(at);
            int b = raf.read();
            raf.seek(at);
            raf.write(b ^ 0x55);
        }
        UnlockPresenter unlock = new UnlockPresenter(file, List.of(), tasks, v -> {}, opened::add);
        unlock.unlock(PASS);
        assertThat(unlock.message.get()).contains("damaged").contains("backup");
        assertThat(unlock.restorableBackup.get()).isEqualTo(file.resolveSibling("v.age.bak"));

        unlock.restoreBackup();
        assertThat(unlock.message.get()).startsWith("The backup was restored");
        assertThat(unlock.restorableBackup.get()).isNull();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("v.age.damaged-"));
        }
        unlock.unlock(PASS);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).document().entries)
                .extracting(e -> e.getName())
                .containsExactly("pf");
    }

    @Test
    void createChecksBothPassphrasesAndTheLocationThenCreates() throws Exception {
        Path target = dir.resolve("sub/folder/new.age");
        CreateVaultPresenter create = new CreateVaultPresenter(target, 10, tasks, opened::add);
        create.passphrase.passphraseTyped("abc".toCharArray());
        assertThat(create.passphrase.strength.get().level()).isEqualTo(PassphraseStrength.Level.WEAK);
        create.passphrase.passphraseTyped(PASS);
        assertThat(create.passphrase.strength.get().level()).isEqualTo(PassphraseStrength.Level.GOOD);

        create.create(new char[0], new char[0]);
        assertThat(create.passphrase.passphraseError.get()).isEqualTo("Enter the passphrase.");
        create.create(PASS, "other".toCharArray());
        assertThat(create.passphrase.confirmError.get()).isEqualTo("The two passphrases differ.");
        assertThat(Files.exists(target)).isFalse();

        create.create(PASS, PASS.clone());
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).workFactor()).isEqualTo(10);
        assertThat(create.weakWorkFactor()).isTrue();

        CreateVaultPresenter again = new CreateVaultPresenter(target, 10, tasks, opened::add);
        again.create(PASS, PASS.clone());
        assertThat(again.locationError.get()).contains("already exists");
    }

    @Test
    void lockingWipesTheSecretsAndUnsavedChangesAreSettledAsTheUserSays() throws Exception {
        VaultSession session = new VaultSession(tasks, dialogs);
        session.opened(Vault.open(vault(), PASS));
        Secret secret = session.editor().entries().get(0).secret();
        assertThat(session.unlocked.get()).isTrue();
        assertThat(session.canSave.get()).isFalse();

        session.editor().addServer("pf2", "https://pf2.example.com", "admin", "pw".toCharArray());
        session.changed();
        assertThat(session.canSave.get()).isTrue();
        List<String> ran = new ArrayList<>();
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.CANCEL;
        session.settleUnsaved(() -> ran.add("cancelled"));
        assertThat(ran).isEmpty();
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.SAVE;
        session.settleUnsaved(() -> ran.add("saved"));
        assertThat(ran).containsExactly("saved");
        assertThat(session.dirty.get()).isFalse();

        session.lock();
        assertThat(session.vault.get()).isNull();
        assertThat(session.canUnlock.get()).isTrue();
        assertThat(secret.isDestroyed()).isTrue();
        try (Vault reopened = Vault.open(dir.resolve("v.age"), PASS)) {
            assertThat(reopened.document().entries).hasSize(2);
        }
    }

    @Test
    void changingThePassphraseRekeysTheVaultKeepingItsWorkFactor() throws Exception {
        Path file = vault();
        Vault vault = Vault.open(file, PASS);
        opened.add(vault);
        List<String> changed = new ArrayList<>();
        ChangePassphrasePresenter change = new ChangePassphrasePresenter(vault, tasks, () -> changed.add("changed"));
        change.change("new one".toCharArray(), "new two".toCharArray());
        assertThat(change.passphrase.confirmError.get()).isEqualTo("The two passphrases differ.");
        change.change("a new passphrase".toCharArray(), "a new passphrase".toCharArray());
        assertThat(change.done.get()).isTrue();
        assertThat(changed).containsExactly("changed");
        vault.close();
        opened.clear();
        try (Vault reopened = Vault.open(file, "a new passphrase".toCharArray())) {
            assertThat(reopened.workFactor()).isEqualTo(10);
        }
    }
}
