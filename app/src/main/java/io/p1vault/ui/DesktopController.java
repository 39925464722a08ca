package io.p1vault.ui;

import io.p1vault.desktop.AppDirectories;
import io.p1vault.desktop.SecretClipboard;
import io.p1vault.desktop.Settings;
import io.p1vault.desktop.SettingsStore;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.runproperties.RunPropertiesService;
import io.p1vault.ui.actions.ActionSet;
import io.p1vault.ui.actions.DesktopCommands;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.SwingTasks;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.exchange.ExportDialog;
import io.p1vault.ui.exchange.ExportPresenter;
import io.p1vault.ui.exchange.ImportDialog;
import io.p1vault.ui.exchange.ImportPresenter;
import io.p1vault.ui.main.HistoryDialog;
import io.p1vault.ui.main.HistoryRows;
import io.p1vault.ui.main.MainPresenter;
import io.p1vault.ui.main.MainWindow;
import io.p1vault.ui.pingfederate.PingFederateScreens;
import io.p1vault.ui.runprops.RunPropertiesDialog;
import io.p1vault.ui.runprops.RunPropertiesPresenter;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.settings.ChangePassphraseDialog;
import io.p1vault.ui.settings.ChangePassphrasePresenter;
import io.p1vault.ui.settings.SettingsDialog;
import io.p1vault.ui.settings.SettingsPresenter;
import io.p1vault.ui.team.TeamScreens;
import io.p1vault.vault.UnlockWarmUp;
import io.p1vault.vault.Vault;

import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Wires the desktop application together and carries out the vault, tools and help commands its
 * actions ask for: which dialog to show, saving, settings. The vault's life (unlock, create, lock)
 * is {@link VaultScreens}', the entry commands {@link EntryScreens}', the idle lock and the
 * clipboard's clearing the {@link IdleGuard}'s, the PingFederate screens {@link PingFederateScreens}';
 * decisions that need no window live in the presenters.
 */
public final class DesktopController implements DesktopCommands {
    private final SettingsStore settingsStore;
    private final Runnable exit;
    private final Tasks tasks = new SwingTasks();
    private final Dialogs dialogs;
    private final VaultSession session;
    private final MainPresenter presenter;
    private final SystemClipboardBoard clipboardBoard = SystemClipboardBoard.system();
    private final SecretClipboard clipboard;
    private final VaultScreens vaults;
    private final IdleGuard idleGuard;
    private final PingFederateScreens pingFederate;
    private final EntryScreens entries;
    private final ActionSet actions;
    private final TeamScreens team;
    private Settings settings;
    private MainWindow window;
    private RunPropertiesPresenter runProperties;
    private RunPropertiesDialog runPropertiesDialog;

    /** {@code clock} drives auto-lock and clipboard clearing (tests pass one they move); {@code exit} ends the process. */
    public DesktopController(AppDirectories directories, Clock clock, Runnable exit) {
        this(directories, new SettingsStore(directories.settingsFile()), null, clock, exit);
    }

    /** With settings already loaded from {@code store} (null: load them here), as the launcher does before the first window. */
    public DesktopController(
            AppDirectories directories, SettingsStore store, Settings loaded, Clock clock, Runnable exit) {
        this.settingsStore = store;
        this.exit = exit;
        this.dialogs = new SwingDialogs(this::activeWindow);
        this.session = new VaultSession(tasks, dialogs);
        this.presenter = new MainPresenter(session, dialogs);
        this.pingFederate = new PingFederateScreens(() -> window, session, tasks, dialogs, clock);
        this.settings = loaded != null ? loaded : settingsStore.load();
        this.vaults = new VaultScreens(
                () -> window, session, tasks, dialogs, directories, () -> settings, new VaultScreens.Hooks() {
                    @Override
                    public void readying(Vault vault) {
                        presenter.prepare(vault);
                    }

                    @Override
                    public void opened(Path file) {
                        presenter.query.set("");
                        idleGuard.activity();
                        settings.remember(file);
                        storeSettings();
                        settings.teamVaultBeside(file).ifPresent(t -> team.reopen(t, settings.teamIdentity));
                    }

                    @Override
                    public void closing() {
                        clipboard.clearNow();
                    }
                });
        this.idleGuard = new IdleGuard(clock, Duration.ofMinutes(settings.autoLockMinutes), session, vaults::lockNow);
        this.clipboard = new SecretClipboard(clipboardBoard, idleGuard::schedule);
        this.entries = new EntryScreens(
                () -> window,
                presenter,
                tasks,
                dialogs,
                clipboard,
                clipboardBoard,
                () -> settings.clipboardSeconds,
                pingFederate);
        this.team = new TeamScreens(
                this::activeWindow, session, tasks, dialogs, entries, (teamFile, identity, personal) -> {
                    settings.rememberTeam(teamFile, identity, personal);
                    storeSettings();
                });
        this.actions = new ActionSet(
                this,
                entries,
                session,
                new ActionSet.Selection(
                        presenter.selected,
                        presenter.canChangeSelected,
                        presenter.hasSecret,
                        presenter.serverSelected));
    }

