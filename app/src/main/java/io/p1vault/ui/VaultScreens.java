package io.p1vault.ui;

import io.p1vault.desktop.AppDirectories;
import io.p1vault.desktop.Settings;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.session.CreateVaultDialog;
import io.p1vault.ui.session.CreateVaultPresenter;
import io.p1vault.ui.session.UnlockDialog;
import io.p1vault.ui.session.UnlockPresenter;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.Vault;

import javax.swing.JDialog;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The vault's life on the desktop: which vault to ask for at start, the unlock and create forms,
 * opening another vault, and locking (asked for, or forced by idleness or minimising).
 */
final class VaultScreens {
    /** What the application does around a vault's life besides the session itself. */
    interface Hooks {
        /** A vault was just unlocked and is about to be shown: prepare its showing. Runs on the unlock's worker thread. */
        void readying(Vault vault);

        /** A vault was opened from {@code file}: remember it, restart the idle delay. */
        void opened(Path file);

        /** The vault is about to be locked: clear what it put on the clipboard. */
        void closing();
    }

    private final Supplier<Window> owner;
    private final VaultSession session;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final AppDirectories directories;
    private final Supplier<Settings> settings;
    private final Hooks hooks;

    VaultScreens(
            Supplier<Window> owner,
            VaultSession session,
            Tasks tasks,
            Dialogs dialogs,
            AppDirectories directories,
            Supplier<Settings> settings,
            Hooks hooks) {
        this.owner = owner;
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.directories = directories;
        this.settings = settings;
        this.hooks = hooks;
    }

    /**
     * The last vault if it is still there, else the default one, else a first-run create form; runs
     * {@code oncePainted} once that dialog has first been painted, and returns when it has closed.
     */
    void askForVault(Runnable oncePainted) {
        BaseDialog dialog = firstDialog();
        dialog.afterFirstPaint(oncePainted);
        dialog.setVisible(true);
    }

    /**
     * The dialog the application opens with, not yet shown: the unlock dialog of the last vault
     * (else of the default one), or the create dialog when there is none.
     */
    BaseDialog firstDialog() {
        List<Path> recent = settings.get().existingRecentVaults();
        if (!recent.isEmpty()) {
            return unlockDialog(recent.get(0));
        }
        if (Files.isRegularFile(directories.defaultVault())) {
            return unlockDialog(directories.defaultVault());
        }
        return createDialog(true);
    }

    private void showUnlock(Path file) {
        unlockDialog(file).setVisible(true);
    }

    private BaseDialog unlockDialog(Path file) {
        AtomicReference<Window> dialog = new AtomicReference<>();
        UnlockPresenter unlock =
                new UnlockPresenter(file, settings.get().existingRecentVaults(), tasks, hooks::readying, vault -> {
                    dialog.get().dispose();
                    opened(vault);
                });
        UnlockDialog shown = new UnlockDialog(owner.get(), unlock, dialogs);
        dialog.set(shown);
        return shown;
    }

    private void showCreate(boolean firstRun) {
        createDialog(firstRun).setVisible(true);
    }

    private BaseDialog createDialog(boolean firstRun) {
        AtomicReference<Window> dialog = new AtomicReference<>();
        CreateVaultPresenter create = new CreateVaultPresenter(
                firstRun ? directories.defaultVault() : directories.data().resolve("new-vault.age"),
                settings.get().workFactor,
                tasks,
                vault -> {
                    dialog.get().dispose();
                    opened(vault);
                });
        CreateVaultDialog shown =
                new CreateVaultDialog(owner.get(), create, dialogs, firstRun ? this::openVault : null);
        dialog.set(shown);
        return shown;
    }

    private void opened(Vault vault) {
        session.opened(vault);
        hooks.opened(vault.path());
        vault.readOnlyReason().ifPresent(reason -> dialogs.info(Messages.text("readOnly.title"), reason));
    }

    void newVault() {
        session.settleUnsaved(() -> {
            closeVault();
            showCreate(false);
        });
    }

    void openVault() {
        Path folder = session.file.get() != null ? session.file.get().getParent() : directories.data();
        dialogs.chooseVaultToOpen(folder)
                .ifPresent(file -> session.settleUnsaved(() -> {
                    closeVault();
                    session.file.set(file);
                    showUnlock(file);
                }));
    }

    void unlock() {
        if (session.file.get() != null) {
            showUnlock(session.file.get());
        }
    }

    /** Lock by menu or shortcut: asks about unsaved changes first. */
    void lock() {
        session.settleUnsaved(this::closeVault);
    }

    /** Lock without asking (idle, minimise): saves unsaved changes (of the personal and the team vault) first, as leaving them open would defeat the lock. */
    void lockNow() {
        if (session.vault.get() == null) {
            return;
        }
        session.saveAll(this::closeVault);
    }

    private void closeVault() {
        hooks.closing();
        for (Window w : Window.getWindows()) {
            if (w != owner.get() && w.isDisplayable() && w instanceof JDialog) {
                w.dispose();
            }
        }
        session.lock();
    }
}