    public Settings settings() {
        return settings;
    }

    public VaultSession session() {
        return session;
    }

    public MainPresenter presenter() {
        return presenter;
    }

    /** The main window's actions, each running one of the commands this controller carries out. */
    public ActionSet actions() {
        return actions;
    }

    public MainWindow window() {
        return window;
    }

    /**
     * Asks for a vault in a dialog that is the application's first window, then shows the main
     * window: with the vault open, or locked if the dialog was cancelled. The main window is built
     * meanwhile, once the dialog has been painted, while the user types the passphrase; the unlock's
     * warm-up starts then too. Returns at once; call on the event thread with the theme set up.
     */
    public void start() {
        javax.swing.SwingUtilities.invokeLater(() -> {
            settingsStore
                    .loadProblem()
                    .ifPresent(p -> dialogs.error(new Failure(Messages.text("settings.loadFailed"), p, null)));
            vaults.askForVault(() -> {
                UnlockWarmUp.start();
                buildWindow();
                window.prepareToShow();
            });
            UnlockWarmUp.releaseMemory();
            showWindow();
        });
    }

    /**
     * For the class cache's training run: builds the dialog {@link #start} would open first and
     * paints it into an image, never showing it; returns the dialog's name. Call on the event thread.
     */
    public String paintFirstDialogOffScreen() {
        BaseDialog dialog = vaults.firstDialog();
        try {
            Components.paintOffScreen(dialog.getRootPane());
            return dialog.getName();
        } finally {
            dialog.dispose();
        }
    }

    private void buildWindow() {
        if (window != null) {
            return;
        }
        window = new MainWindow(presenter, actions, entries::copySecret);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                exit();
            }

            @Override
            public void windowIconified(WindowEvent e) {
                if (settings.lockOnMinimise) {
                    vaults.lockNow();
                }
            }
        });
    }

    private void showWindow() {
        buildWindow();
        window.setVisible(true);
        idleGuard.start(window.statusBar());
        if (settings.theme == Settings.Theme.SYSTEM) {
            Themes.followSystem(() -> settings.theme);
        }
    }

    @Override
    public void newVault() {
        vaults.newVault();
    }

    @Override
    public void openVault() {
        vaults.openVault();
    }

    @Override
    public void unlock() {
        vaults.unlock();
    }

    @Override
    public void save() {
        session.save(() -> {});
    }

    /** Lock by menu or shortcut: asks about unsaved changes first. */
    @Override
    public void lock() {
        vaults.lock();
    }

    @Override
    public void changePassphrase() {
        Vault vault = session.vault.get();
        ChangePassphrasePresenter change = new ChangePassphrasePresenter(vault, tasks, session::changed);
        new ChangePassphraseDialog(window, change).setVisible(true);
        if (change.done.get()) {
            dialogs.info(Messages.text("passphrase.title"), Messages.text("passphrase.changed"));
        }
    }

    @Override
    public void showHistory() {
        new HistoryDialog(window, HistoryRows.of(session.vault.get().document())).setVisible(true);
    }

    @Override
    public void showSettings() {
        SettingsPresenter form = new SettingsPresenter(settings, Themes::switchTo, changed -> {
            settings = changed;
            idleGuard.setDelay(Duration.ofMinutes(changed.autoLockMinutes));
            storeSettings();
        });
        new SettingsDialog(window, form).setVisible(true);
    }

    /** The run.properties form; one for the application's life, so closing the window keeps unsaved edits. */
    public RunPropertiesPresenter runProperties() {
        if (runProperties == null) {
            runProperties = new RunPropertiesPresenter(
                    new RunPropertiesService(() -> settings.runPropertiesBackups),
                    tasks,
                    dialogs,
                    this::gatewayCredentials);
        }
        return runProperties;
    }

    @Override
    public void showRunProperties() {
        if (runPropertiesDialog == null) {
            runPropertiesDialog = new RunPropertiesDialog(window, runProperties());
        }
        runPropertiesDialog.setVisible(true);
    }

    @Override
    public void showExport() {
        ExportPresenter export = new ExportPresenter(session, settings.workFactor, tasks, dialogs);
        new ExportDialog(window, export).setVisible(true);
    }

    @Override
    public void showImport() {
        ImportPresenter form = new ImportPresenter(session, tasks, dialogs);
        new ImportDialog(window, form).setVisible(true);
    }

    private List<GatewayCredentialEntry> gatewayCredentials() {
        if (!session.unlocked.get()) {
            return List.of();
        }
        return session.vault.get().document().entries.stream()
                .filter(GatewayCredentialEntry.class::isInstance)
                .map(GatewayCredentialEntry.class::cast)
                .toList();
    }

    /** The connections browser, on the selected server entry, else on the vault's first server. */
    @Override
    public void showConnections() {
        pingFederate.showConnections(presenter.selected.get());
    }

    /** Tests {@code server} (screenshots and tests start here). */
    public void testServer(PingFederateServerEntry server) {
        pingFederate.testServer(server);
    }

    /** Tools › Cluster status…, on the selected server entry, else on the vault's first server. */
    @Override
    public void showClusterStatus() {
        pingFederate.showClusterStatus(presenter.selected.get());
    }

    @Override
    public void tryStandIn() {
        pingFederate.tryStandIn(entry -> {
            presenter.query.set("");
            presenter.selected.set(entry);
        });
    }

    @Override
    public void showAbout() {
        dialogs.info(Messages.text("about.title"), Messages.format("about.message", versionText()));
    }

    private static String versionText() {
        Package p = DesktopController.class.getPackage();
        return p.getImplementationVersion() == null ? "dev" : p.getImplementationVersion();
    }

    @Override
    public void openTeamVault() {
        team.openTeamVault();
    }

    @Override
    public void createTeamVault() {
        team.createTeamVault();
    }

    @Override
    public void switchVault() {
        team.switchVault();
    }

    @Override
    public void showTeamMembers() {
        team.showMembers();
    }

    @Override
    public void showRotationPlan() {
        team.showRotationPlan();
    }

    @Override
    public void syncTeamVault() {
        team.syncTeamVault();
    }

    @Override
    public void closeTeamVault() {
        team.closeTeamVault();
    }

    @Override
    public void exit() {
        session.settleUnsaved(() -> {
            shutDown();
            exit.run();
        });
    }

    /** Clears our clipboard content, locks the vault without saving, stops the timers and closes every window. */
    public void shutDown() {
        clipboard.clearNow();
        pingFederate.close();
        clipboardBoard.finish();
        session.lock();
        idleGuard.stop();
        for (Window w : Window.getWindows()) {
            w.dispose();
        }
    }

    @Override
    public void focusSearch() {
        window.focusSearch();
    }

    private void storeSettings() {
        Settings snapshot = settings.copy();
        tasks.run(
                p -> {
                    settingsStore.save(snapshot);
                    return null;
                },
                Tasks.callbacks(
                        ignored -> {},
                        failure -> dialogs.error(
                                Failure.of(Messages.format("settings.saveFailed", settingsStore.file()), failure))));
    }

    /** The window dialogs belong to: the focused one if it still shows, else the main window. */
    private Window activeWindow() {
        Window active = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
        // Just after a dialog closed, the focus manager may still name it: a message must not belong to it.
        return active != null && active.isShowing() ? active : window;
    }
}
